/**
 * What stops the data folder taking a write, when the cause is the storage rather than the data:
 * a full disk, a folder or file that cannot be written (read-only, permissions, a failing disk),
 * or the database held by another program (a backup tool, an administrator's SQLite shell). None
 * of these means the database is damaged, and each passes once the cause is gone.
 */
export type StorageCause = 'full' | 'unwritable' | 'busy';

export function storageCause(error: unknown): StorageCause | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  // SQLite's own codes (better-sqlite3 gives the extended ones, such as SQLITE_IOERR_WRITE)...
  if (code === 'SQLITE_FULL') return 'full';
  if (/^SQLITE_(READONLY|CANTOPEN|IOERR|PERM)/.test(code)) return 'unwritable';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'busy';
  // ...and the file system's, from creating the data folder or moving files in it.
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'unwritable';
  return null;
}
