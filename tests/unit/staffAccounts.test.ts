import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAuditTrail } from '../../electron/services/auditTrail';
import { setLogSink } from '../../electron/services/log';
import { createStaffAccounts, DEFAULT_PIN_HASHING } from '../../electron/services/staffAccounts';
import { freshServices } from '../helpers/kioskFixture';

setLogSink(() => {});

// Cheaper than the kiosk's scrypt cost so the tests stay quick; the parameters are stored per row.
const testHashing = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

function accounts(clock = { now: 1_800_000_000_000 }) {
  const services = freshServices();
  const staff = createStaffAccounts(services.db, services.audit, { now: () => clock.now, hashing: testHashing });
  return { services, staff, clock };
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return { code: (error as { code: string }).code, params: (error as { params: unknown }).params };
  }
  throw new Error('expected a refusal');
};

describe('staff accounts', () => {
  it('starts with no staff and no default PIN: the first administrator is made once', () => {
    const { staff } = accounts();
    expect(staff.needsSetup()).toBe(true);
    const admin = staff.createFirstAdmin('Mette', '482913');
    expect(staff.needsSetup()).toBe(false);
    expect(staff.list()).toEqual([{ id: admin, name: 'Mette', role: 'admin', disabled: false }]);
    expect(refusal(() => staff.createFirstAdmin('Eve', '111111')).code).toBe('staff_already_set_up');
  });

  it('stores the PIN with scrypt, its salt and parameters, never the PIN itself', () => {
    const { services, staff } = accounts();
    staff.createFirstAdmin('Mette', '482913');
    const row = services.db.prepare<[], Record<string, unknown>>('SELECT * FROM staff').get()!;
    expect(JSON.parse(row.pin_params as string)).toEqual(testHashing);
    expect((row.pin_salt as Buffer).length).toBe(16);
    expect((row.pin_hash as Buffer).length).toBe(32);
    expect(JSON.stringify(row)).not.toContain('482913');
    expect(DEFAULT_PIN_HASHING.N).toBeGreaterThanOrEqual(2 ** 15);
  });

  it('refuses PINs shorter than 6 digits or not digits, and names that are empty', () => {
    const { staff } = accounts();
    for (const pin of ['12345', '12345a', '', ' 123456', '1234567890123'])
      expect(refusal(() => staff.createFirstAdmin('Mette', pin)).code, pin).toBe('staff_pin_format');
    expect(refusal(() => staff.createFirstAdmin('   ', '123456')).code).toBe('staff_name');
    expect(staff.needsSetup()).toBe(true);
  });

  it('only administrators add, disable and reset staff, and each is audited', () => {
    const { services, staff } = accounts();
    const admin = staff.createFirstAdmin('Mette', '482913');
    const clerk = staff.add(admin, 'Ali', 'staff', '246810');
    expect(refusal(() => staff.add(clerk, 'Eve', 'admin', '135790')).code).toBe('staff_not_allowed');
    staff.resetPin(admin, clerk, '975310');
    expect(staff.logIn(clerk, '975310').name).toBe('Ali');
    staff.disable(admin, clerk);
    expect(refusal(() => staff.logIn(clerk, '975310')).code).toBe('staff_disabled');
    expect(services.audit.entries().map((e) => e.action)).toEqual([
      'staff.firstAdmin',
      'staff.added',
      'staff.pinReset',
      'staff.login',
      'staff.disabled',
    ]);
    expect(JSON.stringify(services.audit.entries())).not.toMatch(/975310|246810|Ali/);
    expect(services.audit.verify()).toEqual({ ok: true, entries: 5 });
  });

  it('locks after five wrong PINs for 5 minutes, then 10, and the lock survives a restart', () => {
    const { services, staff, clock } = accounts();
    const admin = staff.createFirstAdmin('Mette', '482913');
    for (let i = 1; i <= 4; i++) expect(refusal(() => staff.logIn(admin, '000000')).code).toBe('staff_wrong_pin');
    expect(refusal(() => staff.logIn(admin, '000000'))).toEqual({ code: 'staff_locked', params: { minutes: 5 } });
    // The right PIN does not open a locked account.
    expect(refusal(() => staff.logIn(admin, '482913'))).toEqual({ code: 'staff_locked', params: { minutes: 5 } });

    // A restart: a new connection to the same file still sees the lock.
    services.close();
    const db = new Database(path.join(services.dataDir, 'kiosk.db'));
    const again = createStaffAccounts(db, createAuditTrail(db), { now: () => clock.now, hashing: testHashing });
    clock.now += 4 * 60_000;
    expect(refusal(() => again.logIn(admin, '482913'))).toEqual({ code: 'staff_locked', params: { minutes: 1 } });
    clock.now += 60_000 + 1;
    for (let i = 1; i <= 5; i++) refusal(() => again.logIn(admin, '000000'));
    expect(refusal(() => again.logIn(admin, '482913'))).toEqual({ code: 'staff_locked', params: { minutes: 10 } });
    clock.now += 10 * 60_000 + 1;
    expect(again.logIn(admin, '482913').role).toBe('admin');
    const actions = createAuditTrail(db)
      .entries()
      .map((e) => e.action);
    expect(actions.filter((a) => a === 'staff.loginFailed')).toHaveLength(8);
    expect(actions.filter((a) => a === 'staff.lockedOut')).toHaveLength(2);
    expect(actions.at(-1)).toBe('staff.login');
  });
});
