import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/kioskFixture';
import { APP_URL, resolveAppFile, serveAppFile } from '../../electron/window/appProtocol';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-renderer-'));
fs.mkdirSync(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
fs.writeFileSync(path.join(root, 'assets', 'notes.exe'), 'MZ');

describe('resolveAppFile', () => {
  it('maps kiosk://app/ paths into the renderer folder', () => {
    expect(resolveAppFile(root, APP_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'kiosk://app/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'kiosk://app/assets/app.js?v=1#x')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAppFile(root, 'kiosk://app/assets/my%20file.js')).toBe(path.join(root, 'assets', 'my file.js'));
  });

  it.each([
    'kiosk://app/..%2f..%2fetc%2fpasswd',
    'kiosk://app/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'kiosk://app/assets/..%2F..%2F..%2Fsecret',
    'kiosk://app/..%5c..%5csecret',
    'kiosk://app/assets%5c..%5c..%5csecret',
    'kiosk://app/%252e%252e/secret',
    'kiosk://app/index.html%00.js',
    'kiosk://app/%E0%A4%A',
  ])('refuses encoded traversal and bad encodings: %s', (url) => {
    const resolved = resolveAppFile(root, url);
    // %252e%252e decodes once to the literal name "%2e%2e", which stays inside the folder.
    if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    if (!url.includes('%252e')) expect(resolved).toBeNull();
  });

  it('never leaves the folder for plain "..", which the URL parser already folds away', () => {
    for (const url of [
      'kiosk://app/../../etc/passwd',
      'kiosk://app/assets/../../../secret',
      'kiosk://app/%2e%2e/%2e%2e/secret',
    ]) {
      const resolved = resolveAppFile(root, url);
      expect(resolved === null || resolved.startsWith(root + path.sep), url).toBe(true);
    }
  });

  it.each([
    'kiosk://other/index.html',
    'https://app/index.html',
    'file:///index.html',
    'kiosk://user@app/index.html',
    'not a url',
  ])('refuses other schemes, hosts and user info: %s', (url) => expect(resolveAppFile(root, url)).toBeNull());
});

describe('serveAppFile', () => {
  it('serves files with their type and the security headers', async () => {
    const response = await serveAppFile(root, 'kiosk://app/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await response.text()).toBe('export {};');
  });

  it('answers 404, still with the CSP, for missing files, unknown types and traversal', async () => {
    for (const url of [
      'kiosk://app/missing.js',
      'kiosk://app/assets/notes.exe',
      'kiosk://app/..%2fsecret.html',
      'kiosk://app/assets',
    ]) {
      const response = await serveAppFile(root, url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBeTruthy();
    }
  });

  it("hints the default language's words in the page, from the real build", async () => {
    const built = path.join(repoRoot, 'dist', 'renderer');
    const page = await (await serveAppFile(built, 'kiosk://app/index.html', 'fa')).text();
    expect(page).toMatch(/<link rel="modulepreload" crossorigin href="\.\/assets\/kiosk-[\w-]+\.js" \/>/);
    const plain = await (await serveAppFile(built, 'kiosk://app/index.html')).text();
    expect(plain).not.toMatch(/modulepreload[^>]*kiosk-/);
  });
});
