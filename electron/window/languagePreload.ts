import fs from 'node:fs';
import path from 'node:path';

/**
 * A hint in the page for the default language's words, so the browser fetches them alongside
 * the app's JavaScript instead of after the services have named the language. Used by both ways
 * of serving the page (the kiosk:// protocol and the browser bridge). Plain Node.
 */
export function languageChunkFile(rendererDir: string, language: string): string | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(rendererDir, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string; src?: string }
    >;
    const chunk = Object.values(manifest).find((c) => c.src?.endsWith(`locales/${language}/kiosk.json`));
    return chunk?.file ?? null;
  } catch {
    return null; // No manifest (a development build): the page works, only without the hint.
  }
}

export function withLanguagePreload(indexHtml: string, rendererDir: string, language: string): string {
  const file = languageChunkFile(rendererDir, language);
  if (!file || !/^[\w./-]+$/.test(file)) return indexHtml;
  return indexHtml.replace('</head>', `  <link rel="modulepreload" crossorigin href="./${file}" />\n  </head>`);
}
