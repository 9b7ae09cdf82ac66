import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { createFieldCipher, FIELD_KEY_BYTES } from './fieldCrypto';
import { KioskError } from './kioskError';

/** Where the exemption key is kept: Electron's safeStorage on a kiosk, a plain file in preview and tests. */
export interface KeyVault {
  /** The key, or null when none has been stored yet. */
  read(): Buffer | null;
  write(key: Buffer): void;
  /** Where the key is, for the staff message (a path: the same in every language). */
  readonly describe: string;
}

export const KEY_FILE = 'exemption.key';

// A known text sealed with the key. It tells "this key made the stored data" apart from "some
// key", without having to find and open a real record.
export const KEY_CHECK_STATE = 'exemption.keyCheck';
const KEY_CHECK_CONTEXT = 'kiosk_state:exemption.keyCheck';
const KEY_CHECK_TEXT = 'Borgerkiosk exemption key check';

/** The file's bytes, or null if there is no such file. */
export function readKeyFile(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes a key file readable by its owner only, through a temporary file renamed into place, so
 * a crash never leaves half a key. It never replaces a key: that would orphan what it encrypted.
 */
export function writeKeyFile(file: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) throw new Error(`refusing to replace the key file ${file}`);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(temporary, 'wx', 0o600);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** The raw 32-byte key in `<dataDir>/exemption.key`: for preview and tests, where there is no safeStorage. */
export function fileKeyVault(dataDir: string): KeyVault {
  const file = path.join(dataDir, KEY_FILE);
  return {
    read: () => readKeyFile(file),
    write: (key) => writeKeyFile(file, key),
    describe: file,
  };
}

function opensCheck(key: Buffer, check: string): boolean {
  try {
    return (
      createFieldCipher(key).open(Buffer.from(check, 'base64'), KEY_CHECK_CONTEXT).toString('utf8') === KEY_CHECK_TEXT
    );
  } catch {
    return false;
  }
}

/**
 * The key for the exemption records' personal data. A key from the vault must open the check
 * value, or the kiosk refuses (keyWrong) rather than write records no one can read later. With
 * no key, a new one is made only while the database holds no encrypted data; otherwise the key is
 * missing (keyMissing) and must be restored, as a new key would silently orphan every record.
 */
export function loadExemptionKey(db: Database, vault: KeyVault): Buffer {
  const readCheck = db.prepare<[string], string>('SELECT value FROM kiosk_state WHERE key = ?').pluck();
  const saveCheck = (key: Buffer) =>
    db
      .prepare('INSERT INTO kiosk_state (key, value) VALUES (?, ?)')
      .run(KEY_CHECK_STATE, createFieldCipher(key).seal(KEY_CHECK_TEXT, KEY_CHECK_CONTEXT).toString('base64'));
  const where = { keyFile: vault.describe };
  const check = readCheck.get(KEY_CHECK_STATE);
  const key = vault.read();

  if (key) {
    if (key.length !== FIELD_KEY_BYTES) throw new KioskError('exemption_key_wrong', 'staff:errors.keyWrong', where);
    // A key without a check value: the first start stopped between storing the two (the key is
    // written first for exactly this reason), or the database was replaced by an empty one.
    if (check === undefined) {
      saveCheck(key);
      return key;
    }
    if (!opensCheck(key, check)) throw new KioskError('exemption_key_wrong', 'staff:errors.keyWrong', where);
    return key;
  }

  if (check !== undefined) throw new KioskError('exemption_key_missing', 'staff:errors.keyMissing', where);
  const created = crypto.randomBytes(FIELD_KEY_BYTES);
  vault.write(created);
  saveCheck(created);
  return created;
}
