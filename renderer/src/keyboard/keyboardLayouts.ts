import arabic from 'simple-keyboard-layouts/build/layouts/arabic';
import english from 'simple-keyboard-layouts/build/layouts/english';
import farsi from 'simple-keyboard-layouts/build/layouts/farsi';
import german from 'simple-keyboard-layouts/build/layouts/german';
import polish from 'simple-keyboard-layouts/build/layouts/polish';
import turkish from 'simple-keyboard-layouts/build/layouts/turkish';
import ukrainian from 'simple-keyboard-layouts/build/layouts/ukrainian';
import urdu from 'simple-keyboard-layouts/build/layouts/urdu';

type Layout = Record<string, string[]>;

/** The Danish keyboard (the layouts package has Norwegian, whose æ and ø are the other way round). */
const danish: Layout = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 + {bksp}',
    'q w e r t y u i o p å',
    'a s d f g h j k l æ ø',
    '{shift} z x c v b n m , . -',
    '@ {space} {enter}',
  ],
  shift: [
    '! " # % & / ( ) = ? {bksp}',
    'Q W E R T Y U I O P Å',
    'A S D F G H J K L Æ Ø',
    '{shift} Z X C V B N M ; : _',
    '@ {space} {enter}',
  ],
};

/** Digits for numbers, dates and CPR numbers: large, few, and the same in every language. */
export const digitsLayout: Layout = { default: ['1 2 3', '4 5 6', '7 8 9', '- 0 ,', '{bksp} {enter}'] };

/**
 * Keys a kiosk does not want: Tab would move focus behind the citizen's back, and .com is noise.
 * Enter becomes "Done" (see display names in OnScreenKeyboard).
 */
function forKiosk(layout: Layout): Layout {
  return Object.fromEntries(
    Object.entries(layout).map(([name, rows]) => [
      name,
      rows
        .map((row) =>
          row
            .replace(/\{tab\}|\.com|\{lock\}/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter((row) => row !== ''),
    ]),
  );
}

const byLanguage: Record<string, Layout> = {
  da: danish,
  en: english.layout,
  so: english.layout,
  ar: arabic.layout,
  uk: ukrainian.layout,
  pl: polish.layout,
  tr: turkish.layout,
  de: german.layout,
  fa: farsi.layout,
  ur: urdu.layout,
};

export function letterLayout(language: string): Layout {
  return forKiosk(byLanguage[language] ?? english.layout);
}
