import { storageCause } from '../services/storageCause';
import type { KioskFailure } from './result';

/**
 * A database that cannot take the write: the disk is full, the data folder or file has become
 * read-only (a full or failing disk, a changed permission), or another program holds the file.
 * The kiosk goes on, and recovers by itself when writing works again.
 */
export function storageFailure(error: unknown): KioskFailure | null {
  // Only SQLite's refusals: a file-system error here comes from some other file, such as an export.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const cause = storageCause(error);
  if (cause === 'full') return { code: 'storage_full', messageKey: 'errors.storageFull' };
  if (cause === 'unwritable') return { code: 'storage_unwritable', messageKey: 'errors.storageUnwritable' };
  // Another program (a backup tool) held the file past the busy timeout: the same, until it lets go.
  if (cause === 'busy') return { code: 'storage_busy', messageKey: 'errors.storageBusy' };
  return null;
}
