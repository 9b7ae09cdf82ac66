import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration, TargetConfiguration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder.yml, read and validated by electron-builder itself (the loader and the schema
 * check that `npm run dist` runs first), and held to what the terminals need: the installers, the
 * Electron fuses, the asar archive and better-sqlite3 outside it. No Electron binary is needed.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const CONFIG_FILE = 'electron-builder.yml';

// The app-builder-lib that electron-builder itself depends on, whatever npm hoists.
const fromElectronBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const { getConfig, validateConfiguration } = fromElectronBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = fromElectronBuilder('builder-util') as { DebugLogger: new (isEnabled: boolean) => unknown };
const { getFileMatchers } = fromElectronBuilder('app-builder-lib/out/fileMatcher') as {
  getFileMatchers(
    config: Configuration,
    name: 'asarUnpack',
    defaultDestination: string,
    options: {
      macroExpander: (s: string) => string;
      customBuildOptions: object;
      globalOutDir: string;
      defaultSrc: string;
    },
  ): { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean }[] | null;
};

/** electron-builder's schema check; it throws with the schema's own messages. */
const validate = (config: Configuration) => validateConfiguration(config, new DebugLogger(false));

/** The names of a platform's targets, given as a name, a { target } object, or a list of either. */
const targetNames = (targets: string | TargetConfiguration | (string | TargetConfiguration)[] | null | undefined) =>
  [targets ?? []].flat().map((t) => (typeof t === 'string' ? t : t.target));

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, CONFIG_FILE, null);
});

describe('electron-builder.yml against electron-builder’s own configuration schema', () => {
  it('is valid (a failure lists the schema’s messages)', async () => {
    await validate(structuredClone(config));
  });

  it('would fail on an unknown option, a misspelt fuse or a value of the wrong type', async () => {
    const changed = (change: object) => validate({ ...structuredClone(config), ...change } as Configuration);
    await expect(changed({ asarUnpak: ['x'] })).rejects.toThrow(/unknown property 'asarUnpak'/);
    // electron-builder names only the section for an unknown key inside one.
    await expect(changed({ electronFuses: { ...config.electronFuses, runAsNod: false } })).rejects.toThrow(
      /configuration\.electronFuses should be/,
    );
    await expect(changed({ electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).rejects.toThrow(
      /configuration\.electronFuses\.runAsNode should be a boolean/,
    );
  });
});

describe('the packaged kiosk', () => {
  it('installs on Windows with an NSIS installer for all users of the machine', () => {
    expect(targetNames(config.win?.target)).toContain('nsis');
    expect(config.nsis?.perMachine).toBe(true);
  });

  it('ships for Linux as an AppImage and a deb', () => {
    expect(targetNames(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('flips the Electron fuses that keep the executable from running anything but the kiosk', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packs the app into an asar, with its integrity checked, and better-sqlite3 outside it', () => {
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).toBeFalsy();
    // The same matcher electron-builder uses to decide what goes to app.asar.unpacked.
    const matchers = getFileMatchers(config, 'asarUnpack', path.join(root, 'release', 'app'), {
      macroExpander: (s) => s,
      customBuildOptions: {},
      globalOutDir: path.join(root, 'release'),
      defaultSrc: root,
    });
    const unpacked = matchers?.[0]?.createFilter() ?? (() => false);
    const file = { isDirectory: () => false };
    const inApp = (relative: string) => path.join(root, ...relative.split('/'));
    expect(unpacked(inApp('node_modules/better-sqlite3/build/Release/better_sqlite3.node'), file)).toBe(true);
    expect(unpacked(inApp('node_modules/better-sqlite3/lib/database.js'), file)).toBe(true);
    expect(unpacked(inApp('dist/electron/main.cjs'), file)).toBe(false);
  });
});
