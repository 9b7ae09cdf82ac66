import { describe, expect, it } from 'vitest';
import { formatCpr, maskCpr, parseCpr } from '../../electron/api/cpr';

const birthDate = (input: string) => {
  const result = parseCpr(input);
  return result.ok ? result.birthDate : result.problem;
};

describe('the century of a CPR number', () => {
  it.each([
    ['010100-0000', '1900-01-01'],
    ['311299-3999', '1999-12-31'],
  ])('7th digit 0-3 is 1900-1999: %s', (input, expected) => expect(birthDate(input)).toBe(expected));

  it.each([
    ['010100-4000', '2000-01-01'],
    ['311236-4999', '2036-12-31'],
    ['010137-4000', '1937-01-01'],
    ['311299-4999', '1999-12-31'],
    ['010100-9000', '2000-01-01'],
    ['311236-9999', '2036-12-31'],
    ['010137-9000', '1937-01-01'],
    ['311299-9999', '1999-12-31'],
  ])('7th digit 4 or 9 is 2000-2036 or 1937-1999: %s', (input, expected) => expect(birthDate(input)).toBe(expected));

  it.each([
    ['010100-5000', '2000-01-01'],
    ['311257-8999', '2057-12-31'],
    ['010158-5000', '1858-01-01'],
    ['311299-8999', '1899-12-31'],
    ['150670-6000', '1870-06-15'],
    ['150630-7000', '2030-06-15'],
  ])('7th digit 5-8 is 2000-2057 or 1858-1899: %s', (input, expected) => expect(birthDate(input)).toBe(expected));
});

describe('parseCpr', () => {
  it('returns the ten digits and the birth date', () => {
    expect(parseCpr('070761-4285')).toEqual({ ok: true, cpr: '0707614285', birthDate: '1961-07-07' });
  });

  it.each(['0707614285', '070761 4285', '  070761-4285 ', '\t070761 4285\n'])('accepts %j', (input) => {
    expect(parseCpr(input)).toMatchObject({ ok: true, cpr: '0707614285' });
  });

  it('accepts Arabic-Indic and extended Arabic-Indic digits', () => {
    expect(parseCpr('٠٧٠٧٦١-٤٢٨٥')).toMatchObject({ ok: true, cpr: '0707614285' });
    expect(parseCpr('۰۷۰۷۶۱۴۲۸۵')).toMatchObject({ ok: true, cpr: '0707614285' });
    expect(parseCpr('٠٧٠٧٦١ 4285')).toMatchObject({ ok: true, cpr: '0707614285' });
  });

  it('accepts a real number that fails the old modulus-11 check', () => {
    // Weights 4 3 2 7 6 5 4 3 2 1 over 0707614286 sum to 155, not a multiple of 11.
    expect(parseCpr('070761-4286')).toMatchObject({ ok: true, cpr: '0707614286' });
  });

  it('checks leap years by the full year', () => {
    expect(birthDate('290200-4123')).toBe('2000-02-29');
    expect(birthDate('290200-1234')).toBe('noSuchDate'); // 1900 is not a leap year
    expect(birthDate('290296-1234')).toBe('1996-02-29');
  });

  it.each(['310299-1234', '290201-1234', '310499-1234', '000199-1234', '011399-1234', '010099-1234'])(
    'refuses %s: that day does not exist',
    (input) => expect(parseCpr(input)).toEqual({ ok: false, problem: 'noSuchDate' }),
  );

  it.each(['', '070761-428', '07076', '070761'])('refuses %j: too few digits', (input) => {
    expect(parseCpr(input)).toEqual({ ok: false, problem: 'tooFewDigits' });
  });

  it.each(['070761-42851', '07076142850000'])('refuses %j: too many digits', (input) => {
    expect(parseCpr(input)).toEqual({ ok: false, problem: 'tooManyDigits' });
  });

  it.each(['07O761-4285', 'abc', '070761/4285', '070761–4285', '070761-42a', '0707-61-4285', '070761  4285'])(
    'refuses %j: only digits and one dash or space after the birth date',
    (input) => expect(parseCpr(input)).toEqual({ ok: false, problem: 'notDigits' }),
  );
});

describe('showing a CPR number', () => {
  it('masks the sequence number', () => expect(maskCpr('0707614285')).toBe('070761-XXXX'));
  it('formats with a dash', () => expect(formatCpr('0707614285')).toBe('070761-4285'));

  it('refuses anything but ten digits without repeating the value', () => {
    expect(() => maskCpr('070761-4285')).toThrow(/^expected a CPR number as ten digits$/);
    expect(() => formatCpr('12345')).toThrow(TypeError);
  });
});
