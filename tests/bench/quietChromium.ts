import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../electron/bridge/chromium';

/**
 * Chromium driven over its DevTools pipe with nothing switched on, for timing page loads.
 *
 * Playwright is the wrong tool for a start-up figure: it enables the Network domain in every page,
 * so each request a script makes records its initiator's stack, and V8 re-parses the scripts on
 * that stack for their source positions (9 and 12 ms in one traced start of the kiosk); and
 * waiting on a page injects its own script, which compiles (18 ms in the same trace) and polls on
 * the page's main thread while the page is starting. The network tracking slows the static
 * page's loads too, so both figures partly measured the harness. Here a page is opened in a fresh
 * browser context and left alone; its own performance timeline is read once it has had time to
 * finish, so no harness code runs in it while it loads.
 */
export interface QuietChromium {
  /** Opens `url` in a fresh context, leaves it to load, then returns what `expression` gives once defined. */
  readAfterLoad(url: string, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

interface Reply {
  id?: number;
  result?: { result?: { value?: unknown }; [key: string]: unknown };
  error?: { message: string };
}

export async function launchQuietChromium(): Promise<QuietChromium> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bench-chromium-'));
  const child: ChildProcess = spawn(
    findChromium() ?? chromium.executablePath(),
    [
      ...chromiumArgs,
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      '--window-size=1280,720',
      // Playwright's own switches that bear on timing: no field trials, extensions or background
      // work, and a page opened from DevTools is never throttled as a background tab.
      '--disable-field-trial-config',
      '--disable-extensions',
      '--disable-component-extensions-with-background-pages',
      '--disable-default-apps',
      '--disable-back-forward-cache',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      '--disable-hang-monitor',
      '--disable-ipc-flooding-protection',
      '--disable-dev-shm-usage',
      '--disable-breakpad',
      '--disable-sync',
      '--metrics-recording-only',
      '--password-store=basic',
      '--use-mock-keychain',
      '--no-default-browser-check',
      '--no-first-run',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const waiting = new Map<number, (reply: Reply) => void>();
  // A browser that fails to start or dies answers every pending call with an error, not silence.
  const gone = (why: string) => {
    for (const answer of waiting.values()) answer({ error: { message: why } });
  };
  child.once('error', (error) => gone(`Chromium did not start: ${error.message}`));
  child.once('exit', (code, signal) => gone(`Chromium exited (${signal ?? code})`));
  let buffered = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    // Messages are JSON, each ended by a NUL byte.
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop()!;
    for (const part of parts) {
      const reply = JSON.parse(part) as Reply;
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
    }
  });
  let nextId = 1;
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<NonNullable<Reply['result']>>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (reply) => {
        waiting.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result ?? {});
      });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) }) + '\0');
    });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await send('Browser.getVersion'); // the pipe answers once the browser is up

  return {
    async readAfterLoad(url, expression) {
      const { browserContextId } = (await send('Target.createBrowserContext')) as { browserContextId: string };
      try {
        // A blank tab first, as Playwright opens one: the page's renderer process is up before
        // the navigation starts, so process start-up is not in the figure.
        const { targetId } = (await send('Target.createTarget', { url: 'about:blank', browserContextId })) as {
          targetId: string;
        };
        const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as {
          sessionId: string;
        };
        await sleep(100);
        // No domain is enabled on this session: the page loads on its own, unobserved.
        await send('Page.navigate', { url }, sessionId);
        await sleep(700);
        for (let attempt = 0; attempt < 50; attempt++) {
          const answer = await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId);
          const value = answer.result?.value;
          if (value !== undefined && value !== null) return value;
          await sleep(100);
        }
        throw new Error(`${url}: no figure from ${expression}`);
      } finally {
        await send('Target.disposeBrowserContext', { browserContextId });
      }
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
