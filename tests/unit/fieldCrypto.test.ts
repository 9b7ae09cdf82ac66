import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../electron/services/fieldCrypto';
import { KioskError } from '../../electron/services/kioskError';

const cipher = createFieldCipher(crypto.randomBytes(32));
const CONTEXT = 'exemptions.name:7';

function expectKeyWrong(open: () => unknown): void {
  let thrown: unknown;
  try {
    open();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(KioskError);
  expect(thrown).toMatchObject({ code: 'exemption_key_wrong', messageKey: 'staff:errors.keyWrong' });
}

describe('the field cipher', () => {
  it('opens what it sealed, as text or bytes', () => {
    expect(cipher.open(cipher.seal('Søren Ærø Østergård', CONTEXT), CONTEXT).toString('utf8')).toBe(
      'Søren Ærø Østergård',
    );
    const bytes = crypto.randomBytes(100);
    expect(cipher.open(cipher.seal(bytes, CONTEXT), CONTEXT).equals(bytes)).toBe(true);
    expect(cipher.open(cipher.seal('', CONTEXT), CONTEXT).length).toBe(0);
  });

  it('writes version, a 12-byte IV, the ciphertext and a 16-byte tag, with a new IV each time', () => {
    const first = cipher.seal('abc', CONTEXT);
    const second = cipher.seal('abc', CONTEXT);
    expect(first.length).toBe(1 + 12 + 3 + 16);
    expect(first[0]).toBe(1);
    expect(first.subarray(1, 13).equals(second.subarray(1, 13))).toBe(false);
    expect(first.includes(Buffer.from('abc'))).toBe(false);
  });

  it('refuses a value with any one byte changed', () => {
    const sealed = cipher.seal('0707614285', CONTEXT);
    for (let i = 0; i < sealed.length; i++) {
      const tampered = Buffer.from(sealed);
      tampered[i]! ^= 0x01;
      expectKeyWrong(() => cipher.open(tampered, CONTEXT));
    }
  });

  it('refuses a value moved to another field or row', () => {
    const sealed = cipher.seal('0707614285', 'exemptions.cpr:1');
    expectKeyWrong(() => cipher.open(sealed, 'exemptions.cpr:2'));
    expectKeyWrong(() => cipher.open(sealed, 'exemptions.name:1'));
  });

  it('refuses a value sealed with another key', () => {
    const other = createFieldCipher(crypto.randomBytes(32));
    expectKeyWrong(() => other.open(cipher.seal('Jens Hansen', CONTEXT), CONTEXT));
  });

  it('refuses values too short to be sealed, and an unknown version', () => {
    expectKeyWrong(() => cipher.open(Buffer.alloc(0), CONTEXT));
    expectKeyWrong(() => cipher.open(Buffer.alloc(28), CONTEXT));
    const sealed = cipher.seal('x', CONTEXT);
    sealed[0] = 2;
    expectKeyWrong(() => cipher.open(sealed, CONTEXT));
  });

  it('needs a 32-byte key', () => {
    expect(() => createFieldCipher(crypto.randomBytes(16))).toThrow(RangeError);
  });
});
