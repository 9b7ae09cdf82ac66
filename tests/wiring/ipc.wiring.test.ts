import type { IpcMain } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../electron/api/channels';
import type { Handlers } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { createBridgePlatform } from '../../electron/bridge/bridgePlatform';
import { registerIpc } from '../../electron/ipc';
import { setLogSink } from '../../electron/services/log';
import { APP_URL } from '../../electron/window/appProtocol';
import { isAppFrame } from '../../electron/window/lockdown';
import { freshServices } from '../helpers/kioskFixture';
import { ipcMain } from './electronStandIn';

/**
 * Wiring test: registerIpc against the stand-in's ipcMain and the real services on a fresh data
 * folder, with each handler counted, so a refused call is shown never to reach the services.
 */
const logged: { event: string; details: Record<string, unknown> }[] = [];
setLogSink((_level, event, details) => logged.push({ event, details }));

const services = freshServices();
afterAll(() => services.close());

const runs = Object.fromEntries(channelNames.map((c) => [c, 0])) as Record<ChannelName, number>;
const real = createHandlers(services, createBridgePlatform(services.config.officialSites.allowedDomains));
const counted = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    (input: never) => {
      runs[channel] += 1;
      return (real[channel] as (value: never) => unknown)(input);
    },
  ]),
) as unknown as Handlers;

const registered = registerIpc(ipcMain as unknown as Pick<IpcMain, 'handle'>, counted, isAppFrame);
const appFrame = { url: APP_URL, parent: null };
const forbidden = { ok: false, error: { code: 'forbidden_sender', messageKey: 'errors.forbiddenSender' } };

describe('registerIpc', () => {
  it('registers every channel with ipcMain.handle and returns them', () => {
    expect(registered).toEqual([...channelNames]);
    expect([...ipcMain.handlers.keys()]).toEqual([...channelNames]);
  });

  it.each([
    ['another origin', { url: 'https://evil.example/steal?cpr=0101011234', parent: null }],
    ['a file page', { url: 'file:///etc/passwd', parent: null }],
    ['a subframe of the app', { url: APP_URL, parent: appFrame }],
    ['another kiosk:// host', { url: 'kiosk://evil/index.html', parent: null }],
    ['a vanished frame (null)', null],
    [
      'a disposed frame whose url throws',
      {
        get url(): string {
          throw new Error('Render frame was disposed');
        },
        parent: null,
      },
    ],
  ])('refuses %s with forbidden_sender and runs no handler', async (_name, sender) => {
    for (const channel of channelNames) {
      expect(await ipcMain.invoke(channel, sender, { language: 'da' })).toEqual(forbidden);
    }
    expect(Object.values(runs).every((n) => n === 0)).toBe(true);
  });

  it('logs refusals with the sender origin only', () => {
    const refusals = logged.filter((l) => l.event === 'ipc.forbiddenSender');
    expect(refusals.length).toBeGreaterThan(0);
    expect(JSON.stringify(refusals)).not.toContain('cpr=');
    expect(refusals.map((r) => r.details.sender)).toContain('https://evil.example');
  });

  it('lets the app page through to dispatch and the real services', async () => {
    const started = (await ipcMain.invoke('session.start', appFrame, { language: 'da' })) as {
      ok: true;
      value: { sessionId: number };
    };
    expect(started.ok).toBe(true);
    expect(runs['session.start']).toBe(1);
    const row = services.db.prepare('SELECT id FROM citizen_sessions WHERE id = ?').get(started.value.sessionId);
    expect(row).toBeDefined();
    expect(
      await ipcMain.invoke('session.end', appFrame, { sessionId: started.value.sessionId, reason: 'finished' }),
    ).toEqual({
      ok: true,
      value: {},
    });
  });

  it('still validates the app page input through dispatch', async () => {
    const result = (await ipcMain.invoke('session.start', appFrame, { language: 'xx' })) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
