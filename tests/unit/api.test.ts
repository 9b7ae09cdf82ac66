import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../electron/api/channels';
import { createKioskClient } from '../../electron/api/client';
import { contract } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { createBridgePlatform } from '../../electron/bridge/bridgePlatform';
import { setLogSink } from '../../electron/services/log';
import { freshServices, resourcesDir } from '../helpers/kioskFixture';

setLogSink(() => {});

const DEFAULT_CONFIG = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'config.default.json'), 'utf8')) as Record<
  string,
  unknown
>;

// Many accounts are made here; the PIN's hashing cost is not what these tests are about.
const CHEAP_PINS = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

/** A valid input for each channel; `session` is an open session's id. */
function validInput(channel: ChannelName, session: number): Record<string, unknown> {
  switch (channel) {
    case 'kiosk.start':
    case 'kiosk.restart':
      return {};
    case 'kiosk.leave':
      return { staffId: 1, pin: '246810' };
    case 'config.get':
      return {};
    case 'config.save':
      return { config: { ...DEFAULT_CONFIG, centreName: 'Vejle Bibliotek' } };
    case 'session.start':
      return { language: 'da' };
    case 'session.useLanguage':
      return { sessionId: session, language: 'pl' };
    case 'session.useSettings':
      return {
        sessionId: session,
        settings: { textSize: 150, highContrast: true, reducedMotion: false, speech: false, touchToHear: false },
      };
    case 'session.end':
      return { sessionId: session, reason: 'finished' };
    case 'flows.words':
      return { flowId: 'change-address', language: 'ar' };
    case 'flowRun.start':
      return { sessionId: session, flowId: 'change-address', language: 'da' };
    case 'flowRun.reach':
      return { runId: 1, step: 3 };
    case 'flowRun.end':
      return { runId: 1, outcome: 'completed' };
    case 'help.request':
      return { sessionId: session, flowId: 'mitid', stepId: 'before-you-start' };
    case 'help.open':
      return {};
    case 'staff.setup':
      return { name: 'Birgit Holm', pin: '135790' };
    case 'staff.logIn':
      return { staffId: 2, pin: '135790' };
    case 'staff.names':
    case 'staff.logOut':
    case 'staff.accounts':
      return {};
    case 'staff.add':
      return { name: 'Carl Berg', role: 'staff', pin: '975310' };
    case 'staff.disable':
      return { staffId: 2 };
    case 'staff.resetPin':
      return { staffId: 2, pin: '975310' };
    case 'assisted.start':
      return { sessionId: session };
    case 'assisted.finish':
      return { assistedId: 1, topics: ['mitid', 'other'], language: 'ar', outcome: 'referred', effort: 3 };
    case 'stats.dashboard':
    case 'stats.print':
    case 'stats.export':
      return { from: '2026-01-01', to: '2026-12-31' };
    case 'exemption.submit':
      return {
        kind: 'exemption',
        language: 'ar',
        applicant: 'representative',
        representative: { name: 'Omar Test', relation: 'søn' },
        citizen: { name: 'Layla Test', cpr: '0503461234', address: 'Vejen 1, 7100 Vejle' },
        grounds: 'not-stated',
        signaturePng: null,
        verification: { staffId: 1, pin: '246810', idDocument: 'passport', powerOfAttorneySeen: true },
      };
    case 'exemption.list':
      return {};
    case 'exemption.receipt':
    case 'exemption.open':
    case 'exemption.markEntered':
    case 'exemption.withdraw':
      return { requestId: 1 };
    case 'exemption.export':
      return { requestIds: [1], format: 'csv' };
    case 'site.show':
      return { url: 'https://www.borger.dk/flytning', bounds: { x: 600, y: 80, width: 680, height: 640 } };
    case 'site.place':
      return { bounds: { x: 0, y: 0, width: 10, height: 10 }, visible: true };
    case 'site.status':
    case 'site.back':
    case 'site.close':
      return {};
  }
}

/**
 * A session with one open flow run (id 1) and one open help request (id 1); unless it is to be set
 * up, an administrator (id 1) in staff mode, a member of staff (id 2), an open assisted session (id 1)
 * and an exemption request (id 1).
 */
function preparedServices(channel?: ChannelName) {
  const services = freshServices({}, undefined, CHEAP_PINS);
  const session = services.citizenSessions.start('da');
  services.flowRuns.start(session, 'change-address', 'da');
  services.helpRequests.request({ sessionId: session });
  if (channel !== 'staff.setup') {
    const admin = services.staffSession.setUp('Anna Andersen', '246810').id;
    services.staff.add(admin, 'Bo Lund', 'staff', '135790');
    services.assisted.start(admin, {});
    services.exemptions.submit({
      kind: 'exemption',
      language: 'da',
      applicant: 'self',
      citizen: { name: 'Karen Test', cpr: '0503461234', address: 'Vejen 2, 7100 Vejle' },
      grounds: [3],
      signaturePng: null,
      verification: { staffId: admin, pin: '246810', idDocument: 'health-card', powerOfAttorneySeen: false },
    });
  }
  return {
    services,
    handlers: createHandlers(services, createBridgePlatform(services.config.officialSites.allowedDomains)),
    session,
  };
}

/** Everything the database holds, to prove a rejected call changed nothing. */
function snapshot(db: ReturnType<typeof freshServices>['db']) {
  return JSON.stringify([
    db.prepare('SELECT * FROM citizen_sessions ORDER BY id').all(),
    db.prepare('SELECT * FROM citizen_session_languages ORDER BY session_id, language').all(),
    db.prepare('SELECT * FROM flow_runs ORDER BY id').all(),
    db.prepare('SELECT * FROM help_requests ORDER BY id').all(),
    db.prepare('SELECT * FROM staff ORDER BY id').all(),
    db.prepare('SELECT * FROM assisted_sessions ORDER BY id').all(),
    db.prepare('SELECT * FROM assisted_session_topics ORDER BY assisted_session_id, topic').all(),
    db.prepare('SELECT * FROM audit_log ORDER BY id').all(),
    db.prepare('SELECT * FROM exemption_requests ORDER BY id').all(),
  ]);
}

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
    const handlers = createHandlers(services, createBridgePlatform(services.config.officialSites.allowedDomains));
    const left = services.citizenSessions.start('fa');
    const result = await dispatch(handlers, 'kiosk.start', {});
    expect(result).toMatchObject({ ok: true, value: { config: services.config, staffNotices: [] } });
    expect(services.citizenSessions.get(left)?.endReason).toBe('interrupted');
  });
});
