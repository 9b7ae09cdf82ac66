/**
 * The ten languages the kiosk ships with (see services.md) and their writing direction. Each
 * language's own name lives in locales/<code>/language.json with the rest of its words.
 */
export const languages = [
  { code: 'da', dir: 'ltr' },
  { code: 'en', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
  { code: 'uk', dir: 'ltr' },
  { code: 'pl', dir: 'ltr' },
  { code: 'tr', dir: 'ltr' },
  { code: 'de', dir: 'ltr' },
  { code: 'fa', dir: 'rtl' },
  { code: 'ur', dir: 'rtl' },
  { code: 'so', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];
export const languageCodes = languages.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

export function languageByCode(code: string) {
  return languages.find((l) => l.code === code);
}
