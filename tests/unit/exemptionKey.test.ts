import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openKioskDatabase } from '../../electron/services/database';
import {
  fileKeyVault,
  KEY_CHECK_STATE,
  KEY_FILE,
  loadExemptionKey,
  writeKeyFile,
} from '../../electron/services/exemptionKey';
import { createFieldCipher } from '../../electron/services/fieldCrypto';
import { KioskError } from '../../electron/services/kioskError';
import { freshDataDir } from '../helpers/kioskFixture';

const opened: Database[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function freshKiosk() {
  const dataDir = freshDataDir('kiosk-key-');
  const { db } = openKioskDatabase({ dataDir });
  opened.push(db);
  return { dataDir, db, vault: fileKeyVault(dataDir), keyFile: path.join(dataDir, KEY_FILE) };
}

const checkValue = (db: Database) =>
  db.prepare('SELECT value FROM kiosk_state WHERE key = ?').pluck().get(KEY_CHECK_STATE) as string | undefined;

function refusal(load: () => unknown): KioskError {
  try {
    load();
  } catch (error) {
    if (error instanceof KioskError) return error;
    throw error;
  }
  throw new Error('expected a KioskError');
}

describe('the exemption key', () => {
  it('is made on first use, in a key file only its owner can read, with a check value', () => {
    const { db, vault, keyFile } = freshKiosk();
    const key = loadExemptionKey(db, vault);
    expect(key.length).toBe(32);
    expect(fs.readFileSync(keyFile).equals(key)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(checkValue(db)).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(fs.readdirSync(path.dirname(keyFile)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('is the same key on the next start', () => {
    const { db, vault } = freshKiosk();
    const first = loadExemptionKey(db, vault);
    expect(loadExemptionKey(db, vault).equals(first)).toBe(true);
  });

  it('is missing, not remade, when the key file is gone but encrypted data exists', () => {
    const { db, vault, keyFile } = freshKiosk();
    loadExemptionKey(db, vault);
    fs.rmSync(keyFile);
    const error = refusal(() => loadExemptionKey(db, vault));
    expect(error).toMatchObject({
      code: 'exemption_key_missing',
      messageKey: 'staff:errors.keyMissing',
      params: { keyFile },
    });
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  it('is wrong when another key is in the key file', () => {
    const { db, vault, keyFile } = freshKiosk();
    loadExemptionKey(db, vault);
    fs.rmSync(keyFile);
    writeKeyFile(keyFile, crypto.randomBytes(32));
    expect(refusal(() => loadExemptionKey(db, vault))).toMatchObject({
      code: 'exemption_key_wrong',
      messageKey: 'staff:errors.keyWrong',
      params: { keyFile },
    });
  });

  it('is wrong when the key file is cut short', () => {
    const { db, vault, keyFile } = freshKiosk();
    const key = loadExemptionKey(db, vault);
    fs.writeFileSync(keyFile, key.subarray(0, 31));
    expect(refusal(() => loadExemptionKey(db, vault)).code).toBe('exemption_key_wrong');
  });

  it('is wrong when the check value was changed', () => {
    const { db, vault } = freshKiosk();
    loadExemptionKey(db, vault);
    db.prepare('UPDATE kiosk_state SET value = ? WHERE key = ?').run('bm90IGEgY2hlY2s=', KEY_CHECK_STATE);
    expect(refusal(() => loadExemptionKey(db, vault)).code).toBe('exemption_key_wrong');
  });

  it('is kept, and a check value added, when the database has none (as after a stop between the two)', () => {
    const { db, vault, keyFile } = freshKiosk();
    const key = crypto.randomBytes(32);
    writeKeyFile(keyFile, key);
    expect(loadExemptionKey(db, vault).equals(key)).toBe(true);
    expect(checkValue(db)).toBeDefined();
    expect(loadExemptionKey(db, vault).equals(key)).toBe(true);
  });

  it('is never replaced by writing another key file', () => {
    const { db, vault, keyFile } = freshKiosk();
    const key = loadExemptionKey(db, vault);
    expect(() => vault.write(crypto.randomBytes(32))).toThrow(/refusing to replace/);
    expect(fs.readFileSync(keyFile).equals(key)).toBe(true);
  });
});

describe('personal data at rest', () => {
  it('is not in the database file or its WAL once sealed', () => {
    const { dataDir, db, vault } = freshKiosk();
    const cipher = createFieldCipher(loadExemptionKey(db, vault));
    db.exec('CREATE TABLE sealed_fields (id INTEGER PRIMARY KEY, value BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO sealed_fields (value) VALUES (?)');
    insert.run(cipher.seal('Karen Blixen-Sørensen', 'sealed_fields.value:1'));
    insert.run(cipher.seal('0707614285', 'sealed_fields.value:2'));
    // The control is stored as it is, so the search is shown to find plain text where it is.
    insert.run(Buffer.from('Plain Control Text'));

    const file = path.join(dataDir, DATABASE_FILE);
    const onDisk = Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
    expect(onDisk.includes(Buffer.from('Plain Control Text'))).toBe(true);
    expect(onDisk.includes(Buffer.from('Karen Blixen-Sørensen'))).toBe(false);
    expect(onDisk.includes(Buffer.from('Blixen'))).toBe(false);
    expect(onDisk.includes(Buffer.from('0707614285'))).toBe(false);
  });
});
