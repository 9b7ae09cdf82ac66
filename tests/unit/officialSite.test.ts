import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decideSiteRequest } from '../../electron/api/officialSites';
import { createBridgeSite, frameSrcFor, siteUrlFor } from '../../electron/bridge/bridgeSite';
import { startKioskBridge } from '../../electron/bridge/kioskBridge';
import type { RunningBridge } from '../../electron/bridge/server';
import { setLogSink } from '../../electron/services/log';
import { SiteVisit } from '../../electron/platform/platform';
import { freshServices, repoRoot } from '../helpers/kioskFixture';

setLogSink(() => {});
const allowed = ['borger.dk', 'mitid.dk'];

describe('the rule for the embedded official site', () => {
  it('lets allowed pages load, in any way a page can be reached', () => {
    for (const kind of ['navigation', 'redirect', 'frame-navigation', 'new-window'] as const) {
      expect(decideSiteRequest(kind, 'https://www.borger.dk/flytning', allowed)).toEqual({ allow: true });
      expect(decideSiteRequest(kind, 'https://mitid.dk/', allowed)).toEqual({ allow: true });
    }
  });

  it('refuses other addresses, look-alikes and anything not https', () => {
    for (const url of [
      'https://evil.example/',
      'https://borger.dk.evil.example/',
      'https://notborger.dk/',
      'http://www.borger.dk/',
      'https://user@www.borger.dk/',
      'https://www.borger.dk:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(decideSiteRequest('navigation', url, allowed), url).toEqual({ allow: false, refusal: 'address' });
    }
  });

  it('refuses every download, saying why: a public terminal keeps no files', () => {
    expect(decideSiteRequest('download', 'https://www.borger.dk/brev.pdf', allowed)).toEqual({
      allow: false,
      refusal: 'download',
    });
    expect(decideSiteRequest('download', 'https://evil.example/x.exe', allowed)).toEqual({
      allow: false,
      refusal: 'address',
    });
  });
});

describe('a visit to the official site', () => {
  it('remembers the last allowed page, reports a refusal with its host only, and goes back', () => {
    const visit = new SiteVisit(allowed);
    expect(visit.status()).toEqual({ state: 'closed' });
    visit.open('https://www.borger.dk/flytning');
    expect(visit.check('navigation', 'https://www.borger.dk/flytning/trin-2?cpr=0101')).toBe(true);
    expect(visit.check('navigation', 'https://evil.example/steal?name=Anna')).toBe(false);
    expect(visit.status()).toEqual({ state: 'blocked', host: 'evil.example', refusal: 'address' });
    expect(visit.returnTo()).toBe('https://www.borger.dk/flytning/trin-2?cpr=0101');
    expect(visit.status()).toEqual({ state: 'open', host: 'www.borger.dk' });
    visit.forget();
    expect(visit.status()).toEqual({ state: 'closed' });
    expect(visit.returnTo()).toBeNull();
  });
});

describe('the browser bridge stand-in for the official site', () => {
  it('maps real addresses to the stand-in and back', () => {
    expect(frameSrcFor('https://www.borger.dk/flytning?x=1')).toBe('/official-site/www.borger.dk/flytning?x=1');
    expect(siteUrlFor('/official-site/www.borger.dk/flytning', '?x=1')).toBe('https://www.borger.dk/flytning?x=1');
    expect(siteUrlFor('/official-site/mitid.dk', '')).toBe('https://mitid.dk/');
    expect(siteUrlFor('/official-site/a b/', '')).toBeNull();
    expect(siteUrlFor('/official-site/user@borger.dk/', '')).toBeNull();
  });

  it('judges each request by the same rule as Electron', () => {
    const site = createBridgeSite(allowed);
    expect(site.show('https://www.borger.dk/', { x: 0, y: 0, width: 1, height: 1 })).toEqual({
      display: 'frame',
      src: '/official-site/www.borger.dk/',
    });
    expect(site.request('/official-site/www.borger.dk/next/', '')).toBe(true);
    expect(site.request('/official-site/borger.dk.evil.example/', '')).toBe(false);
    expect(site.status()).toEqual({ state: 'blocked', host: 'borger.dk.evil.example', refusal: 'address' });
    expect(site.back()).toEqual({ display: 'frame', src: '/official-site/www.borger.dk/next/' });
    expect(site.request('/official-site/www.borger.dk/next/brev.pdf', '')).toBe(false);
    expect(site.status()).toEqual({ state: 'blocked', host: 'www.borger.dk', refusal: 'download' });
    site.close();
    expect(site.status()).toEqual({ state: 'closed' });
  });
});

describe('the bridge serving the stand-in', () => {
  const running: RunningBridge[] = [];
  afterEach(async () => Promise.all(running.splice(0).map((b) => b.close())));

  const get = (url: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      http
        .get(url, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        })
        .on('error', reject);
    });

  it('serves allowed pages framable by the kiosk only, and answers refused ones with 204', async () => {
    const services = freshServices();
    const bridge = await startKioskBridge(services, { rendererDir: path.join(repoRoot, 'dist', 'renderer') });
    running.push(bridge);

    const page = await get(`${bridge.url}official-site/www.borger.dk/flytning/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<main>');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");

    const refused = await get(`${bridge.url}official-site/evil.example/`);
    expect(refused.status).toBe(204);
    expect(refused.body).toBe('');

    // The kiosk page itself may frame its own origin only, in the header and in the meta tag alike.
    const index = await get(bridge.url);
    expect(index.headers['content-security-policy']).toContain("frame-src 'self'");
    expect(index.body).toMatch(/Content-Security-Policy"\s+content="[^"]*frame-src 'self'"/);
    services.close();
  });
});
