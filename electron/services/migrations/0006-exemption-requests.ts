import type { Database } from 'better-sqlite3';

/**
 * Requests to be exempted from Digital Post (and to receive it again), made at the kiosk with
 * staff verifying identification. Every piece of personal data (the citizen's name, CPR number
 * and address, the representative, the grounds, the signature, an "other" ID document's
 * description) is sealed with AES-256-GCM in its own column; the rest is what staff need to track
 * the request. When retention deletes the personal data the row stays, anonymous, as the count.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE exemption_requests (
      id INTEGER PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('exemption', 'resume')),
      terminal_id TEXT NOT NULL,
      language TEXT NOT NULL,
      applicant TEXT NOT NULL CHECK (applicant IN ('self', 'representative', 'guardian')),
      status TEXT NOT NULL CHECK (status IN ('requested', 'entered', 'withdrawn', 'deleted')),
      requested_at INTEGER NOT NULL,
      verified_by INTEGER NOT NULL REFERENCES staff (id),
      id_document TEXT NOT NULL CHECK (id_document IN ('health-card', 'passport', 'driving-licence', 'other')),
      power_of_attorney_seen INTEGER NOT NULL CHECK (power_of_attorney_seen IN (0, 1)),
      signed_on_paper INTEGER NOT NULL CHECK (signed_on_paper IN (0, 1)),
      entered_at INTEGER,
      entered_by INTEGER REFERENCES staff (id),
      withdrawn_at INTEGER,
      withdrawn_by INTEGER REFERENCES staff (id),
      deleted_at INTEGER,
      name_sealed BLOB,
      cpr_sealed BLOB,
      address_sealed BLOB,
      representative_sealed BLOB,
      grounds_sealed BLOB,
      signature_sealed BLOB,
      id_document_other_sealed BLOB,
      CHECK ((status = 'deleted') = (deleted_at IS NOT NULL)),
      CHECK (status = 'deleted' OR (name_sealed IS NOT NULL AND cpr_sealed IS NOT NULL AND address_sealed IS NOT NULL)),
      CHECK (status <> 'deleted' OR (name_sealed IS NULL AND cpr_sealed IS NULL AND address_sealed IS NULL
        AND representative_sealed IS NULL AND grounds_sealed IS NULL AND signature_sealed IS NULL
        AND id_document_other_sealed IS NULL))
    ) STRICT;
    CREATE INDEX exemption_requests_by_status ON exemption_requests (status, requested_at);
  `);
}
