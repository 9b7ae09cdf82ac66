import { beforeAll, expect, it, vi } from 'vitest';
import { channelNames } from '../../electron/api/channels';
import { contextBridge, ipcRenderer } from './electronStandIn';

/** Wiring test: electron/preload.ts against the stand-in's contextBridge and ipcRenderer. */
vi.mock('electron', () => import('./electronStandIn'));

type Api = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
let api: Api;

beforeAll(async () => {
  await import('../../electron/preload');
  api = contextBridge.exposed[0]?.api as Api;
});

it('exposes exactly one key, kiosk', () => {
  expect(contextBridge.exposed.map((e) => e.key)).toEqual(['kiosk']);
});

it('has a method for every channel and nothing else', () => {
  const methods = Object.entries(api).flatMap(([ns, group]) =>
    Object.entries(group).map(([name, fn]) => {
      expect(typeof fn).toBe('function');
      return `${ns}.${name}`;
    }),
  );
  expect(methods.sort()).toEqual([...channelNames].sort());
});

it('sends each call through ipcRenderer.invoke on its channel', async () => {
  ipcRenderer.reply = { ok: true, value: { sessionId: 7 } };
  await expect(api.session!.start!({ language: 'da' })).resolves.toEqual({ ok: true, value: { sessionId: 7 } });
  expect(ipcRenderer.invocations.at(-1)).toEqual({ channel: 'session.start', input: { language: 'da' } });
  for (const channel of channelNames) {
    const [ns, method] = channel.split('.') as [string, string];
    await api[ns]![method]!({});
    expect(ipcRenderer.invocations.at(-1)?.channel).toBe(channel);
  }
});

it('turns a failed invoke into a value, never a rejection', async () => {
  ipcRenderer.reply = new Error("No handler registered for 'kiosk.start'");
  await expect(api.kiosk!.start!({})).resolves.toEqual({
    ok: false,
    error: { code: 'unreachable', messageKey: 'errors.unreachable' },
  });
});
