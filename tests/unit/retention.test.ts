import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKioskServices } from '../../electron/services/kioskServices';
import { setLogSink } from '../../electron/services/log';
import { startRetentionSchedule } from '../../electron/services/retention';
import { freshDataDir, resourcesDir } from '../helpers/kioskFixture';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2025, 0, 6, 9);

let clock = T0;
beforeEach(() => {
  setLogSink(() => {});
  clock = T0;
});
afterEach(() => vi.useRealTimers());

/** Real services on a real file, on the test's clock, with config.json when given. */
function start(dataDir: string, config?: unknown) {
  if (config) fs.writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify(config));
  return createKioskServices({ dataDir, resourcesDir, env: {}, now: () => clock });
}
type Services = ReturnType<typeof start>;

/** An assisted session finished now, with the note given (or none). */
function assisted(services: Services, staffId: number, note?: string): number {
  const { assistedId } = services.assisted.start(staffId, {});
  services.assisted.finish(staffId, assistedId, {
    topics: ['mitid'],
    language: 'da',
    outcome: 'solved',
    effort: 2,
    note,
  });
  return assistedId;
}

const row = (services: Services, id: number) =>
  services.db.prepare<[number], Record<string, unknown>>('SELECT * FROM assisted_sessions WHERE id = ?').get(id)!;
const retentionEntries = (services: Services) =>
  services.audit.entries().filter((e) => e.action === 'retention.notesDeleted');

describe('retention', () => {
  it('deletes notes of sessions ended more than 90 days ago, keeps the rows, and audits the count', () => {
    const services = start(freshDataDir());
    const staffId = services.staff.createFirstAdmin('Mette', '482913');
    const old = assisted(services, staffId, 'Hjalp med at finde brevet');
    clock += 12 * HOUR;
    const younger = assisted(services, staffId, 'Kommer igen i morgen');
    const noNote = assisted(services, staffId);
    const before = row(services, old);

    clock = T0 + 90 * DAY; // exactly 90 days: not "more than", so it stays
    expect(services.retention.run()).toEqual({ count: 0, exemptionsDeleted: 0, exportsDeleted: 0, ranAt: clock });
    expect(row(services, old).note).toBe('Hjalp med at finde brevet');

    clock += MINUTE;
    expect(services.retention.run()).toEqual({ count: 1, exemptionsDeleted: 0, exportsDeleted: 0, ranAt: clock });
    expect(row(services, old)).toEqual({ ...before, note: null, note_deleted_at: clock });
    expect(row(services, younger).note).toBe('Kommer igen i morgen');
    expect(row(services, noNote).note_deleted_at).toBeNull();
    expect(retentionEntries(services)).toEqual([
      expect.objectContaining({ staffId: null, at: clock, details: { count: 1, olderThanDays: 90 } }),
    ]);
    expect(services.audit.verify().ok).toBe(true);
    services.close();
  });

  it('does nothing more the same day, and runs again once 24 hours have passed', () => {
    const services = start(freshDataDir());
    const staffId = services.staff.createFirstAdmin('Mette', '482913');
    assisted(services, staffId, 'Første');
    clock += 12 * HOUR;
    const second = assisted(services, staffId, 'Anden');

    clock = T0 + 90 * DAY + MINUTE;
    expect(services.retention.run().count).toBe(1);
    const entries = services.audit.entries().length;
    expect(services.retention.run().count).toBe(0);
    clock += 23 * HOUR;
    expect(services.retention.runIfDue()).toBeNull();
    expect(services.audit.entries()).toHaveLength(entries);

    clock += HOUR;
    expect(services.retention.runIfDue()).toEqual({ count: 1, exemptionsDeleted: 0, exportsDeleted: 0, ranAt: clock });
    expect(row(services, second).note).toBeNull();
    expect(retentionEntries(services).map((e) => e.details.count)).toEqual([1, 1]);
    expect(services.retention.lastRun()).toBe(clock);
    services.close();
  });

  it('runs at start with the configured number of days', () => {
    const dataDir = freshDataDir();
    let services = start(dataDir, { retention: { assistedNoteDays: 30 } });
    const staffId = services.staff.createFirstAdmin('Mette', '482913');
    const id = assisted(services, staffId, 'Ring tilbage');
    services.close();

    clock += 30 * DAY + MINUTE;
    services = start(dataDir);
    expect(row(services, id)).toMatchObject({ note: null, note_deleted_at: clock });
    expect(retentionEntries(services)).toEqual([expect.objectContaining({ details: { count: 1, olderThanDays: 30 } })]);
    expect(services.retention.lastRun()).toBe(clock);
    services.close();
  });

  it('treats a last run in the future as a wrong clock and runs', () => {
    const services = start(freshDataDir());
    clock -= DAY;
    expect(services.retention.runIfDue()).toEqual({ count: 0, exemptionsDeleted: 0, exportsDeleted: 0, ranAt: clock });
    services.close();
  });

  it('checks on its schedule after the first run, survives a failing run, and stops', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const stop = startRetentionSchedule(
      {
        run: () => (calls.push('run'), { count: 0, exemptionsDeleted: 0, exportsDeleted: 0, ranAt: 0 }),
        runIfDue: () => {
          calls.push('check');
          throw new Error('database is locked');
        },
      },
      { checkEveryMs: HOUR },
    );
    expect(calls).toEqual(['run']);
    vi.advanceTimersByTime(3 * HOUR);
    expect(calls).toEqual(['run', 'check', 'check', 'check']);
    stop();
    vi.advanceTimersByTime(3 * HOUR);
    expect(calls).toHaveLength(4);
  });

  it('is scheduled by the kiosk services and stopped when they close', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const timers = vi.getTimerCount();
    const services = start(freshDataDir());
    expect(vi.getTimerCount()).toBe(timers + 1);
    services.close();
    expect(vi.getTimerCount()).toBe(timers);
  });
});
