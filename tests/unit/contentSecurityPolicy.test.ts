import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/window/contentSecurityPolicy';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values] as const;
  }),
);

it('allows no inline code and no eval', () => {
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/);
});

it('denies by default and allows only the app itself', () => {
  expect(directives.get('default-src')).toEqual(["'none'"]);
  for (const name of ['script-src', 'style-src', 'font-src', 'connect-src'])
    expect(directives.get(name)).toEqual(["'self'"]);
  expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
  for (const name of ['base-uri', 'form-action', 'frame-ancestors', 'object-src'])
    expect(directives.get(name)).toEqual(["'none'"]);
});
