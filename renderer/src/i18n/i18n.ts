import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { languageByCode } from '../../../electron/api/languages';

// Each language's words are their own chunk, fetched only when that language is chosen.
// The exemption request's words (and its receipt's, shown to staff beside their own) are
// namespaces of their own, fetched when that screen opens.
const lazyNamespaces = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../../locales/*/{kiosk,exemption,exemption-receipt}.json',
);

/** A language's words for one namespace of the citizen's screens (the staff area uses it for API errors). */
export function loadNamespace(language: string, namespace: string) {
  const load = lazyNamespaces[`../../../locales/${language}/${namespace}.json`];
  return load ? load() : Promise.reject(new Error(`no locale ${language}/${namespace}`));
}

/** Starts fetching a language's words before i18next asks; the module loader keeps the one fetch. */
export function preloadLanguage(language: string): void {
  loadNamespace(language, 'kiosk').catch(() => undefined);
}

export async function initI18n(language: string): Promise<void> {
  // The first language is handed over ready (it was preloaded); the backend fetches later ones.
  const words = (await loadNamespace(language, 'kiosk')).default;
  await i18next
    .use(initReactI18next)
    .use(resourcesToBackend(loadNamespace))
    .init({
      lng: language,
      resources: { [language]: { kiosk: words } },
      partialBundledLanguages: true,
      initAsync: false,
      // No fallback: every language is complete (tests enforce it), and a fallback would fetch a second one.
      fallbackLng: false,
      ns: ['kiosk'],
      defaultNS: 'kiosk',
      load: 'currentOnly',
      // React already escapes what it renders; escaping here too would show &amp; to the citizen.
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      returnNull: false,
    });
  applyDocumentLanguage(language);
}

/** lang and dir on the page, so speech, fonts and screen readers follow the citizen's language. */
export function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = languageByCode(language)?.dir ?? 'ltr';
}

export async function changeLanguage(language: string): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}
