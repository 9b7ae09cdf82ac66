import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { setLogSink } from '../../electron/services/log';
import { createAuditTrail, entryHash } from '../../electron/services/auditTrail';
import { freshServices } from '../helpers/kioskFixture';

setLogSink(() => {});

/** A kiosk database with five audit entries, and a second connection that edits the file directly. */
function trailWithEntries() {
  const services = freshServices();
  for (let i = 1; i <= 5; i++) services.audit.append(i % 2, 'staff.login', { attempt: i });
  services.close();
  const file = path.join(services.dataDir, 'kiosk.db');
  const db = new Database(file);
  return { db, audit: createAuditTrail(db) };
}

/** Writes entry `id` straight into the file, chained to entry id - 1 with a hash that fits its content. */
function forgeEntry(db: Database.Database, id: number) {
  const previous = db.prepare<[number], { hash: string }>('SELECT hash FROM audit_log WHERE id = ?').get(id - 1)!;
  const forged = { id, at: Date.now(), staff_id: 1, action: 'staff.login', details: '{}', prev_hash: previous.hash };
  db.prepare(
    'INSERT INTO audit_log (id, at, staff_id, action, details, prev_hash, hash) VALUES (@id, @at, @staff_id, @action, @details, @prev_hash, @hash)',
  ).run({ ...forged, hash: entryHash(forged) });
}

describe('the audit trail', () => {
  it('chains every entry to the one before and verifies a whole chain', () => {
    const { db, audit } = trailWithEntries();
    expect(audit.verify()).toEqual({ ok: true, entries: 5 });
    const rows = db.prepare<[], { prev_hash: string; hash: string }>('SELECT * FROM audit_log ORDER BY id').all();
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(5);
  });

  it('finds a row altered in the file', () => {
    const { db, audit } = trailWithEntries();
    db.prepare("UPDATE audit_log SET action = 'staff.loginFailed' WHERE id = 3").run();
    expect(audit.verify()).toEqual({ ok: false, entries: 2, firstBroken: 3, why: 'altered' });
  });

  it('finds a row deleted from the middle', () => {
    const { db, audit } = trailWithEntries();
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(audit.verify()).toMatchObject({ ok: false, firstBroken: 3, why: 'out-of-chain' });
  });

  it('finds the newest rows deleted', () => {
    const { db, audit } = trailWithEntries();
    db.prepare('DELETE FROM audit_log WHERE id >= 4').run();
    expect(audit.verify()).toEqual({ ok: false, entries: 3, firstBroken: 4, why: 'head-mismatch' });
  });

  it('finds a row slipped in, even with a hash that fits its own content', () => {
    const { db, audit } = trailWithEntries();
    // Make room after entry 2 (in two steps, so ids never collide) and forge entry 3.
    db.prepare('UPDATE audit_log SET id = -id WHERE id >= 3').run();
    db.prepare('UPDATE audit_log SET id = -id + 1 WHERE id < 0').run();
    forgeEntry(db, 3);
    expect(audit.verify()).toMatchObject({ ok: false, firstBroken: 4, why: 'out-of-chain' });
  });

  it('finds a row added after the newest, even one chained correctly', () => {
    const { db, audit } = trailWithEntries();
    forgeEntry(db, 6);
    expect(audit.verify()).toEqual({ ok: false, entries: 6, firstBroken: 6, why: 'head-mismatch' });
  });

  it('goes on appending after a restart, and an empty trail verifies', () => {
    const services = freshServices();
    expect(services.audit.verify()).toEqual({ ok: true, entries: 0 });
    services.audit.append(null, 'retention.ran', { deleted: 0 });
    services.close();
    const db = new Database(path.join(services.dataDir, 'kiosk.db'));
    const audit = createAuditTrail(db);
    audit.append(null, 'retention.ran', { deleted: 2 });
    expect(audit.verify()).toEqual({ ok: true, entries: 2 });
    expect(audit.entries().map((e) => e.details)).toEqual([{ deleted: 0 }, { deleted: 2 }]);
  });
});
