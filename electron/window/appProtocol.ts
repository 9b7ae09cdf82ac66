import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { withLanguagePreload } from './languagePreload';

/**
 * The renderer is served from kiosk://app/ rather than file://, so it has a real origin: 'self'
 * in the CSP means the app's own files only, and other pages cannot read them (the scheme is not
 * CORS-enabled). Plain Node: no Electron here, so it is tested for real.
 */
export const APP_SCHEME = 'kiosk';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** standard: relative URLs and an origin; secure: a secure context; supportFetchAPI: fetch() of own files. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * Maps a kiosk://app/... URL to a file under rendererDir, or null when the URL is for another
 * scheme or host, or would leave rendererDir by any spelling of "..": plain, percent-encoded,
 * with an encoded slash or a backslash.
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username || parsed.password) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return null;

  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...(segments.length > 0 ? segments : ['index.html']));
  // Belt and braces: whatever the segments were, the result must lie inside the renderer folder.
  return file.startsWith(root + path.sep) ? file : null;
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The protocol handler's body: the file with its type and the kiosk's security headers, or a 404.
 * The page itself carries a download hint for `defaultLanguage`'s words (see languagePreload.ts).
 */
export async function serveAppFile(rendererDir: string, url: string, defaultLanguage?: string): Promise<Response> {
  const file = resolveAppFile(rendererDir, url);
  const contentType = file ? CONTENT_TYPES[path.extname(file).toLowerCase()] : undefined;
  // Unknown file types are refused rather than guessed, so nothing is served as something else.
  if (!file || !contentType) return notFound();
  try {
    let body = await fs.readFile(file);
    if (defaultLanguage && file === path.join(path.resolve(rendererDir), 'index.html')) {
      body = Buffer.from(withLanguagePreload(body.toString('utf8'), rendererDir, defaultLanguage), 'utf8');
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': contentType },
    });
  } catch {
    return notFound();
  }
}
