import type { Database } from 'better-sqlite3';

/**
 * Staff accounts with their PINs (scrypt, salt and parameters kept per row) and lockout state,
 * which must survive a restart; and the audit trail, a chain of SHA-256 hashes whose head is kept
 * apart so that removing the newest entries shows as well.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE staff (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
      pin_hash BLOB NOT NULL,
      pin_salt BLOB NOT NULL,
      pin_params TEXT NOT NULL,
      disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      lockouts INTEGER NOT NULL DEFAULT 0,
      locked_until INTEGER,
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      staff_id INTEGER,
      action TEXT NOT NULL,
      details TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;

    CREATE TABLE audit_head (
      only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
      entries INTEGER NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
  `);
}
