import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openKioskDatabase } from '../../electron/services/database';
import { loadExemptionKey } from '../../electron/services/exemptionKey';
import { freshDataDir } from '../helpers/kioskFixture';
import * as electron from './electronStandIn';

/**
 * Wiring test: the kiosk's key vault (platform/safeStorageKeyVault.ts) against the stand-in for
 * 'electron'. Proves the key goes through safeStorage, is never written in the clear, and that
 * missing OS protection is a staff error rather than a quiet fall-back to a plain key file.
 */
vi.mock('electron', () => import('./electronStandIn'));

const { PROTECTED_KEY_FILE, safeStorageKeyVault } = await import('../../electron/platform/safeStorageKeyVault');

afterEach(() => {
  electron.safeStorage.encryptionAvailable = true;
  electron.safeStorage.backend = 'gnome_libsecret';
});

const unprotected = { code: 'exemption_key_unprotected', messageKey: 'staff:errors.keyUnprotected' };

describe('the safeStorage key vault', () => {
  it('has no key until one is written', () => {
    expect(safeStorageKeyVault(freshDataDir()).read()).toBeNull();
  });

  it('keeps the key encrypted by safeStorage, readable by its owner only', () => {
    const dataDir = freshDataDir();
    const vault = safeStorageKeyVault(dataDir);
    const key = crypto.randomBytes(32);
    vault.write(key);
    const file = path.join(dataDir, PROTECTED_KEY_FILE);
    expect(vault.describe).toBe(file);
    const stored = fs.readFileSync(file);
    expect(electron.safeStorage.decryptString(stored)).toBe(key.toString('base64'));
    expect(stored.includes(key)).toBe(false);
    expect(stored.includes(Buffer.from(key.toString('base64')))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(safeStorageKeyVault(dataDir).read()!.equals(key)).toBe(true);
  });

  it('refuses to store a key when encryption is not available, writing nothing', () => {
    const dataDir = freshDataDir();
    electron.safeStorage.encryptionAvailable = false;
    expect(() => safeStorageKeyVault(dataDir).write(crypto.randomBytes(32))).toThrow(
      expect.objectContaining(unprotected),
    );
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it("refuses Linux's plain-text backend, which reports itself available", () => {
    electron.safeStorage.backend = 'basic_text';
    expect(() => safeStorageKeyVault(freshDataDir(), 'linux').write(crypto.randomBytes(32))).toThrow(
      expect.objectContaining(unprotected),
    );
    expect(() => safeStorageKeyVault(freshDataDir(), 'win32').write(crypto.randomBytes(32))).not.toThrow();
  });

  it('cannot read a stored key when encryption is not available', () => {
    const dataDir = freshDataDir();
    safeStorageKeyVault(dataDir).write(crypto.randomBytes(32));
    electron.safeStorage.encryptionAvailable = false;
    expect(() => safeStorageKeyVault(dataDir).read()).toThrow(expect.objectContaining(unprotected));
  });

  it('calls a key file safeStorage cannot decrypt the wrong key', () => {
    const dataDir = freshDataDir();
    fs.writeFileSync(path.join(dataDir, PROTECTED_KEY_FILE), crypto.randomBytes(32));
    expect(() => safeStorageKeyVault(dataDir).read()).toThrow(
      expect.objectContaining({ code: 'exemption_key_wrong', messageKey: 'staff:errors.keyWrong' }),
    );
  });

  it('gives loadExemptionKey the same key on every start', () => {
    const dataDir = freshDataDir();
    const { db } = openKioskDatabase({ dataDir });
    try {
      const first = loadExemptionKey(db, safeStorageKeyVault(dataDir));
      expect(loadExemptionKey(db, safeStorageKeyVault(dataDir)).equals(first)).toBe(true);
      expect(fs.existsSync(path.join(dataDir, 'exemption.key'))).toBe(false);
    } finally {
      db.close();
    }
  });
});
