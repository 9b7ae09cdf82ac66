import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { freshDataDir } from './kioskFixture';

/**
 * A read-only view of a folder, by a read-only bind mount: unlike file permissions, it binds
 * root too (the tests run as root in CI). Linux only, and only where mounting is allowed.
 */
export function readOnlyView(dir: string): { dir: string; release: () => void } {
  const view = freshDataDir('kiosk-read-only-');
  execFileSync('mount', ['--bind', dir, view]);
  try {
    execFileSync('mount', ['-o', 'remount,bind,ro', view]);
  } catch (error) {
    execFileSync('umount', [view]);
    throw error;
  }
  return {
    dir: view,
    release: () => {
      execFileSync('umount', [view]);
      fs.rmdirSync(view);
    },
  };
}

/** Whether this machine lets the tests make a read-only view (root on Linux with mount). */
export function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    readOnlyView(freshDataDir('kiosk-mount-check-')).release();
    return true;
  } catch {
    return false;
  }
}
