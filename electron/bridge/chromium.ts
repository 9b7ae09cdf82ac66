import fs from 'node:fs';

/**
 * The Chromium that previews, tests and benchmarks drive: CHROMIUM_PATH if set, Debian's
 * /usr/bin/chromium where present, else undefined so Playwright uses its own downloaded browser.
 */
export function findChromium(env = process.env): string | undefined {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => !!c && fs.existsSync(c));
}

/** Flags that keep Chromium quiet on a closed network and working as root in CI containers. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
