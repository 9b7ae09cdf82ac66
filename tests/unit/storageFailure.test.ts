import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBridgePlatform } from '../../electron/bridge/bridgePlatform';
import { createHandlers } from '../../electron/api/handlers';
import { dispatch } from '../../electron/api/dispatch';
import { setLogSink } from '../../electron/services/log';
import { freshServices } from '../helpers/kioskFixture';

/**
 * A disk that fills up, a data folder that can no longer be written, or a database another
 * program holds, under the real services: SQLite refuses the write (SQLITE_FULL;
 * SQLITE_READONLY; SQLITE_BUSY), the caller gets a typed, translated error, nothing half-written
 * stays, and writing works again once the cause is gone. The tests run as root in CI, where file
 * permissions do not bind, so SQLite's own limits stand in for the disk: max_page_count for a
 * full disk, query_only for a read-only one. Both fail the write inside SQLite exactly where a
 * real full or read-only disk does. The held database is real: a second connection's write lock.
 */
const logged: { event: string; details: Record<string, unknown> }[] = [];
setLogSink((_level, event, details) => logged.push({ event, details }));

let services: ReturnType<typeof freshServices>;
afterEach(() => services?.close());

function kiosk() {
  services = freshServices();
  const handlers = createHandlers(services, createBridgePlatform(services.config.officialSites.allowedDomains));
  const call = (channel: string, input: unknown) => dispatch(handlers, channel, input);
  const rows = () => services.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get() as number;
  return { call, rows };
}

describe('when the disk is full', () => {
  it('refuses the write with storage_full, keeps what was saved, and recovers when space returns', async () => {
    const { call, rows } = kiosk();
    const first = await call('session.start', { language: 'ar' });
    expect(first.ok).toBe(true);
    const pages = services.db.pragma('page_count', { simple: true }) as number;
    services.db.pragma(`max_page_count = ${pages}`);

    // Sessions go on being written into free space on the last pages until there is none.
    let refused = null;
    for (let i = 0; i < 5000 && !refused; i++) {
      const result = await call('session.start', { language: 'da' });
      if (!result.ok) refused = result.error;
    }
    expect(refused).toEqual({ code: 'storage_full', messageKey: 'errors.storageFull' });
    const before = rows();
    expect((await call('session.start', { language: 'da' })).ok).toBe(false);
    expect(rows()).toBe(before);
    expect(services.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(logged.some((l) => l.event === 'storage.failed' && l.details.sqlite === 'SQLITE_FULL')).toBe(true);

    services.db.pragma('max_page_count = 1073741823');
    const after = await call('session.start', { language: 'da' });
    expect(after.ok).toBe(true);
    expect(rows()).toBe(before + 1);
  });
});

describe('when the data folder cannot be written', () => {
  it('refuses the write with storage_unwritable, still answers reads, and recovers', async () => {
    const { call, rows } = kiosk();
    const started = await call('session.start', { language: 'uk' });
    if (!started.ok) throw new Error('no session');
    const sessionId = (started.value as { sessionId: number }).sessionId;
    services.db.pragma('query_only = ON');

    expect(await call('session.useLanguage', { sessionId, language: 'pl' })).toEqual({
      ok: false,
      error: { code: 'storage_unwritable', messageKey: 'errors.storageUnwritable' },
    });
    expect(await call('session.end', { sessionId, reason: 'finished' })).toMatchObject({
      ok: false,
      error: { code: 'storage_unwritable' },
    });
    // Reading still works: the next citizen's screens come up.
    expect((await call('flows.words', { flowId: 'change-address', language: 'uk' })).ok).toBe(true);

    services.db.pragma('query_only = OFF');
    expect((await call('session.end', { sessionId, reason: 'finished' })).ok).toBe(true);
    expect(rows()).toBe(1);
    expect(services.citizenSessions.get(sessionId)).toMatchObject({ endReason: 'finished' });
  });
});

describe('when another program holds the database', () => {
  it('refuses the write with storage_busy after the busy timeout, writes nothing, and recovers', async () => {
    const { call, rows } = kiosk();
    // Another program (an administrator's SQLite shell, a maintenance script) in the middle of a
    // write, holding the write lock past the kiosk's busy timeout.
    const holder = new Database(services.db.name);
    holder.exec('BEGIN IMMEDIATE');
    try {
      expect(await call('session.start', { language: 'fa' })).toEqual({
        ok: false,
        error: { code: 'storage_busy', messageKey: 'errors.storageBusy' },
      });
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
    expect(rows()).toBe(0);
    expect(logged.some((l) => l.event === 'storage.failed' && l.details.sqlite === 'SQLITE_BUSY')).toBe(true);
    expect((await call('session.start', { language: 'fa' })).ok).toBe(true);
    expect(rows()).toBe(1);
  });
});
