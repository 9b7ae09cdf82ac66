import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../api/dispatch';
import type { KioskResult } from '../api/result';
import { log } from '../services/log';
import { APP_RESPONSE_HEADERS, APP_SCHEME, APP_HOST, serveAppFile } from '../window/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../window/contentSecurityPolicy';
import { withLanguagePreload } from '../window/languagePreload';
import { OFFICIAL_SITE_PREFIX, type BridgeSite } from './bridgeSite';

/**
 * The browser bridge: the built renderer and the API table over HTTP on 127.0.0.1, for the preview
 * and the end-to-end tests. Never packaged. A per-launch token, placed in the page as a meta tag,
 * must come back on every call; other pages cannot read it, and calls from them are refused.
 * Files are served exactly as the kiosk:// protocol serves them in Electron (appProtocol.ts).
 */
export interface BridgeOptions {
  /** The current API table (an administrator's restart replaces it). */
  handlers: () => Handlers;
  /** Asked after each call whether it wiped the kiosk; if so, the answer carries Clear-Site-Data. */
  privacy?: { takeClearSiteData(): string | null };
  rendererDir: string;
  port?: number;
  /** The language the page starts in: its words are hinted for download with the app itself. */
  defaultLanguage?: string;
  /** The embedded official site: its rules, and the stand-in page the frame shows for every allowed address. */
  officialSite?: { site: BridgeSite; page: string };
}

export interface RunningBridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** The stand-in site may be framed by the kiosk page; it runs no script and loads nothing. */
const SITE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; form-action 'self'; frame-ancestors 'self'",
  // Cached as a real site's pages are, so the privacy wipe has an HTTP cache to clear.
  'Cache-Control': 'private, max-age=600',
};

const MAX_BODY_BYTES = 256 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

function send(res: http.ServerResponse, status: number, body: string, type: string, headers = {}) {
  res.writeHead(status, { ...APP_RESPONSE_HEADERS, 'Content-Type': type, ...headers });
  res.end(body);
}

function sendResult(res: http.ServerResponse, status: number, result: KioskResult<unknown>, headers = {}) {
  send(res, status, JSON.stringify(result), JSON_TYPE, headers);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = crypto.randomBytes(32).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  // The page frames the stand-in site, which Electron's page never does (it uses a view instead).
  const pagePolicy = options.officialSite ? `${CONTENT_SECURITY_POLICY}; frame-src 'self'` : CONTENT_SECURITY_POLICY;
  const pageHeaders = { 'Content-Security-Policy': pagePolicy };
  const page = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const indexHtml = (options.defaultLanguage ? withLanguagePreload(page, rendererDir, options.defaultLanguage) : page)
    .replace(
      '<meta charset="utf-8" />',
      `<meta charset="utf-8" />\n    <meta name="kiosk-bridge-token" content="${token}" />`,
    )
    .replace(/(content="default-src 'none';[^"]*)"/, options.officialSite ? `$1; frame-src 'self'"` : '$&');
  let host = '';

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
    if (req.method !== 'POST') return send(res, 405, '{}', JSON_TYPE);
    if (req.headers['x-kiosk-token'] !== token) return send(res, 403, '{"error":"token"}', JSON_TYPE);
    // Only the app's own page: the site panel's sandboxed frame (and any other page) sends another
    // Origin, "null" for the sandbox, even if it somehow held the token.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) return send(res, 403, '{"error":"origin"}', JSON_TYPE);
    const body = await readBody(req);
    const invalid = { ok: false, error: { code: 'invalid_input', messageKey: 'errors.invalidInput' } } as const;
    if (body === null) return sendResult(res, 413, invalid);
    let input: unknown;
    try {
      input = body === '' ? undefined : JSON.parse(body);
    } catch {
      return sendResult(res, 200, invalid);
    }
    const result = await dispatch(options.handlers(), channel, input);
    const clearSiteData = options.privacy?.takeClearSiteData();
    sendResult(res, 200, result, clearSiteData ? { 'Clear-Site-Data': clearSiteData } : {});
  }

  async function serveFile(res: http.ServerResponse, root: string, urlPath: string) {
    const response = await serveAppFile(root, `${APP_SCHEME}://${APP_HOST}${urlPath}`);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    // Only our own origin: a page elsewhere that resolves a name to 127.0.0.1 (DNS rebinding) is refused.
    if (req.headers.host !== host) return send(res, 421, 'Wrong host', 'text/plain');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain');
    if (url.pathname === '/' || url.pathname === '/index.html')
      return send(res, 200, indexHtml, 'text/html; charset=utf-8', pageHeaders);
    if (options.officialSite && url.pathname.startsWith(OFFICIAL_SITE_PREFIX)) {
      // Refused: 204 leaves the frame on the page it was on; the panel explains why.
      if (!options.officialSite.site.request(url.pathname, url.search)) return send(res, 204, '', 'text/plain');
      return send(res, 200, options.officialSite.page, 'text/html; charset=utf-8', SITE_HEADERS);
    }
    return serveFile(res, rendererDir, url.pathname);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('bridge.failed', { error: error instanceof Error ? error.name : 'unknown' });
      if (!res.headersSent) send(res, 500, '{}', JSON_TYPE);
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  return {
    url: `http://${host}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
