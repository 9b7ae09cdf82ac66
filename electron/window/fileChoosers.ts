import type { Debugger } from 'electron';
import { log } from '../services/log';

/**
 * No file pickers on a public terminal: a citizen must never browse the kiosk's disk. Electron
 * has no event for `<input type=file>`, so the DevTools protocol's own file-chooser interception
 * is armed on the page and on every frame that runs in a process of its own: an intercepted
 * chooser is never shown, and we never answer it. The File System Access pickers are refused by
 * the permission handler ('fileSystem' is never granted). The same protocol session also takes
 * away window.print(), the one way a page could open the print dialog without the keys that
 * kioskKeys.ts refuses: the receipt is printed by the kiosk itself, never from a page.
 */

/** Runs in every document of a guarded page, before the page's own scripts. */
export const NO_PRINT_DIALOG = 'window.print = function print() {};';

/** What this needs of a DevTools protocol client: Electron's webContents.debugger. */
export type ProtocolClient = Pick<Debugger, 'attach' | 'isAttached' | 'sendCommand' | 'on'>;

export async function refuseFileChoosers(client: ProtocolClient): Promise<void> {
  if (!client.isAttached()) client.attach('1.3');

  /** Intercepts choosers in one target (the page, or a frame in its own process) and its children. */
  const arm = async (sessionId?: string) => {
    await client.sendCommand('Page.setInterceptFileChooserDialog', { enabled: true }, sessionId);
    await client.sendCommand(
      'Page.addScriptToEvaluateOnNewDocument',
      { source: NO_PRINT_DIALOG, runImmediately: true },
      sessionId,
    );
    // Page events tell us (and the log) when a page tried to open a chooser.
    await client.sendCommand('Page.enable', {}, sessionId);
    await client.sendCommand(
      'Target.setAutoAttach',
      { autoAttach: true, waitForDebuggerOnStart: true, flatten: true },
      sessionId,
    );
  };

  client.on('message', (_event, method, params: { sessionId?: string; mode?: string }) => {
    if (method === 'Page.fileChooserOpened') {
      log.warn('lockdown.fileChooserRefused', { mode: params.mode ?? 'unknown' });
    } else if (method === 'Target.attachedToTarget' && params.sessionId) {
      // The new target waits until it is armed, and always runs on, armed or not (a worker has
      // no Page to arm; a frame that cannot be armed is logged).
      const target = params.sessionId;
      void arm(target)
        .catch(() => log.info('lockdown.fileChooserTargetNotArmed'))
        .finally(() => void client.sendCommand('Runtime.runIfWaitingForDebugger', {}, target).catch(() => {}));
    }
  });
  await arm();
}
