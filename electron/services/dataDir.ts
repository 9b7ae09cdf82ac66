import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Borgerkiosk';

/**
 * Where Electron keeps the app's data (app.getPath('userData')), computed without Electron so the
 * browser preview and the admin tools find the same folder as the kiosk.
 */
export function appDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
}

/** KIOSK_DATA_DIR wins (preview, tests, admins); otherwise the app's own data folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, fallback: string): string {
  const fromEnv = env.KIOSK_DATA_DIR?.trim();
  return path.resolve(fromEnv ? fromEnv : fallback);
}
