import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/window/contentSecurityPolicy';

/**
 * The page gives its Content-Security-Policy no cause to object: the cheap, static half of the
 * end-to-end rule that no screen may cause a securitypolicyviolation (tests/e2e/cspViolations.ts).
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const pages = [path.join(root, 'renderer', 'index.html'), path.join(root, 'dist', 'renderer', 'index.html')].filter(
  (file) => fs.existsSync(file),
);

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );

const metaPolicy = (html: string) =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];

describe.each(pages.map((file) => [path.relative(root, file), file]))('%s', (_name, file) => {
  const html = fs.readFileSync(file, 'utf8');

  it('carries the same policy as the header (less frame-ancestors, which a meta tag cannot carry)', () => {
    // Both are enforced: a directive in one and not the other would refuse what the other allows.
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(metaPolicy(html) ?? '')).toEqual(header);
  });

  it('has no inline script, style, event handler or javascript: address, and loads only its own files', () => {
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style[\s>]/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    const addresses = [...html.matchAll(/\s(?:src|href)="([^"]*)"/gi)].map((m) => m[1]!);
    for (const address of addresses) expect(address).toMatch(/^(\.\/|\/(?!\/)|data:)/);
  });
});

it('checks the page source always, and the built page (npm test builds it first) when there is one', () => {
  expect(pages[0]).toBe(path.join(root, 'renderer', 'index.html'));
});

describe("the renderer's own code", () => {
  const sources = (fs.readdirSync(path.join(root, 'renderer', 'src'), { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => [file, fs.readFileSync(path.join(root, 'renderer', 'src', file), 'utf8')] as const);

  // Each of these either runs a string as code ('unsafe-eval') or makes markup or styles inline
  // ('unsafe-inline'), which the policy refuses. React's style={{...}} sets styles through the
  // CSSOM, which the policy allows.
  const refused = [
    { what: 'eval', pattern: /\beval\s*\(/ },
    { what: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
    { what: 'a timer given a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
    { what: 'a <style> element', pattern: /createElement\(\s*['"]style['"]/ },
    { what: 'a style attribute', pattern: /setAttribute\(\s*['"]style['"]/ },
    {
      what: 'markup from a string',
      pattern: /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/,
    },
  ];

  it.each(refused)('never uses $what', ({ what, pattern }) => {
    const found = sources.filter(([, text]) => pattern.test(text)).map(([file]) => file);
    expect(found, `${what} in renderer/src`).toEqual([]);
  });
});
