import type { KioskFailure } from './result';

/**
 * A database that cannot take the write: the disk is full, or the data folder or file has
 * become read-only (a full or failing disk, a changed permission, a backup tool's lock). The
 * kiosk goes on, and recovers by itself when writing works again.
 */
export function storageFailure(error: unknown): KioskFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') return { code: 'storage_full', messageKey: 'errors.storageFull' };
  if (/^SQLITE_(READONLY|CANTOPEN|IOERR|PERM)/.test(code)) {
    return { code: 'storage_unwritable', messageKey: 'errors.storageUnwritable' };
  }
  return null;
}
