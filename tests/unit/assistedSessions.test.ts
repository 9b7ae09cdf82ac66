import { describe, expect, it } from 'vitest';
import { looksLikeCpr } from '../../electron/services/assistedSessions';
import { setLogSink } from '../../electron/services/log';
import { createKioskServices } from '../../electron/services/kioskServices';
import { freshDataDir, freshServices, resourcesDir } from '../helpers/kioskFixture';

setLogSink(() => {});
const CHEAP_PINS = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

/** Services on a clock the test moves, with an administrator (id 1) in staff mode. */
function kioskAt(start = Date.UTC(2026, 10, 25, 9, 0)) {
  let time = start;
  const services = createKioskServices({
    dataDir: freshDataDir(),
    resourcesDir,
    env: {},
    now: () => time,
    pinHashing: CHEAP_PINS,
  });
  const admin = services.staffSession.setUp('Anna Andersen', '246810');
  return { services, admin, wait: (ms: number) => void (time += ms) };
}

describe('notes refuse what looks like a CPR number', () => {
  it.each(['010203-1234', 'cpr 0102031234 her', '3112991234', '010203 1234', '٠١٠٢٠٣-١٢٣٤', '۰۱۰۲۰۳۱۲۳۴'])(
    'refuses %s',
    (text) => expect(looksLikeCpr(text)).toBe(true),
  );

  it.each([
    'Hjalp med MitID',
    'telefon 12345678',
    '3213991234', // day 32
    '0113991234', // month 13
    '12345678901', // eleven digits
    'sag 2026-11-25',
  ])('lets %s through', (text) => expect(looksLikeCpr(text)).toBe(false));
});

describe('assisted sessions', () => {
  it("answer the citizen session's call for help, are timed by the kiosk, and keep their record", () => {
    const { services, admin, wait } = kioskAt();
    const citizen = services.citizenSessions.start('ar');
    const request = services.helpRequests.request({ sessionId: citizen, flowId: 'mitid' });
    wait(90_000);
    const started = services.assisted.start(admin.id, { sessionId: citizen });
    expect(started.helpRequestId).toBe(request);
    expect(services.helpRequests.open()).toEqual([]);
    wait(7 * 60_000 + 400);
    const seconds = services.assisted.finish(admin.id, started.assistedId, {
      topics: ['mitid', 'other', 'mitid'],
      language: 'ar',
      outcome: 'partly-solved',
      effort: 4,
      note: '  Kom igen i morgen med pas  ',
    });
    expect(seconds).toBe(420);
    const row = services.db.prepare('SELECT * FROM assisted_sessions').get();
    expect(row).toMatchObject({
      staff_id: admin.id,
      citizen_session_id: citizen,
      help_request_id: request,
      language: 'ar',
      outcome: 'partly-solved',
      effort: 4,
      note: 'Kom igen i morgen med pas',
    });
    const topics = services.db.prepare('SELECT topic FROM assisted_session_topics ORDER BY topic').pluck().all();
    expect(topics).toEqual(['mitid', 'other']);
    expect(services.audit.entries().map((e) => e.action)).toEqual([
      'staff.firstAdmin',
      'assisted.started',
      'assisted.finished',
    ]);
  });

  it('refuse a CPR-like note and keep the session open to be recorded again', () => {
    const { services, admin } = kioskAt();
    const { assistedId } = services.assisted.start(admin.id, {});
    const record = { topics: ['other' as const], language: 'da', outcome: 'solved' as const, effort: 1 };
    expect(() => services.assisted.finish(admin.id, assistedId, { ...record, note: 'cpr 010203-1234' })).toThrow(
      expect.objectContaining({ code: 'note_looks_like_cpr' }),
    );
    expect(services.db.prepare('SELECT ended_at, note FROM assisted_sessions').get()).toEqual({
      ended_at: null,
      note: null,
    });
    services.assisted.finish(admin.id, assistedId, record);
    expect(() => services.assisted.finish(admin.id, assistedId, record)).toThrow(
      expect.objectContaining({ code: 'assisted_finished' }),
    );
  });

  it('refuse a help request or citizen session that does not exist', () => {
    const { services, admin } = kioskAt();
    expect(() => services.assisted.start(admin.id, { helpRequestId: 99 })).toThrow(
      expect.objectContaining({ code: 'help_request_not_found' }),
    );
    expect(() => services.assisted.start(admin.id, { sessionId: 99 })).toThrow(
      expect.objectContaining({ code: 'session_not_found' }),
    );
    expect(services.db.prepare('SELECT count(*) FROM assisted_sessions').pluck().get()).toBe(0);
  });
});

describe('staff mode', () => {
  it('ends after the idle time, on reset and on logout, each in the audit trail', () => {
    const { services, admin, wait } = kioskAt();
    expect(services.staffSession.require('admin')).toEqual(admin);
    wait(5 * 60_000); // exactly the idle time: still in staff mode, and this counts as activity
    expect(services.staffSession.require().id).toBe(admin.id);
    wait(5 * 60_000 + 1);
    expect(() => services.staffSession.require()).toThrow(expect.objectContaining({ code: 'staff_session_required' }));

    services.staffSession.logIn(admin.id, '246810');
    services.staffSession.end('reset');
    expect(() => services.staffSession.require()).toThrow(expect.objectContaining({ code: 'staff_session_required' }));
    const logouts = services.audit.entries().filter((e) => e.action === 'staff.logout');
    expect(logouts.map((e) => e.details)).toEqual([{ reason: 'idle' }, { reason: 'reset' }]);
  });

  it('lets only administrators change accounts', () => {
    const { services, admin } = kioskAt();
    const staffId = services.staff.add(admin.id, 'Bo Lund', 'staff', '135790');
    services.staffSession.logIn(staffId, '135790');
    expect(() => services.staffSession.require('admin')).toThrow(
      expect.objectContaining({ code: 'staff_not_allowed' }),
    );
    expect(services.staffSession.require('staff').id).toBe(staffId);
  });

  it('is not open before anyone logs in', () => {
    const services = freshServices({}, undefined, CHEAP_PINS);
    expect(() => services.staffSession.require()).toThrow(expect.objectContaining({ code: 'staff_session_required' }));
  });
});
