import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../electron/api/languages';
import { taskIds } from '../../electron/api/tasks';
import { repoRoot } from '../helpers/kioskFixture';

const localesDir = path.join(repoRoot, 'locales');
const REFERENCE = 'en';
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Strings = Map<string, string>;

function flatten(value: unknown, prefix = '', into: Strings = new Map()): Strings {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else throw new Error(`${prefix}: only strings and objects belong in a locale file`);
  return into;
}

function load(language: string, file: string): Strings {
  return flatten(JSON.parse(fs.readFileSync(path.join(localesDir, language, file), 'utf8')));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Keys with plural forms folded to their base: `idle.countdown_one` -> `idle.countdown`. */
function split(strings: Strings) {
  const plain = new Map<string, string>();
  const plural = new Map<string, Map<string, string>>();
  for (const [key, text] of strings) {
    const form = key.match(PLURAL)?.[1];
    if (!form) plain.set(key, text);
    else {
      const base = key.slice(0, -form.length - 1);
      if (!plural.has(base)) plural.set(base, new Map());
      plural.get(base)!.set(form, text);
    }
  }
  return { plain, plural };
}

const files = fs.readdirSync(path.join(localesDir, REFERENCE)).sort();
const STAFF = 'staff';
const staffLanguages = ['da', 'en'];
const staffFiles = fs.readdirSync(path.join(localesDir, STAFF, REFERENCE)).sort();

/** The source files under a folder (renderer or electron), relative to the repository. */
function sourcesIn(folder: string): string[] {
  return fs
    .readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(folder, f))
    .filter((f) => /\.tsx?$/.test(f));
}

/** Keys a file asks for with t('…'). */
const keysAskedIn = (file: string) =>
  [...fs.readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]!);

describe('locales', () => {
  it('has a folder for every language with the same files', () => {
    // Besides the ten languages, staff/ holds the staff screens' words (Danish and English only).
    expect(fs.readdirSync(localesDir).sort()).toEqual([...languageCodes, STAFF].sort());
    for (const language of languageCodes) {
      expect(fs.readdirSync(path.join(localesDir, language)).sort(), language).toEqual(files);
    }
  });

  describe.each(files)('%s', (file) => {
    const reference = split(load(REFERENCE, file));

    it.each(languageCodes)('%s has every key, no extra key, and no empty text', (language) => {
      const own = split(load(language, file));
      expect([...own.plain.keys()].sort()).toEqual([...reference.plain.keys()].sort());
      expect([...own.plural.keys()].sort()).toEqual([...reference.plural.keys()].sort());
      for (const [key, text] of own.plain) expect(text.trim(), `${language} ${key}`).not.toBe('');
    });

    it.each(languageCodes)('%s has exactly the plural forms its grammar needs', (language) => {
      const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
      for (const [base, forms] of split(load(language, file)).plural) {
        expect([...forms.keys()].sort(), `${language} ${base}`).toEqual(needed);
      }
    });

    it.each(languageCodes)('%s uses the same placeholders as English', (language) => {
      const own = split(load(language, file));
      for (const [key, text] of reference.plain) {
        expect(placeholders(own.plain.get(key) ?? ''), `${language} ${key}`).toEqual(placeholders(text));
      }
      for (const [base, forms] of reference.plural) {
        const expected = placeholders(forms.get('other')!);
        const ownForms = own.plural.get(base)!;
        // "other" carries every placeholder; a form such as Arabic "one" may spell the number out.
        expect(placeholders(ownForms.get('other') ?? ''), `${language} ${base}_other`).toEqual(expected);
        for (const [form, text] of ownForms) {
          for (const name of placeholders(text)) expect(expected, `${language} ${base}_${form}`).toContain(name);
        }
      }
    });
  });

  describe.each(staffFiles)('staff/%s', (file) => {
    const reference = split(load(path.join(STAFF, REFERENCE), file));
    const own = split(load(path.join(STAFF, 'da'), file));

    it('has the same keys in Danish and English, none empty, with the same placeholders', () => {
      expect(fs.readdirSync(path.join(localesDir, STAFF)).sort()).toEqual(staffLanguages);
      expect([...own.plain.keys()].sort()).toEqual([...reference.plain.keys()].sort());
      expect([...own.plural.keys()].sort()).toEqual([...reference.plural.keys()].sort());
      for (const [key, text] of own.plain) {
        expect(text.trim(), `da ${key}`).not.toBe('');
        expect(placeholders(text), `da ${key}`).toEqual(placeholders(reference.plain.get(key)!));
      }
      for (const language of staffLanguages) {
        const needed = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
        for (const [base, forms] of split(load(path.join(STAFF, language), file)).plural) {
          expect([...forms.keys()].sort(), `${language} ${base}`).toEqual(needed);
        }
      }
    });
  });

  it('has every key the staff screens ask for', () => {
    const staff = load(path.join(STAFF, REFERENCE), 'staff.json');
    const has = (words: Strings, key: string) => words.has(key) || words.has(`${key}_other`);
    const missing: string[] = [];
    for (const file of sourcesIn(path.join('renderer', 'src', 'staff'))) {
      const namespace = file.includes(`${path.sep}dashboard${path.sep}`) ? 'dashboard.json' : 'staff.json';
      const words = load(path.join(STAFF, REFERENCE), namespace);
      for (const key of keysAskedIn(file)) if (!has(words, key)) missing.push(`${file}: ${key}`);
    }
    for (const file of [...sourcesIn('renderer'), ...sourcesIn('electron')]) {
      const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      for (const m of text.matchAll(/'staff:([\w.-]+)'/g)) if (!has(staff, m[1]!)) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('has every key the exemption request asks for', () => {
    const words = load(REFERENCE, 'exemption.json');
    const has = (key: string) => words.has(key) || words.has(`${key}_other`);
    const missing: string[] = [];
    for (const file of sourcesIn(path.join('renderer', 'src', 'exemption'))) {
      for (const key of keysAskedIn(file)) if (!has(key)) missing.push(`${file}: ${key}`);
    }
    for (const file of sourcesIn('renderer')) {
      const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      for (const m of text.matchAll(/'exemption:([\w.-]+)'/g)) if (!has(m[1]!)) missing.push(`${file}: ${m[1]}`);
    }
    for (const ground of [1, 2, 3, 4, 5, 6, 7, 8]) if (!has(`grounds.${ground}`)) missing.push(`grounds.${ground}`);
    for (const problem of ['tooFewDigits', 'tooManyDigits', 'notDigits', 'noSuchDate'])
      if (!has(`errors.cpr.${problem}`)) missing.push(`errors.cpr.${problem}`);
    expect(missing).toEqual([]);
  });

  it('has every key the code asks for', () => {
    const english = load(REFERENCE, 'kiosk.json');
    const has = (key: string) => english.has(key) || english.has(`${key}_other`);
    // The staff screens' and the exemption request's own words are checked on their own.
    const ownWords = [path.join('renderer', 'src', 'staff'), path.join('renderer', 'src', 'exemption')];
    const sources = [...sourcesIn('renderer'), ...sourcesIn('electron')].filter(
      (f) => !ownWords.some((folder) => f.startsWith(folder)),
    );
    const used = new Set<string>();
    for (const file of sources) {
      const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      for (const m of text.matchAll(/\bt\('([\w.-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/messageKey: '([\w.-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/'((?:errors|configReasons)\.[\w.-]+)'/g)) used.add(m[1]!);
    }
    for (const task of taskIds) used.add(`tasks.${task}.title`).add(`tasks.${task}.description`);
    for (const kind of ['string', 'number', 'boolean', 'array', 'object', 'other'])
      used.add(`configReasons.expected.${kind}`);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !has(key))).toEqual([]);
  });
});
