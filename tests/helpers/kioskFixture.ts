import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKioskServices, type KioskServices } from '../../electron/services/kioskServices';
import type { PinHashing } from '../../electron/services/staffAccounts';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const resourcesDir = path.join(repoRoot, 'resources');

/** A fresh, empty data folder for one test. */
export function freshDataDir(prefix = 'kiosk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Real services on a real SQLite file in a fresh data folder. */
export function freshServices(
  env: NodeJS.ProcessEnv = {},
  dataDir = freshDataDir(),
  pinHashing?: PinHashing,
): KioskServices & { dataDir: string } {
  return Object.assign(createKioskServices({ dataDir, resourcesDir, env, pinHashing }), { dataDir });
}
