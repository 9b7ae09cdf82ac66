import crypto from 'node:crypto';
import { KioskError } from './kioskError';

/** AES-256 needs 32 bytes of key. */
export const FIELD_KEY_BYTES = 32;

// Layout of a sealed value: version | IV | ciphertext | tag. The version lets a later format
// (another cipher, a rotated key) be told apart from this one.
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const OVERHEAD = 1 + IV_BYTES + TAG_BYTES;

const keyWrongError = () => new KioskError('exemption_key_wrong', 'staff:errors.keyWrong');

/**
 * Encrypts single database fields with AES-256-GCM. The context (say 'exemptions.cpr:<record id>')
 * is authenticated with the value, so a value copied into another field or row no longer opens.
 */
export function createFieldCipher(key: Buffer) {
  if (key.length !== FIELD_KEY_BYTES) throw new RangeError(`a field key has ${FIELD_KEY_BYTES} bytes`);

  return {
    seal(plain: string | Buffer, context: string): Buffer {
      // A fresh random IV for every value: GCM is only safe if an IV is never reused with a key.
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([
        cipher.update(typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain),
        cipher.final(),
      ]);
      return Buffer.concat([Buffer.of(VERSION), iv, body, cipher.getAuthTag()]);
    },

    /**
     * The plain bytes, or keyWrong when the value does not authenticate: a wrong key, a value
     * changed on disk, or one moved from another context cannot be told apart, and none may be
     * returned as if it were data.
     */
    open(sealed: Buffer, context: string): Buffer {
      if (sealed.length < OVERHEAD || sealed[0] !== VERSION) throw keyWrongError();
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const body = sealed.subarray(1 + IV_BYTES, sealed.length - TAG_BYTES);
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(body), decipher.final()]);
      } catch {
        throw keyWrongError();
      }
    },
  };
}

export type FieldCipher = ReturnType<typeof createFieldCipher>;
