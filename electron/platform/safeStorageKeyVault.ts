import path from 'node:path';
import { safeStorage } from 'electron';
import { readKeyFile, writeKeyFile, type KeyVault } from '../services/exemptionKey';
import { KioskError } from '../services/kioskError';

export const PROTECTED_KEY_FILE = 'exemption.key.safe';

/**
 * The exemption key on a kiosk, protected by the operating system through Electron's safeStorage
 * (DPAPI for the Windows user, Keychain, or the Linux secret store), in
 * `<dataDir>/exemption.key.safe`. Use after the app is ready: before that safeStorage cannot
 * encrypt. The synchronous calls are deprecated in Electron, but the key is read once at start
 * and the KeyVault contract is synchronous.
 */
export function safeStorageKeyVault(dataDir: string, platform: NodeJS.Platform = process.platform): KeyVault {
  const file = path.join(dataDir, PROTECTED_KEY_FILE);
  const params = { keyFile: file };

  // Without OS protection the key would lie next to the data it protects, so the kiosk refuses
  // rather than quietly keep it in the clear. On Linux, 'basic_text' is such a fallback: it
  // reports itself available but encrypts with a password built into Chromium.
  const requireProtection = () => {
    const plainOnLinux = platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
    if (!safeStorage.isEncryptionAvailable() || plainOnLinux) {
      throw new KioskError('exemption_key_unprotected', 'staff:errors.keyUnprotected', params);
    }
  };

  return {
    read() {
      const sealed = readKeyFile(file);
      if (!sealed) return null;
      requireProtection();
      let encoded: string;
      try {
        encoded = safeStorage.decryptString(sealed);
      } catch {
        // Another Windows user or another PC, or a damaged file: this is not the kiosk's key.
        throw new KioskError('exemption_key_wrong', 'staff:errors.keyWrong', params);
      }
      return Buffer.from(encoded, 'base64');
    },
    write(key) {
      requireProtection();
      writeKeyFile(file, safeStorage.encryptString(key.toString('base64')));
    },
    describe: file,
  };
}
