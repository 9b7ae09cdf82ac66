/**
 * Danish CPR numbers as a citizen types them (digital-post.md, "CPR numbers"). Only the form and
 * the date are checked: numbers issued since 2007 need not pass the old modulus-11 check, so that
 * check would turn real citizens away.
 */

/** What the citizen should fix; each has its own message on screen. */
export type CprProblem = 'tooFewDigits' | 'tooManyDigits' | 'notDigits' | 'noSuchDate';

export type CprResult = { ok: true; cpr: string; birthDate: string } | { ok: false; problem: CprProblem };

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** Arabic keyboards type Arabic-Indic digits; the number is the same, so they count as 0-9. */
function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

/** The seventh digit and the two-digit year give the century. */
export function fullYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Reads DDMMYY-SSSS, DDMMYYSSSS or DDMMYY SSSS, with spaces around it. Problems are reported in
 * the order a citizen can fix them: stray characters first, then how many digits, then the date.
 */
export function parseCpr(input: string): CprResult {
  const text = toAsciiDigits(input.trim());
  if (/[^0-9 -]/.test(text)) return { ok: false, problem: 'notDigits' };
  const digits = text.replace(/[ -]/g, '');
  if (digits.length < 10) return { ok: false, problem: 'tooFewDigits' };
  if (digits.length > 10) return { ok: false, problem: 'tooManyDigits' };
  // Ten digits, but a dash or space anywhere other than after the birth date is not a CPR number.
  if (!/^\d{6}[ -]?\d{4}$/.test(text)) return { ok: false, problem: 'notDigits' };

  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = fullYear(Number(digits.slice(4, 6)), Number(digits[6]));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: 'noSuchDate' };
  }
  return { ok: true, cpr: digits, birthDate: `${year}-${two(month)}-${two(day)}` };
}

/** Refuses anything but the ten digits parseCpr returns; the message never repeats the value. */
function requireCpr(cpr: string): string {
  if (!/^\d{10}$/.test(cpr)) throw new TypeError('expected a CPR number as ten digits');
  return cpr;
}

/** For the screen once entered: the birth date stays, the sequence number is hidden. */
export function maskCpr(cpr: string): string {
  return `${requireCpr(cpr).slice(0, 6)}-XXXX`;
}

/** The usual written form, for where the full number is needed (the exemption's record). */
export function formatCpr(cpr: string): string {
  const digits = requireCpr(cpr);
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
