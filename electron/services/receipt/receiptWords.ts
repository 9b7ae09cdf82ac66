import fs from 'node:fs';
import path from 'node:path';
import { languageByCode } from '../../api/languages';

/**
 * The receipt's words, from locales/<language>/exemption-receipt.json: always Danish (the
 * municipality's copy), and the citizen's language when it is not Danish.
 */

export type Words = Record<string, unknown>;

export type ReceiptWords = {
  da: Words;
  citizen?: { language: string; dir: 'ltr' | 'rtl'; words: Words };
};

const WORDS_FILE = 'exemption-receipt.json';

function readWords(localesDir: string, language: string): Words | undefined {
  const file = path.join(localesDir, language, WORDS_FILE);
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Words;
}

/**
 * Danish words, plus the citizen's when they are not Danish. A language whose words are not
 * there yet (or an unknown code) gets the English copy, labelled as English: a citizen who asked
 * for another language is better served by English than by Danish alone.
 */
export function loadReceiptWords(localesDir: string, language: string): ReceiptWords {
  const da = readWords(localesDir, 'da');
  if (!da) throw new Error(`receipt: no Danish words in ${localesDir}`);
  if (language === 'da') return { da };
  const known = languageByCode(language);
  const own = known ? readWords(localesDir, known.code) : undefined;
  if (known && own) return { da, citizen: { language: known.code, dir: known.dir, words: own } };
  const english = readWords(localesDir, 'en');
  return english ? { da, citizen: { language: 'en', dir: 'ltr', words: english } } : { da };
}

/** The text at a dotted key ('grounds.3'), or undefined when the words lack it. */
export function wordAt(words: Words, key: string): string | undefined {
  let node: unknown = words;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Words)[part];
  }
  return typeof node === 'string' ? node : undefined;
}
