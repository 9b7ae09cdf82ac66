import type { FlowField } from '../../../electron/api/contract';

export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}

/** Arabic-Indic (٠١٢) and Persian (۰۱۲) digits, as an Arabic, Persian or Urdu keyboard types them, to 0-9. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** DD-MM-YYYY (also with . or / between), as a real calendar date; null otherwise. */
export function parseDate(text: string): Date | null {
  const match = westernDigits(text.trim()).match(/^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date : null;
}

function dateLimit(limit: string, today: Date): Date {
  if (limit === 'today') return new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  return new Date(`${limit}T00:00:00Z`);
}

const formatDate = (date: Date) =>
  `${String(date.getUTCDate()).padStart(2, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${date.getUTCFullYear()}`;

/**
 * Checks one answer against its field, returning what to tell the citizen (a key under
 * flow.errors) or null. Numbers accept a decimal comma, as Danes write them.
 */
export function validateField(field: FlowField, value: string | undefined, today = new Date()): FieldError | null {
  const text = westernDigits((value ?? '').trim());
  if (text === '') {
    if (!field.required) return null;
    return { key: field.type === 'yesNo' || field.type === 'choice' ? 'choose' : 'required' };
  }
  switch (field.type) {
    case 'text':
      return field.maxLength !== undefined && text.length > field.maxLength
        ? { key: 'tooLong', params: { max: field.maxLength } }
        : null;
    case 'number': {
      if (!/^-?\d+([.,]\d+)?$/.test(text)) return { key: 'number' };
      const number = Number(text.replace(',', '.'));
      if (field.min !== undefined && number < field.min) return { key: 'tooLow', params: { min: field.min } };
      if (field.max !== undefined && number > field.max) return { key: 'tooHigh', params: { max: field.max } };
      return null;
    }
    case 'date': {
      const date = parseDate(text);
      if (!date) return { key: 'date' };
      if (field.min && date < dateLimit(field.min, today)) {
        return { key: 'dateTooEarly', params: { min: formatDate(dateLimit(field.min, today)) } };
      }
      if (field.max && date > dateLimit(field.max, today)) {
        return { key: 'dateTooLate', params: { max: formatDate(dateLimit(field.max, today)) } };
      }
      return null;
    }
    case 'yesNo':
      return text === 'yes' || text === 'no' ? null : { key: 'choose' };
    case 'choice':
      return field.options.includes(text) ? null : { key: 'choose' };
  }
}
