import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createKioskServices } from '../../electron/services/kioskServices';
import { freshDataDir, resourcesDir } from '../helpers/kioskFixture';

/**
 * Storing a complete exemption request as the kiosk does after staff verify it: every personal
 * field sealed, written with synchronous=FULL so a power cut right after the receipt cannot lose
 * it. The PIN check before it (scrypt, deliberately slow) is not part of the figure.
 */
export function measureExemptionWrite(writes = 300): { medianMs: number; rawInsertMedianMs: number } {
  const services = createKioskServices({ dataDir: freshDataDir('kiosk-bench-exemption-'), resourcesDir, env: {} });
  try {
    const staffId = services.staff.createFirstAdmin('Bench Admin', '135790');
    // A signature the size the pad makes (about 40 KB of PNG), random so it does not compress.
    const signaturePng = crypto.randomBytes(40_000);
    const times: number[] = [];
    for (let i = 0; i < writes; i++) {
      const start = performance.now();
      services.exemptions.storeVerified({
        kind: 'exemption',
        language: 'ar',
        applicant: 'representative',
        representative: { name: 'Omar Testesen', relation: 'søn' },
        citizen: { name: `Layla Testesen ${i}`, cpr: '1207421234', address: 'Vestergade 3, 7100 Vejle' },
        grounds: [3, 6],
        signaturePng,
        verification: { staffId, pin: '135790', idDocument: 'passport', powerOfAttorneySeen: true },
      });
      times.push(performance.now() - start);
    }
    return { medianMs: median(times), rawInsertMedianMs: rawDurableInsert(signaturePng, writes) };
  } finally {
    services.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** The baseline: one bare row of the same size, inserted with the same durability, in WAL mode. */
function rawDurableInsert(payload: Buffer, writes: number): number {
  const db = new Database(path.join(freshDataDir('kiosk-bench-raw-'), 'raw.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE raw (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO raw (payload) VALUES (?)');
    const times = Array.from({ length: writes }, () => {
      const start = performance.now();
      insert.run(payload);
      return performance.now() - start;
    });
    return median(times);
  } finally {
    db.close();
  }
}
