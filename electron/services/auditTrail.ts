import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** What staff did, in words the audit keeps: never personal data, only ids, counts and kinds. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEntry {
  id: number;
  at: number;
  staffId: number | null;
  action: string;
  details: AuditDetails;
}

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBroken: number; why: 'altered' | 'out-of-chain' | 'head-mismatch' };

const GENESIS = '0'.repeat(64);

interface AuditRow {
  id: number;
  at: number;
  staff_id: number | null;
  action: string;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The hash of one entry: SHA-256 over its own content and the hash of the entry before it. */
export function entryHash(row: Omit<AuditRow, 'hash'>): string {
  const content = JSON.stringify([row.id, row.at, row.staff_id, row.action, row.details, row.prev_hash]);
  return crypto.createHash('sha256').update(content, 'utf8').digest('hex');
}

/**
 * The audit trail: every staff action appended as a row that carries a SHA-256 hash over its
 * content and the previous row's hash. Changing, removing or slipping in a row breaks the chain
 * from that row on; the head (count and last hash, kept in its own table) shows removed newest
 * rows. It makes tampering evident, not impossible: someone who can rewrite the whole file can
 * rewrite the chain too, which is why backups and the admin's `audit verify` matter.
 */
export function createAuditTrail(db: Database, now: () => number = Date.now) {
  const last = db.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const insert = db.prepare(
    'INSERT INTO audit_log (id, at, staff_id, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const setHead = db.prepare(
    'INSERT INTO audit_head (only_row, entries, hash) VALUES (1, ?, ?) ON CONFLICT (only_row) DO UPDATE SET entries = excluded.entries, hash = excluded.hash',
  );
  const head = db.prepare<[], { entries: number; hash: string }>('SELECT entries, hash FROM audit_head');

  return {
    /** Appends one entry; runs inside the caller's transaction when there is one. */
    append: db.transaction((staffId: number | null, action: string, details: AuditDetails = {}): number => {
      const previous = last.get();
      const row = {
        id: (previous?.id ?? 0) + 1,
        at: now(),
        staff_id: staffId,
        action,
        details: JSON.stringify(details),
        prev_hash: previous?.hash ?? GENESIS,
      };
      const hash = entryHash(row);
      insert.run(row.id, row.at, row.staff_id, row.action, row.details, row.prev_hash, hash);
      setHead.run(row.id, hash);
      return row.id;
    }),

    /** Walks the whole chain; reports the first entry that does not hold. */
    verify(): AuditVerification {
      let expectedPrev = GENESIS;
      let expectedId = 1;
      let entries = 0;
      for (const row of db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id').iterate()) {
        if (row.id !== expectedId || row.prev_hash !== expectedPrev) {
          return { ok: false, entries, firstBroken: row.id, why: 'out-of-chain' };
        }
        if (entryHash(row) !== row.hash) return { ok: false, entries, firstBroken: row.id, why: 'altered' };
        expectedPrev = row.hash;
        expectedId += 1;
        entries += 1;
      }
      const recorded = head.get() ?? { entries: 0, hash: GENESIS };
      // The head disagrees: newest entries removed (the first missing one) or added (the first extra one).
      if (recorded.entries !== entries || recorded.hash !== expectedPrev) {
        return { ok: false, entries, firstBroken: Math.min(entries, recorded.entries) + 1, why: 'head-mismatch' };
      }
      return { ok: true, entries };
    },

    entries(): AuditEntry[] {
      return db
        .prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id')
        .all()
        .map((r) => ({ id: r.id, at: r.at, staffId: r.staff_id, action: r.action, details: JSON.parse(r.details) }));
    },
  };
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;
