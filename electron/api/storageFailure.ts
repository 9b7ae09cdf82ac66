import { storageCause, type StorageCause } from '../services/storageCause';
import type { KioskFailure } from './result';

/**
 * A database that cannot take the write: the disk is full, the data folder or file has become
 * read-only (a full or failing disk, a changed permission), or another program holds the file.
 * The kiosk goes on, and recovers by itself when writing works again.
 */
const RUN_TIME_FAILURES: Record<StorageCause, KioskFailure> = {
  full: { code: 'storage_full', messageKey: 'errors.storageFull' },
  unwritable: { code: 'storage_unwritable', messageKey: 'errors.storageUnwritable' },
  busy: { code: 'storage_busy', messageKey: 'errors.storageBusy' },
};

export function storageFailure(error: unknown): KioskFailure | null {
  // Only SQLite's refusals: a file-system error here comes from some other file, such as an export.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const cause = storageCause(error);
  return cause ? RUN_TIME_FAILURES[cause] : null;
}
