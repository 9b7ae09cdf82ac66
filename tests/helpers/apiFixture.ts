import fs from 'node:fs';
import path from 'node:path';
import type { ChannelName } from '../../electron/api/channels';
import { createHandlers } from '../../electron/api/handlers';
import { createBridgePlatform } from '../../electron/bridge/bridgePlatform';
import type { PinHashing } from '../../electron/services/staffAccounts';
import { freshServices, resourcesDir } from './kioskFixture';

/**
 * The API table's test fixture, shared by the API test and the fuzz test: a valid input for every
 * channel, services prepared so that each of those inputs is accepted, and a snapshot of the whole
 * database to prove a refused call changed nothing.
 */

export const DEFAULT_CONFIG = JSON.parse(
  fs.readFileSync(path.join(resourcesDir, 'config.default.json'), 'utf8'),
) as Record<string, unknown>;

// Many accounts are made here; the PIN's hashing cost is not what these tests are about.
export const CHEAP_PINS: PinHashing = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

/** The fixture's administrator (id 1) and member of staff (id 2). */
export const ADMIN_PIN = '246810';
export const STAFF_PIN = '135790';

/** A valid input for each channel; `session` is an open session's id. */
export function validInput(channel: ChannelName, session: number): Record<string, unknown> {
  switch (channel) {
    case 'kiosk.start':
    case 'kiosk.restart':
      return {};
    case 'kiosk.leave':
      return { staffId: 1, pin: ADMIN_PIN };
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
    case 'session.forget':
      return {};
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
      return { name: 'Birgit Holm', pin: STAFF_PIN };
    case 'staff.logIn':
      return { staffId: 2, pin: STAFF_PIN };
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
        verification: { staffId: 1, pin: ADMIN_PIN, idDocument: 'passport', powerOfAttorneySeen: true },
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
export function preparedServices(channel?: ChannelName, pinHashing: PinHashing = CHEAP_PINS) {
  const services = freshServices({}, undefined, pinHashing);
  const session = services.citizenSessions.start('da');
  services.flowRuns.start(session, 'change-address', 'da');
  services.helpRequests.request({ sessionId: session });
  if (channel !== 'staff.setup') {
    const admin = services.staffSession.setUp('Anna Andersen', ADMIN_PIN).id;
    services.staff.add(admin, 'Bo Lund', 'staff', STAFF_PIN);
    services.assisted.start(admin, {});
    services.exemptions.submit({
      kind: 'exemption',
      language: 'da',
      applicant: 'self',
      citizen: { name: 'Karen Test', cpr: '0503461234', address: 'Vejen 2, 7100 Vejle' },
      grounds: [3],
      signaturePng: null,
      verification: { staffId: admin, pin: ADMIN_PIN, idDocument: 'health-card', powerOfAttorneySeen: false },
    });
  }
  return {
    services,
    handlers: createHandlers(services, createBridgePlatform(services.config.officialSites.allowedDomains)),
    session,
  };
}

type Database = ReturnType<typeof freshServices>['db'];

/** Every table's rows, each table's as one string (rows sorted, so the order they are read in does not matter). */
export function snapshotTables(db: Database): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [
      table,
      JSON.stringify(
        db
          .prepare(`SELECT * FROM main."${table}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ),
    ]),
  );
}

/** Everything the database holds, to prove a rejected call changed nothing. */
export function snapshot(db: Database): string {
  return JSON.stringify(snapshotTables(db));
}
