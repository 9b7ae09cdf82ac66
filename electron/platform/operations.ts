import fs from 'node:fs';
import path from 'node:path';
import { app, powerSaveBlocker } from 'electron';
import type { KioskConfig } from '../services/config';
import { log } from '../services/log';
import { isOpenAt, isRestartDue } from '../services/schedule';

/**
 * The kiosk's working day on the machine: started at login, its display awake while the centre
 * is open, and restarted once a day when nobody is using it. Thin wiring over the pure rules in
 * services/schedule.ts; tested against the recording stand-in for 'electron'.
 */

type Operations = KioskConfig['operations'];

/** The Linux autostart entry (XDG): the desktop starts the kiosk when the kiosk account logs in. */
export function autostartEntry(executable: string): string {
  // Desktop-entry Exec needs quotes around a path with spaces, and backslashes and quotes escaped.
  const quoted = `"${executable.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Borgerkiosk',
    `Exec=${quoted}`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Windows: a login item for this user; Linux: ~/.config/autostart/borgerkiosk.desktop. */
export function applyStartAtLogin(enabled: boolean, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32' || platform === 'darwin') {
    app.setLoginItemSettings({ openAtLogin: enabled });
  } else if (platform === 'linux') {
    const file = path.join(app.getPath('appData'), 'autostart', 'borgerkiosk.desktop');
    if (enabled) {
      // An AppImage runs from a temporary mount; APPIMAGE names the file itself.
      const executable = process.env.APPIMAGE ?? process.execPath;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, autostartEntry(executable));
    } else {
      fs.rmSync(file, { force: true });
    }
  }
  log.info('operations.startAtLogin', { enabled, platform });
}

export interface WorkingDay {
  operations: Operations;
  /** True while a citizen or staff member is using the kiosk: no restart under them. */
  busy: () => boolean;
  /** Closes the services and relaunches (the same as an administrator's restart). */
  restart: () => void;
  now?: () => Date;
}

/** Checks once a minute; returns a stop function. */
export function followWorkingDay({ operations, busy, restart, now = () => new Date() }: WorkingDay): () => void {
  const startedAt = now();
  let blocker: number | null = null;

  const check = () => {
    const at = now();
    const open = isOpenAt(at, operations.openingHours);
    if (open && blocker === null) {
      blocker = powerSaveBlocker.start('prevent-display-sleep');
      log.info('operations.displayKeptAwake');
    } else if (!open && blocker !== null) {
      powerSaveBlocker.stop(blocker);
      blocker = null;
      log.info('operations.displayMaySleep');
    }
    if (isRestartDue(at, startedAt, operations.dailyRestart) && !busy()) {
      log.info('operations.dailyRestart', { at: operations.dailyRestart });
      restart();
    }
  };

  check();
  const timer = setInterval(check, 60_000);
  return () => {
    clearInterval(timer);
    if (blocker !== null) powerSaveBlocker.stop(blocker);
  };
}
