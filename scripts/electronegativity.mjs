#!/usr/bin/env node
/**
 * Electronegativity over the app as it ships: package.json, the main process and preload sources
 * (electron/) and the page (renderer/, whose index.html carries the Content-Security-Policy the
 * scanner evaluates). Exits 1 on any finding of MEDIUM severity or above, and on any file it could
 * not parse (a file it cannot read is a file it did not check). Runs in CI (.ci/run) as
 * `npm run security:electron`; needs nothing built and no network.
 *
 * A finding that is not a real problem is suppressed where it is found, with electronegativity's own
 * inline comment on the flagged line (a block comment reading `eng-disable CHECK_ID`) and the reason
 * beside it. Prettier moves a comment that trails an opening bracket to the next line, so put it
 * before the flagged expression: `return <comment> new BrowserWindow({`.
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** What is scanned, relative to the project; tests/, the built output and node_modules are not the app's source. */
const SCANNED = ['package.json', 'electron', 'renderer'];

/**
 * Checks left out of the run, each with its reason.
 * - AvailableSecurityFixesGlobalCheck downloads Electron's release list on every run to say whether a
 *   newer patch release has security fixes. CI has no route to it, and a check whose answer changes
 *   with the day is no gate; Electron is kept current through the ordinary dependency updates.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const FAILING = 'MEDIUM';

/**
 * Electronegativity fetches fresh translations of its messages from the internet before every run
 * and waits for the request to fail (three seconds where there is no network). Its English messages
 * ship in the package: load those instead, so the run is offline, quick and the same every time.
 */
function useBundledMessages() {
  let file;
  try {
    file = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  } catch {
    return; // another layout: let it fetch, as it would from its own command line
  }
  const i18n = createRequire(file)('i18n');
  const bundled = new Module(file);
  bundled.filename = file;
  bundled.loaded = true;
  bundled.exports = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(file),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  require.cache[file] = bundled;
}

/** The scanned files, copied as they are (same relative paths, so findings name the real files). */
function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
  for (const entry of SCANNED) fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  return dir;
}

/** The Electron the project installs, so version-dependent defaults (sandbox, contextIsolation) are judged right. */
function electronVersion() {
  return JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

const describe = (issue) =>
  `${issue.severity.name} (${issue.confidence.name}) ${issue.id} at ${issue.file}:${issue.location.line}:${issue.location.column}` +
  `${issue.sample ? `\n    ${issue.sample}` : ''}\n    ${issue.description}` +
  `\n    https://github.com/doyensec/electronegativity/wiki/${issue.id}`;

async function main() {
  const started = performance.now();
  useBundledMessages();
  const { default: run } = await import('@doyensec/electronegativity');
  const { severity } = require('@doyensec/electronegativity/dist/finder/attributes.js');
  const input = stage();
  let result;
  try {
    result = await run(
      {
        input,
        isRelative: true,
        electronVersionOverride: electronVersion(),
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    fs.rmSync(input, { recursive: true, force: true });
  }

  const unparsed = result.errors.filter((error) => !error.tolerable);
  for (const warning of result.errors.filter((error) => error.tolerable))
    console.log(`note: ${path.relative(input, warning.file)}: ${warning.message}`);
  const failing = result.issues.filter((issue) => issue.severity.value >= severity[FAILING].value);
  const below = result.issues.filter((issue) => issue.severity.value < severity[FAILING].value);

  for (const issue of below) console.log(`below ${FAILING}, for review: ${describe(issue)}`);
  for (const error of unparsed)
    console.error(`not checked, could not parse ${path.relative(input, error.file)}: ${error.message}`);
  for (const issue of failing) console.error(`FINDING ${describe(issue)}`);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const checks = `${result.atomicChecks + result.globalChecks} checks`;
  if (failing.length > 0 || unparsed.length > 0) {
    console.error(
      `electronegativity: ${failing.length} finding(s) of ${FAILING} severity or above, ${unparsed.length} file(s) not parsed ` +
        `(${checks}, ${seconds} s). Fix each, or suppress it on its line with /* eng-disable <CHECK_ID> */ and say why beside it.`,
    );
    process.exit(1);
  }
  console.log(
    `electronegativity: no finding of ${FAILING} severity or above (${checks}, ${below.length} below, ${seconds} s).`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
