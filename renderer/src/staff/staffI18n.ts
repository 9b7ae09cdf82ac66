import { createInstance, type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { loadNamespace as loadCitizenWords } from '../i18n/i18n';

/** Staff screens speak Danish by default and English on request, whatever the citizen's language. */
export const staffLanguages = ['da', 'en'] as const;
export type StaffLanguage = (typeof staffLanguages)[number];

// The staff words (staff, dashboard) and, for the API's error messages, the kiosk's own words.
const staffWords = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/staff/*/*.json');

function loadNamespace(language: string, namespace: string) {
  if (namespace === 'kiosk') return loadCitizenWords(language, namespace);
  const file = staffWords[`../../../locales/staff/${language}/${namespace}.json`];
  return file ? file() : Promise.reject(new Error(`no staff words ${language}/${namespace}`));
}

let instance: Promise<i18n> | null = null;

/**
 * The staff area's own i18next, apart from the citizen's: switching the staff screens to English
 * leaves the citizen's screens in their language. Made once, on first use, in Danish.
 */
export function staffI18n(): Promise<i18n> {
  instance ??= (async () => {
    const staff = createInstance();
    await staff.use(resourcesToBackend(loadNamespace)).init({
      lng: 'da',
      fallbackLng: false,
      ns: ['staff', 'dashboard', 'kiosk'],
      defaultNS: 'staff',
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      returnNull: false,
    });
    await staff.loadLanguages([...staffLanguages]);
    return staff;
  })();
  return instance;
}
