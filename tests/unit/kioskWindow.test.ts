import { expect, it } from 'vitest';
import { devToolsAllowed, kioskWindowOptions } from '../../electron/window/kioskWindow';

it('builds a locked-down kiosk window', () => {
  const options = kioskWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
  expect(options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true, show: false });
  expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  expect(options.webPreferences).toEqual({
    preload: '/app/dist/electron/preload.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  });
});

it('allows devTools only when KIOSK_DEV=1', () => {
  expect(devToolsAllowed({})).toBe(false);
  expect(devToolsAllowed({ KIOSK_DEV: '0' })).toBe(false);
  expect(devToolsAllowed({ KIOSK_DEV: 'true' })).toBe(false);
  expect(devToolsAllowed({ KIOSK_DEV: '1' })).toBe(true);
  expect(kioskWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
});
