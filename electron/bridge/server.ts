import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../window/contentSecurityPolicy';
import { withLanguagePreload } from '../window/languagePreload';
import { log } from '../services/log';

/**
 * The browser bridge: the built renderer and the API table over HTTP on 127.0.0.1, for the preview
 * and the end-to-end tests. Never packaged. A per-launch token, placed in the page as a meta tag,
 * must come back on every call; other pages cannot read it, and calls from them are refused.
 */
export interface BridgeOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  /** The language the page starts in: its words are hinted for download with the app itself. */
  defaultLanguage?: string;
  /** Extra folders served under a path prefix, e.g. a local test site for the embedded view. */
  extraRoots?: Record<string, string>;
}

export interface RunningBridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

const MAX_BODY_BYTES = 256 * 1024;

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Maps a URL path to a file under root, or null when it would leave root. */
export function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolved = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const base = path.resolve(root);
  return resolved === base || resolved.startsWith(base + path.sep) ? resolved : null;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...securityHeaders, ...extra });
  res.end(body);
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
  const page = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const indexHtml = (
    options.defaultLanguage ? withLanguagePreload(page, rendererDir, options.defaultLanguage) : page
  ).replace(
    '<meta charset="utf-8" />',
    `<meta charset="utf-8" />\n    <meta name="kiosk-bridge-token" content="${token}" />`,
  );
  let host = '';

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
    const json = 'application/json; charset=utf-8';
    if (req.method !== 'POST') return send(res, 405, '{}', json);
    if (req.headers['x-kiosk-token'] !== token) return send(res, 403, '{"error":"token"}', json);
    const body = await readBody(req);
    if (body === null) {
      return send(
        res,
        413,
        JSON.stringify({ ok: false, error: { code: 'too_large', messageKey: 'errors.invalidInput' } }),
        json,
      );
    }
    let input: unknown;
    try {
      input = body === '' ? undefined : JSON.parse(body);
    } catch {
      return send(
        res,
        200,
        JSON.stringify({ ok: false, error: { code: 'invalid_input', messageKey: 'errors.invalidInput' } }),
        json,
      );
    }
    send(res, 200, JSON.stringify(dispatch(options.handlers, channel, input)), json);
  }

  function serveFile(res: http.ServerResponse, root: string, urlPath: string) {
    const file = fileUnder(root, urlPath);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'Not found', 'text/plain');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    send(res, 200, fs.readFileSync(file), type, { 'Cache-Control': 'public, max-age=3600' });
  }

  const server = http.createServer((req, res) => {
    // Only our own origin: a page elsewhere that resolves a name to 127.0.0.1 (DNS rebinding) is refused.
    if (req.headers.host !== host) return send(res, 421, 'Wrong host', 'text/plain');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice('/api/'.length)).catch((error: unknown) => {
        log.error('bridge.failed', { error: error instanceof Error ? error.name : 'unknown' });
        send(res, 500, '{}', 'application/json');
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(res, 200, indexHtml, TYPES['.html']!);
    }
    for (const [prefix, root] of Object.entries(options.extraRoots ?? {})) {
      if (url.pathname.startsWith(prefix)) return serveFile(res, root, url.pathname.slice(prefix.length));
    }
    serveFile(res, rendererDir, url.pathname);
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
