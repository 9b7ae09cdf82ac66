import fs from 'node:fs';
import path from 'node:path';

/**
 * The receipt's fonts, embedded as data: URLs so it prints the same on every terminal and never
 * fetches anything: the Noto subsets the kiosk's own screens use (Latin for da, en, pl, tr, de,
 * so; Cyrillic for uk; Arabic script for ar, fa, ur), regular and bold. unicode-range makes
 * Chromium use each file only for its own script.
 */

type FontFile = { family: string; file: string; weight: 400 | 700; unicodeRange: string };

const subsets = [
  { family: 'Noto Sans', file: 'noto-sans-latin', unicodeRange: 'U+0000-00FF, U+2000-206F, U+20AC, U+2122' },
  { family: 'Noto Sans', file: 'noto-sans-latin-ext', unicodeRange: 'U+0100-024F, U+1E00-1EFF' },
  { family: 'Noto Sans', file: 'noto-sans-cyrillic', unicodeRange: 'U+0400-04FF' },
  {
    family: 'Noto Sans Arabic',
    file: 'noto-sans-arabic-arabic',
    unicodeRange: 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF',
  },
];

const fontFiles: FontFile[] = subsets.flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({ ...subset, file: `${subset.file}-${weight}-normal`, weight })),
);

/**
 * Where the font files are: the renderer build's assets (in the packaged app, with a hash in each
 * name) and, in development, tests and the bridge, the @fontsource packages themselves.
 */
export function receiptFontDirs(appRoot: string): string[] {
  return [
    path.join(appRoot, 'dist', 'renderer', 'assets'),
    path.join(appRoot, 'node_modules', '@fontsource', 'noto-sans', 'files'),
    path.join(appRoot, 'node_modules', '@fontsource', 'noto-sans-arabic', 'files'),
  ];
}

function findFile(dirs: readonly string[], base: string): string | undefined {
  // 'noto-sans-latin-400-normal.woff2', or Vite's 'noto-sans-latin-400-normal-<hash>.woff2'.
  const name = new RegExp(`^${base}(-[\\w-]{8})?\\.woff2$`);
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    const match = fs.readdirSync(dir).find((entry) => name.test(entry));
    if (match) return path.join(dir, match);
  }
  return undefined;
}

/**
 * @font-face rules for every font file found in dirs. A file that is missing is left out, and
 * the receipt falls back to the system's fonts for that script.
 */
export function loadReceiptFonts(dirs: readonly string[]): string {
  const rules: string[] = [];
  for (const font of fontFiles) {
    const file = findFile(dirs, font.file);
    if (!file) continue;
    const data = fs.readFileSync(file).toString('base64');
    rules.push(
      `@font-face { font-family: '${font.family}'; font-style: normal; font-weight: ${font.weight}; ` +
        `src: url(data:font/woff2;base64,${data}) format('woff2'); unicode-range: ${font.unicodeRange}; }`,
    );
  }
  return rules.join('\n');
}
