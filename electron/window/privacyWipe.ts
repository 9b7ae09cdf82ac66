import fs from 'node:fs';
import path from 'node:path';
import type { Clipboard, Session } from 'electron';
import { log } from '../services/log';

/**
 * The Electron half of forgetting a citizen (the browser bridge does its half with
 * Clear-Site-Data). Thin wiring over Electron's own clearing calls; tested against the recording
 * stand-in for 'electron'.
 */

type WipeableSession = Pick<Session, 'clearStorageData' | 'clearCache' | 'clearAuthCache' | 'clearHostResolverCache'>;

export interface PrivacyWipeTargets {
  /** The app's own session and every official-site session opened since the kiosk started. */
  sessions: () => Iterable<WipeableSession>;
  clipboard: Pick<Clipboard, 'clear'> & { readonly selection?: Pick<Clipboard, 'clear'> };
  /** Downloads and print files live here, inside the data folder; emptied, never removed. */
  tempDir: string;
}

/** Everything inside `dir`, removed; the folder itself stays (and is made if missing). */
export function emptyFolder(dir: string): number {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const entries = fs.readdirSync(dir);
  for (const entry of entries) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  return entries.length;
}

export async function wipePrivacy(targets: PrivacyWipeTargets): Promise<void> {
  const started = Date.now();
  for (const session of targets.sessions()) {
    // No `storages` option: every kind (cookies, local storage, IndexedDB, cache storage, service
    // workers, file systems, shader cache) for every origin in the session.
    await Promise.all([
      session.clearStorageData(),
      session.clearCache(),
      session.clearAuthCache(),
      session.clearHostResolverCache(),
    ]);
  }
  targets.clipboard.clear();
  // Linux has a second clipboard: whatever was last selected with the mouse (undefined elsewhere).
  targets.clipboard.selection?.clear();
  const files = emptyFolder(targets.tempDir);
  log.info('privacy.wiped', { files, ms: Date.now() - started });
}
