import type { BrowserWindowConstructorOptions } from 'electron';

export interface KioskWindowSettings {
  /** dist/electron/preload.cjs: the only bridge between the page and the main process. */
  preloadPath: string;
  devTools: boolean;
}

/** Developer tools only when a developer asks for them; a public terminal never offers them. */
export function devToolsAllowed(env: NodeJS.ProcessEnv): boolean {
  return env.KIOSK_DEV === '1';
}

/** Matches the renderer's background, so nothing flashes before the first paint. */
export const KIOSK_BACKGROUND = '#ffffff';

/**
 * The kiosk window: full screen, no way out, and a page with no Node, no webviews and no way
 * around web security. Hidden until ready-to-show so a citizen never sees a blank window.
 */
export function kioskWindowOptions({ preloadPath, devTools }: KioskWindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Borgerkiosk',
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: KIOSK_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools,
      navigateOnDragDrop: false,
      // A page that opens dialogs in a loop cannot lock the terminal.
      safeDialogs: true,
    },
  };
}
