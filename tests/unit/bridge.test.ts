import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startKioskBridge } from '../../electron/bridge/kioskBridge';
import { type RunningBridge } from '../../electron/bridge/server';
import { setLogSink } from '../../electron/services/log';
import { withLanguagePreload } from '../../electron/window/languagePreload';
import { freshServices, repoRoot } from '../helpers/kioskFixture';

setLogSink(() => {});
const rendererDir = path.join(repoRoot, 'dist', 'renderer');
const running: RunningBridge[] = [];
afterEach(async () => Promise.all(running.splice(0).map((b) => b.close())));

async function bridgeWithServices() {
  const services = freshServices();
  const bridge = await startKioskBridge(services, { rendererDir });
  running.push(bridge);
  return { services, bridge };
}

/** A raw request, so the Host header can be set as a hostile page would. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser bridge', () => {
  it('listens on 127.0.0.1 only and serves the page with its token and a strict CSP', async () => {
    const { bridge } = await bridgeWithServices();
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await request(bridge.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="kiosk-bridge-token" content="${bridge.token}" />`);
    expect(page.body).toMatch(/<link rel="modulepreload" crossorigin href="\.\/assets\/kiosk-[\w-]+\.js" \/>/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe');
  });

  it('carries API calls that bring the token, into the real services', async () => {
    const { bridge, services } = await bridgeWithServices();
    const answer = await request(`${bridge.url}api/session.start`, {
      method: 'POST',
      headers: { 'x-kiosk-token': bridge.token, 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'so' }),
    });
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { sessionId: 1 } });
    expect(services.citizenSessions.get(1)?.languages).toEqual(['so']);
  });

  it('refuses calls without the token, from another host name, or with a broken body, and writes nothing', async () => {
    const { bridge, services } = await bridgeWithServices();
    const url = `${bridge.url}api/session.start`;
    const body = JSON.stringify({ language: 'da' });
    expect((await request(url, { method: 'POST', body })).status).toBe(403);
    expect((await request(url, { method: 'POST', headers: { 'x-kiosk-token': 'guess' }, body })).status).toBe(403);
    const rebinding = await request(url, {
      method: 'POST',
      headers: { 'x-kiosk-token': bridge.token, host: 'attacker.example' },
      body,
    });
    expect(rebinding.status).toBe(421);
    // A frame that is not the app's page: the site panel's sandboxed frame sends Origin "null".
    for (const origin of ['null', 'https://evil.example']) {
      const framed = await request(url, { method: 'POST', headers: { 'x-kiosk-token': bridge.token, origin }, body });
      expect(framed.status, origin).toBe(403);
    }
    const broken = await request(url, { method: 'POST', headers: { 'x-kiosk-token': bridge.token }, body: '{"lang' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const huge = await request(url, {
      method: 'POST',
      headers: { 'x-kiosk-token': bridge.token },
      body: JSON.stringify({ language: 'x'.repeat(300_000) }),
    }).catch(() => ({ status: 413 }));
    expect(huge.status).toBe(413);
    expect(services.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(0);
  });

  it('never serves a file outside the renderer folder', async () => {
    const { bridge } = await bridgeWithServices();
    for (const attempt of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      expect((await request(bridge.url.slice(0, -1) + attempt)).status, attempt).toBe(404);
    }
    const asset = (await request(bridge.url)).body.match(/src="\.\/(assets\/index-[\w-]+\.js)"/)![1];
    expect((await request(bridge.url + asset)).status).toBe(200);
  });
});

describe('the default language hint', () => {
  it('adds a modulepreload for the language chunk, and leaves the page alone when there is no manifest', () => {
    const page = '<html><head><title>x</title></head></html>';
    expect(withLanguagePreload(page, rendererDir, 'ar')).toMatch(
      /rel="modulepreload" crossorigin href="\.\/assets\/kiosk-/,
    );
    expect(withLanguagePreload(page, rendererDir, 'xx')).toBe(page);
    expect(withLanguagePreload(page, '/nowhere', 'da')).toBe(page);
  });
});
