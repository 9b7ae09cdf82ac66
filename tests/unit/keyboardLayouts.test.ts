import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../electron/api/languages';
import { digitsLayout, letterLayout } from '../../renderer/src/keyboard/keyboardLayouts';

const keys = (rows: string[] = []) => rows.join(' ').split(' ');

describe('on-screen keyboard layouts', () => {
  it.each([
    ['da', ['æ', 'ø', 'å']],
    ['de', ['ä', 'ö', 'ü', 'ß']],
    ['pl', []],
    ['tr', ['ç', 'ğ', 'ı', 'ö', 'ş', 'ü']],
    ['uk', ['ї', 'є', 'і', 'ґ']],
    ['ar', ['ض', 'ش']],
    ['fa', ['پ', 'چ', 'گ']],
    ['ur', ['ٹ', 'ڈ', 'ے']],
  ])('%s has its own letters', (language, letters) => {
    const layout = letterLayout(language);
    const all = [...keys(layout.default), ...keys(layout.shift)];
    for (const letter of letters) expect(all, letter).toContain(letter);
  });

  it.each(languageCodes)('%s leaves out Tab and keeps Delete, Space and Done', (language) => {
    const all = keys(letterLayout(language).default);
    expect(all).not.toContain('{tab}');
    expect(all).toEqual(expect.arrayContaining(['{bksp}', '{space}']));
    expect(all.includes('{enter}')).toBe(true);
  });

  it('has digits, a dash and a comma for numbers and dates', () => {
    expect(keys(digitsLayout.default).sort()).toEqual(
      [',', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '{bksp}', '{enter}'].sort(),
    );
  });
});
