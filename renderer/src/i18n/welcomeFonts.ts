import type { LanguageCode } from '../../../electron/api/languages';
import { wordsOf } from './languageNames';

/** The family fonts.css draws each script with; every script not listed here is in "Noto Sans". */
const FAMILY_OF_SCRIPT = [{ script: /\p{Script=Arabic}/u, family: 'Noto Sans Arabic' }];

/** Asks for the faces of a weight that cover `text`, each letter in the family that draws its script. */
function loadFacesFor(weight: 400 | 700, text: string): void {
  const letters = new Map<string, string>();
  for (const character of text) {
    // Only a script's own family for its letters: "Noto Sans Arabic" has Latin faces too, fetched for nothing.
    const family = FAMILY_OF_SCRIPT.find(({ script }) => script.test(character))?.family ?? 'Noto Sans';
    letters.set(family, (letters.get(family) ?? '') + character);
  }
  for (const [family, text] of letters)
    void document.fonts.load(`${weight} 1em "${family}"`, text).catch(() => undefined);
}

/**
 * Starts fetching the font files the welcome screen draws with as soon as the config names the
 * languages, before React has rendered it. Left to the browser, a font file is asked for only
 * when the first layout meets its script, the request waits for that layout to finish, and the
 * screen is laid out again when the file arrives: the welcome screen showed 12 to 36 ms later
 * (medians of 30 and 60 interleaved loads). Each face has its own unicode-range (fonts.css), so
 * only the scripts of the enabled languages are fetched.
 *
 * The weights follow kiosk.css: each language's own name is on a bold button, its invitation in
 * regular weight; the Danish (or default) words are Latin and covered by the names. Where the
 * default language is right-to-left, kiosk.css draws Latin letters from Noto Sans Arabic's own
 * Latin faces; those few are still fetched when the layout meets them, as before.
 */
export function startLoadingWelcomeFonts(enabled: readonly LanguageCode[]): void {
  const words = enabled.map(wordsOf);
  loadFacesFor(700, words.map((own) => own.name).join(' '));
  loadFacesFor(400, words.map((own) => own.invitation).join(' '));
}
