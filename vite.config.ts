import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * One config, three builds:
 *   vite build                 the renderer (React) into dist/renderer
 *   vite build --mode main     the Electron main process into dist/electron/main.cjs (with the
 *                              admin command line, which the installed kiosk runs with --admin)
 *   vite build --mode preload  the preload script into dist/electron/preload.cjs
 * The main process keeps node_modules external (better-sqlite3 is native); the preload runs
 * sandboxed, where require() only knows 'electron', so everything else is bundled into it.
 */
function electronBuild(entry: string, fileName: string, bundleDependencies: boolean): UserConfig {
  return {
    build: {
      ssr: entry,
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node20',
      sourcemap: true,
      minify: false,
      rolldownOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: fileName },
      },
    },
    ssr: bundleDependencies ? { noExternal: true } : {},
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'main') return electronBuild('electron/main.ts', 'main.cjs', false);
  if (mode === 'preload') return electronBuild('electron/preload.ts', 'preload.cjs', true);
  return {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      target: 'chrome120',
      // The kiosk's Content-Security-Policy forbids inline scripts and styles, so nothing is inlined.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      // The benchmark reads the manifest to tell the initial JavaScript from the per-language chunks.
      manifest: true,
    },
  };
});
