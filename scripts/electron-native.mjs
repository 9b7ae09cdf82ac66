#!/usr/bin/env node
/**
 * Builds better-sqlite3 for the installed Electron into build/native/electron/better_sqlite3.node,
 * which electron/main.ts loads in development. node_modules/better-sqlite3 stays built for Node, so
 * `npm test` and `npm start` both work, in either order: the rebuild happens on a copy in
 * build/native/electron-src. Runs before `electron .` (npm prestart) and needs network the first
 * time for each Electron version (a prebuilt binary, or Electron's headers and a C++ toolchain).
 * Packaged apps do not use this: electron-builder rebuilds the module itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');
const srcDir = path.join(root, 'build', 'native', 'electron-src');
const outDir = path.join(root, 'build', 'native', 'electron');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');

function versionOf(packageDir, what) {
  const file = path.join(packageDir, 'package.json');
  if (!fs.existsSync(file))
    throw new Error(`${what} is not installed (${path.relative(root, file)} is missing); run npm install.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

/** Everything the built file depends on: a change to any of them means building again. */
function wantedStamp() {
  return {
    electron: versionOf(path.join(root, 'node_modules', 'electron'), 'Electron'),
    betterSqlite3: versionOf(moduleDir, 'better-sqlite3'),
    platform: process.platform,
    arch: process.arch,
  };
}

function isUpToDate(stamp) {
  if (!fs.existsSync(outFile) || !fs.existsSync(stampFile)) return false;
  try {
    return JSON.stringify(JSON.parse(fs.readFileSync(stampFile, 'utf8'))) === JSON.stringify(stamp);
  } catch {
    return false;
  }
}

/** A private copy of the module with a minimal project around it, so the rebuild cannot reach node_modules. */
function prepareCopy(stamp) {
  fs.rmSync(srcDir, { recursive: true, force: true });
  const copy = path.join(srcDir, 'node_modules', 'better-sqlite3');
  // Without its build/ folder: the Node binary there must not be mistaken for the Electron one.
  fs.cpSync(moduleDir, copy, {
    recursive: true,
    filter: (source) => path.relative(moduleDir, source).split(path.sep)[0] !== 'build',
  });
  const manifest = {
    name: 'borgerkiosk-electron-native',
    private: true,
    version: '0.0.0',
    dependencies: { 'better-sqlite3': stamp.betterSqlite3 },
  };
  fs.writeFileSync(path.join(srcDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return copy;
}

async function main() {
  const stamp = wantedStamp();
  if (isUpToDate(stamp)) {
    console.log(`electron-native: better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} is up to date.`);
    return;
  }
  console.log(
    `electron-native: building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (${stamp.platform}-${stamp.arch})...`,
  );
  // A module for another Electron must not survive a failed build: it would crash at load instead.
  fs.rmSync(outFile, { force: true });
  fs.rmSync(stampFile, { force: true });
  const copy = prepareCopy(stamp);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: srcDir,
    // The search for modules stops here, so node_modules/better-sqlite3 is never rebuilt in place.
    projectRootPath: srcDir,
    electronVersion: stamp.electron,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(built)) throw new Error(`the rebuild finished but ${path.relative(root, built)} does not exist.`);

  fs.mkdirSync(outDir, { recursive: true });
  // Copy then rename, so an interrupted run never leaves a half-written module behind.
  fs.copyFileSync(built, `${outFile}.tmp`);
  fs.renameSync(`${outFile}.tmp`, outFile);
  fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  console.log(`electron-native: wrote ${path.relative(root, outFile)}.`);
}

main().catch((error) => {
  console.error(
    `electron-native: could not build better-sqlite3 for Electron: ${error instanceof Error ? error.message : error}`,
  );
  console.error(
    'electron-native: this needs network access the first time for each Electron version (a prebuilt binary, ' +
      'or Electron headers plus a C++ toolchain). node_modules/better-sqlite3 was not changed; npm test still works.',
  );
  process.exitCode = 1;
});
