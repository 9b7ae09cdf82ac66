import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../electron/api/channels';
import { createKioskClient } from '../../electron/api/client';
import { contract } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { CLEAR_SITE_DATA, createBridgePlatform } from '../../electron/bridge/bridgePlatform';
import { setLogSink } from '../../electron/services/log';
import { preparedServices, snapshot, validInput } from '../helpers/apiFixture';
import { freshServices } from '../helpers/kioskFixture';

setLogSink(() => {});

const FREE_TEXT = new Set(['name']);

/** Malformed versions of a valid input: wrong shapes, wrong types per field, unknown fields. */
function malformed(channel: ChannelName, valid: Record<string, unknown>): unknown[] {
  const shape = contract[channel].input.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  const wrongValues = [
    null,
    'Not valid!',
    -1,
    1.5,
    true,
    [],
    {},
    '<script>alert(1)</script>',
    Number.POSITIVE_INFINITY,
  ];
  const inputs: unknown[] = [undefined, null, 42, 'text', [], [valid], { ...valid, extra: 1 }];
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...without } = valid;
    if (!shape[key]!.safeParse(undefined).success) inputs.push(without);
    for (const wrong of wrongValues) {
      // Any text is a valid name for a member of staff; the services check its length.
      if (FREE_TEXT.has(key) && typeof wrong === 'string') continue;
      if (JSON.stringify(wrong) !== JSON.stringify(valid[key])) inputs.push({ ...valid, [key]: wrong });
    }
  }
  return inputs;
}

describe('the API table', () => {
  it('has a schema for exactly the channels the client exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
    const client = createKioskClient(async () => ({ ok: true, value: null }));
    const exposed = Object.entries(client).flatMap(([ns, methods]) => Object.keys(methods).map((m) => `${ns}.${m}`));
    expect(exposed.sort()).toEqual([...channelNames].sort());
  });

  it.each(channelNames)('%s accepts a valid input', async (channel) => {
    const { handlers, session } = preparedServices(channel);
    const result = await dispatch(handlers, channel, validInput(channel, session));
    expect(result).toMatchObject({ ok: true });
  });

  it.each(channelNames)('%s rejects malformed input with a typed error and writes nothing', async (channel) => {
    const { services, handlers, session } = preparedServices(channel);
    const inputs = malformed(channel, validInput(channel, session));
    const before = snapshot(services.db);
    for (const input of inputs) {
      const result = await dispatch(handlers, channel, input);
      expect(result, JSON.stringify(input)).toEqual({
        ok: false,
        error: { code: 'invalid_input', messageKey: 'errors.invalidInput', params: { fields: expect.any(String) } },
      });
    }
    expect(snapshot(services.db)).toBe(before);
  });

  it('answers an unknown channel and a failing handler with values, never a throw', async () => {
    const services = freshServices();
    const handlers = createHandlers(services, createBridgePlatform(services.config.officialSites.allowedDomains));
    expect(await dispatch(handlers, 'staff.deleteEverything', {})).toEqual({
      ok: false,
      error: { code: 'unknown_channel', messageKey: 'errors.unknownChannel' },
    });
    expect(await dispatch(handlers, 'session.end', { sessionId: 424242, reason: 'idle' })).toEqual({
      ok: false,
      error: { code: 'session_not_found', messageKey: 'errors.sessionNotFound', params: {} },
    });
    services.close();
    expect(await dispatch(handlers, 'session.start', { language: 'da' })).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal' },
    });
  });

  it('kiosk.start gives the config and the staff notices, and closes sessions a crashed screen left open', async () => {
    const services = freshServices();
    const platform = createBridgePlatform(services.config.officialSites.allowedDomains);
    const handlers = createHandlers(services, platform);
    const left = services.citizenSessions.start('fa');
    const result = await dispatch(handlers, 'kiosk.start', {});
    expect(result).toMatchObject({ ok: true, value: { config: services.config, staffNotices: [] } });
    expect(services.citizenSessions.get(left)?.endReason).toBe('interrupted');
    // The wipe is the page's session.forget beside the start, so the welcome screen never waits for it.
    expect(platform.privacy.takeClearSiteData()).toBeNull();
    expect(await dispatch(handlers, 'session.forget', {})).toEqual({ ok: true, value: {} });
    expect(platform.privacy.takeClearSiteData()).toBe(CLEAR_SITE_DATA);
  });
});

// Found by fuzzing the API (apiFuzz.test.ts); each is checked here on its own.
describe('what fuzzing the API found', () => {
  it('a reprint of a request that is not there is refused before anything goes into the audit trail', async () => {
    const { services, handlers } = preparedServices('exemption.receipt');
    const before = snapshot(services.db);
    expect(await dispatch(handlers, 'exemption.receipt', { requestId: 2 })).toMatchObject({
      ok: false,
      error: { code: 'exemption_not_found' },
    });
    expect(snapshot(services.db)).toBe(before);
  });

  it('session.end resets the whole kiosk, wipe included, even when the session is already closed', async () => {
    const { services, session } = preparedServices('session.end');
    const platform = createBridgePlatform(services.config.officialSites.allowedDomains);
    const handlers = createHandlers(services, platform);
    services.citizenSessions.end(session, 'idle');
    expect(await dispatch(handlers, 'session.end', { sessionId: session, reason: 'finished' })).toMatchObject({
      ok: false,
      error: { code: 'session_closed' },
    });
    expect(services.staffSession.active()).toBe(false);
    expect(platform.privacy.takeClearSiteData()).toBe(CLEAR_SITE_DATA);
  });

  it('site.show measures the address as the browser writes it, so an overlong one is invalid input', async () => {
    const { handlers } = preparedServices('site.show');
    const bounds = { x: 0, y: 0, width: 10, height: 10 };
    // 22 + 400 characters as typed, 22 + 2400 once each Arabic-Indic digit is percent-encoded.
    const long = await dispatch(handlers, 'site.show', { url: `https://www.borger.dk/${'٣'.repeat(400)}`, bounds });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { fields: 'url' } } });
    const fits = await dispatch(handlers, 'site.show', { url: `https://www.borger.dk/${'٣'.repeat(300)}`, bounds });
    expect(fits).toMatchObject({ ok: true, value: { display: 'frame' } });
  });

  it('a staff name with a NUL is refused as staff_name (not a failed CHECK), and nothing is written', async () => {
    const { services, handlers } = preparedServices('staff.add');
    const before = snapshot(services.db);
    for (const name of ['\u0000', '\u0000name', 'Bo\u0000Lund']) {
      expect(await dispatch(handlers, 'staff.add', { name, role: 'staff', pin: '975310' })).toEqual({
        ok: false,
        error: { code: 'staff_name', messageKey: 'errors.staffName', params: {} },
      });
    }
    expect(snapshot(services.db)).toBe(before);
  });
});
