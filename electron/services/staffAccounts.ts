import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AuditDetails, AuditTrail } from './auditTrail';
import { KioskError } from './kioskError';

export type StaffRole = 'staff' | 'admin';

/** Who acts: a logged-in administrator, or IT staff through the admin command line. */
export type Actor = number | 'admin-cli';

export interface StaffMember {
  id: number;
  name: string;
  role: StaffRole;
  disabled: boolean;
}

/** scrypt's cost: N (a power of two), r and p, and the key length. Kept with every hash. */
export interface PinHashing {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

/** About 50 ms on a kiosk PC: slow for someone trying PINs offline, unnoticed by staff logging in. */
export const DEFAULT_PIN_HASHING: PinHashing = { N: 2 ** 15, r: 8, p: 1, keylen: 32 };

const PIN = /^\d{6,12}$/;
const WRONG_PINS_BEFORE_LOCK = 5;
const FIRST_LOCK_MS = 5 * 60_000;

interface StaffRow {
  id: number;
  name: string;
  role: StaffRole;
  pin_hash: Buffer;
  pin_salt: Buffer;
  pin_params: string;
  disabled: number;
  failed_attempts: number;
  lockouts: number;
  locked_until: number | null;
}

function hashPin(pin: string, salt: Buffer, params: PinHashing): Buffer {
  const { N, r, p, keylen } = params;
  return crypto.scryptSync(pin, salt, keylen, { N, r, p, maxmem: 256 * N * r });
}

/** A PIN is 6 to 12 digits; checked before anything is hashed or written. */
export const isValidPin = (pin: string) => PIN.test(pin);

function requirePinFormat(pin: string): void {
  if (!isValidPin(pin)) throw new KioskError('staff_pin_format', 'errors.staffPinFormat');
}

function requireName(name: string): string {
  const trimmed = name.trim();
  // No NUL: SQLite's length() stops counting there, so the table's CHECK would refuse the row
  // with an error nobody could read.
  if (trimmed.length < 1 || trimmed.length > 80 || trimmed.includes('\u0000')) {
    throw new KioskError('staff_name', 'errors.staffName');
  }
  return trimmed;
}

/**
 * Staff accounts: the first administrator made on first start (there is no default PIN), then
 * administrators add, disable and reset staff. PINs are 6 to 12 digits, stored with scrypt and
 * compared in constant time. Five wrong PINs lock the account for 5 minutes, then 10, 20 and so
 * on; the lock is in the database, so a restart does not lift it. Every action is audited.
 */
export function createStaffAccounts(
  db: Database,
  audit: AuditTrail,
  options: { now?: () => number; hashing?: PinHashing } = {},
) {
  const now = options.now ?? Date.now;
  const hashing = options.hashing ?? DEFAULT_PIN_HASHING;
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM staff');
  const byId = db.prepare<[number], StaffRow>('SELECT * FROM staff WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO staff (name, role, pin_hash, pin_salt, pin_params, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const setPin = db.prepare(
    'UPDATE staff SET pin_hash = ?, pin_salt = ?, pin_params = ?, failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE id = ?',
  );
  const setDisabled = db.prepare('UPDATE staff SET disabled = 1 WHERE id = ?');
  const setFailures = db.prepare('UPDATE staff SET failed_attempts = ?, lockouts = ?, locked_until = ? WHERE id = ?');
  const loggedIn = db.prepare('UPDATE staff SET failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE id = ?');

  const newPin = (pin: string) => {
    requirePinFormat(pin);
    const salt = crypto.randomBytes(16);
    return { hash: hashPin(pin, salt, hashing), salt, params: JSON.stringify(hashing) };
  };

  function member(id: number): StaffRow {
    const row = byId.get(id);
    if (!row) throw new KioskError('staff_not_found', 'errors.staffNotFound');
    return row;
  }

  /** The audit row's staff id for an actor; the command line acts as no one in the staff table. */
  function requireAdmin(actor: Actor): number | null {
    if (actor === 'admin-cli') return null;
    const row = member(actor);
    if (row.role !== 'admin' || row.disabled) throw new KioskError('staff_not_allowed', 'errors.staffNotAllowed');
    return actor;
  }
  const via = (actor: Actor): AuditDetails => (actor === 'admin-cli' ? { via: 'admin-cli' } : {});

  const add = (name: string, role: StaffRole, pin: string): number => {
    const { hash, salt, params } = newPin(pin);
    return Number(insert.run(requireName(name), role, hash, salt, params, now()).lastInsertRowid);
  };

  const attempt = db.transaction((id: number, pin: string): StaffMember | KioskError => {
    const row = member(id);
    if (row.disabled) return new KioskError('staff_disabled', 'errors.staffDisabled');
    const at = now();
    if (row.locked_until !== null && row.locked_until > at) {
      audit.append(id, 'staff.loginWhileLocked', {});
      return new KioskError('staff_locked', 'errors.staffLocked', {
        minutes: Math.ceil((row.locked_until - at) / 60_000),
      });
    }
    const given = PIN.test(pin) ? hashPin(pin, row.pin_salt, JSON.parse(row.pin_params) as PinHashing) : null;
    if (given && given.length === row.pin_hash.length && crypto.timingSafeEqual(given, row.pin_hash)) {
      loggedIn.run(id);
      audit.append(id, 'staff.login', {});
      return { id: row.id, name: row.name, role: row.role, disabled: false };
    }
    const failures = row.failed_attempts + 1;
    if (failures < WRONG_PINS_BEFORE_LOCK) {
      setFailures.run(failures, row.lockouts, row.locked_until, id);
      audit.append(id, 'staff.loginFailed', { attempt: failures });
      return new KioskError('staff_wrong_pin', 'errors.staffWrongPin');
    }
    const minutes = (FIRST_LOCK_MS * 2 ** row.lockouts) / 60_000;
    setFailures.run(0, row.lockouts + 1, at + minutes * 60_000, id);
    audit.append(id, 'staff.lockedOut', { minutes });
    return new KioskError('staff_locked', 'errors.staffLocked', { minutes });
  });

  return {
    /** True until the first administrator exists: the kiosk then offers the setup screen. */
    needsSetup: () => count.get()!.n === 0,

    createFirstAdmin: db.transaction((name: string, pin: string): number => {
      if (count.get()!.n > 0) throw new KioskError('staff_already_set_up', 'errors.staffAlreadySetUp');
      const id = add(name, 'admin', pin);
      audit.append(id, 'staff.firstAdmin', { staffId: id });
      return id;
    }),

    add: db.transaction((actor: Actor, name: string, role: StaffRole, pin: string): number => {
      const by = requireAdmin(actor);
      const id = add(name, role, pin);
      audit.append(by, 'staff.added', { staffId: id, role, ...via(actor) });
      return id;
    }),

    disable: db.transaction((actor: Actor, id: number): void => {
      const by = requireAdmin(actor);
      member(id);
      setDisabled.run(id);
      audit.append(by, 'staff.disabled', { staffId: id, ...via(actor) });
    }),

    resetPin: db.transaction((actor: Actor, id: number, pin: string): void => {
      const by = requireAdmin(actor);
      member(id);
      const { hash, salt, params } = newPin(pin);
      setPin.run(hash, salt, params, id);
      audit.append(by, 'staff.pinReset', { staffId: id, ...via(actor) });
    }),

    list(): StaffMember[] {
      return db
        .prepare<[], StaffRow>('SELECT * FROM staff ORDER BY name, id')
        .all()
        .map((r) => ({ id: r.id, name: r.name, role: r.role, disabled: r.disabled === 1 }));
    },

    /**
     * Checks a PIN. While the account is locked no PIN is checked at all, so guessing during a
     * lock gains nothing. The count and the audit entry are committed before the refusal is
     * thrown, so a refusal is never rolled back with them.
     */
    logIn(id: number, pin: string): StaffMember {
      const outcome = attempt(id, pin);
      if (outcome instanceof KioskError) throw outcome;
      return outcome;
    },
  };
}

export type StaffAccounts = ReturnType<typeof createStaffAccounts>;
