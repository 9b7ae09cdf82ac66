import { languageByCode, type LanguageCode } from '../../../electron/api/languages';

/**
 * Each language's own name and its invitation to start, written in that language. Tiny, so every
 * language's is in the first load: the welcome screen and the language picker show all of them.
 */
interface OwnWords {
  name: string;
  invitation: string;
}

const ownWords = import.meta.glob<OwnWords>('../../../locales/*/language.json', { eager: true, import: 'default' });

export function wordsOf(code: LanguageCode): OwnWords & { dir: 'ltr' | 'rtl' } {
  const words = ownWords[`../../../locales/${code}/language.json`];
  if (!words) throw new Error(`locales/${code}/language.json is missing`);
  return { ...words, dir: languageByCode(code)?.dir ?? 'ltr' };
}
