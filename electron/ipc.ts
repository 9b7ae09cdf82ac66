import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, type ChannelName } from './api/channels';
import { dispatch, type Handlers } from './api/dispatch';
import type { KioskResult } from './api/result';
import { log } from './services/log';
import { describeUrlForLog, type SenderFrame } from './window/lockdown';

export type IsAllowedSender = (frame: SenderFrame) => boolean;

function forbiddenSender(): KioskResult<never> {
  return { ok: false, error: { code: 'forbidden_sender', messageKey: 'errors.forbiddenSender' } };
}

function frameUrlForLog(frame: SenderFrame): string {
  try {
    return describeUrlForLog(frame?.url);
  } catch {
    return 'unreadable';
  }
}

/**
 * Serves the API table over IPC: one ipcMain.handle per channel. Only the app's own page may
 * call; anything else (another origin, a subframe, a frame already gone) is refused before the
 * input is even parsed. Handlers never throw across: dispatch returns failures as values.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isAllowedSender: IsAllowedSender,
): ChannelName[] {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!isAllowedSender(frame)) {
        log.warn('ipc.forbiddenSender', { channel, sender: frameUrlForLog(frame) });
        return forbiddenSender();
      }
      return dispatch(handlers, channel, input);
    });
  }
  return [...channelNames];
}
