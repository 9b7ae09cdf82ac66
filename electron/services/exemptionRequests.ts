import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AuditTrail } from './auditTrail';
import { parseCpr } from '../api/cpr';
import type { FieldCipher } from './fieldCrypto';
import { KioskError } from './kioskError';
import type { StaffAccounts } from './staffAccounts';

export const exemptionGrounds = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export const idDocuments = ['health-card', 'passport', 'driving-licence', 'other'] as const;
export type IdDocument = (typeof idDocuments)[number];
export const exemptionStatuses = ['requested', 'entered', 'withdrawn', 'deleted'] as const;
export type ExemptionStatus = (typeof exemptionStatuses)[number];
export type Applicant = 'self' | 'representative' | 'guardian';

/** Everything a finished request holds, as the citizen and staff gave it. */
export interface ExemptionSubmission {
  kind: 'exemption' | 'resume';
  language: string;
  applicant: Applicant;
  representative?: { name: string; relation: string };
  citizen: { name: string; cpr: string; address: string };
  /** The legal grounds ticked, or "not stated": the citizen need not say (digital-post.md). */
  grounds: number[] | 'not-stated';
  /** The signature drawn on screen, as PNG; null when the citizen signs on paper. */
  signaturePng: Buffer | null;
  verification: {
    staffId: number;
    pin: string;
    idDocument: IdDocument;
    idDocumentOther?: string;
    powerOfAttorneySeen: boolean;
  };
}

export interface ExemptionDetails {
  id: number;
  reference: string;
  kind: 'exemption' | 'resume';
  language: string;
  applicant: Applicant;
  status: ExemptionStatus;
  requestedAt: number;
  verifiedBy: number;
  idDocument: IdDocument;
  idDocumentOther: string | null;
  powerOfAttorneySeen: boolean;
  representative: { name: string; relation: string } | null;
  citizen: { name: string; cpr: string; address: string };
  grounds: number[] | 'not-stated';
  signaturePng: Buffer | null;
  enteredAt: number | null;
  withdrawnAt: number | null;
}

/** The columns holding personal data, each sealed on its own (the column is `<field>_sealed`). */
type SealedField = 'name' | 'cpr' | 'address' | 'representative' | 'grounds' | 'signature' | 'id_document_other';
type Row = Record<string, unknown> & { id: number; reference: string; status: ExemptionStatus };

const DAY_MS = 86_400_000;

/** Short, unambiguous, easy to read out over a counter: DP-261125-7KQ3X. */
function newReference(at: number): string {
  const d = new Date(at);
  const day = [d.getFullYear() % 100, d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('');
  const letters = 'ACDEFGHJKLMNPQRTUVWXY3479';
  const tail = Array.from(crypto.randomBytes(5), (b) => letters[b % letters.length]).join('');
  return `DP-${day}-${tail}`;
}

function requireText(text: string | undefined, max: number, code: string): string {
  const trimmed = (text ?? '').trim();
  if (trimmed.length < 1 || trimmed.length > max) throw new KioskError(code, `staff:errors.${code}`);
  return trimmed;
}

/**
 * Exemption requests from Digital Post: stored only when complete and verified by staff (a partial
 * request is never saved), with every piece of personal data sealed in its own column; then
 * tracked until entered in the national register, and stripped of personal data after retention.
 */
export function createExemptionRequests(
  db: Database,
  options: {
    terminalId: string;
    audit: AuditTrail;
    staff: StaffAccounts;
    /** The cipher, loaded on first use: a missing or wrong key is a staff error then, not at start. */
    cipher: () => FieldCipher;
    retentionDays: number;
    now?: () => number;
  },
) {
  const { terminalId, audit, staff } = options;
  const now = options.now ?? Date.now;
  const seal = (reference: string, field: SealedField, value: string | Buffer | null) =>
    value === null ? null : options.cipher().seal(value, `exemption:${reference}:${field}`);
  const open = (row: Row, field: SealedField): Buffer | null => {
    const sealed = row[`${field}_sealed`];
    return sealed instanceof Buffer ? options.cipher().open(sealed, `exemption:${row.reference}:${field}`) : null;
  };
  const text = (row: Row, field: SealedField) => open(row, field)?.toString('utf8') ?? null;

  const insert = db.prepare(`
    INSERT INTO exemption_requests (reference, kind, terminal_id, language, applicant, status, requested_at,
      verified_by, id_document, power_of_attorney_seen, signed_on_paper, name_sealed, cpr_sealed, address_sealed,
      representative_sealed, grounds_sealed, signature_sealed, id_document_other_sealed)
    VALUES (@reference, @kind, @terminalId, @language, @applicant, 'requested', @at, @verifiedBy, @idDocument,
      @powerOfAttorneySeen, @signedOnPaper, @name, @cpr, @address, @representative, @grounds, @signature, @idOther)`);
  const byId = db.prepare<[number], Row>('SELECT * FROM exemption_requests WHERE id = ?');
  const referenceTaken = db.prepare<[string], { id: number }>('SELECT id FROM exemption_requests WHERE reference = ?');

  function row(id: number): Row {
    const found = byId.get(id);
    if (!found) throw new KioskError('exemption_not_found', 'staff:errors.exemptionNotFound');
    return found;
  }

  function validate(s: ExemptionSubmission) {
    const cpr = parseCpr(s.citizen.cpr);
    if (!cpr.ok) throw new KioskError('exemption_cpr', 'staff:errors.exemptionCpr');
    if (s.kind === 'exemption' && s.grounds !== 'not-stated' && s.grounds.length === 0) {
      throw new KioskError('exemption_grounds', 'staff:errors.exemptionGrounds');
    }
    const representative =
      s.applicant === 'self'
        ? null
        : {
            name: requireText(s.representative?.name, 120, 'exemptionRepresentative'),
            relation: requireText(s.representative?.relation, 120, 'exemptionRepresentative'),
          };
    // A representative shows the citizen's power of attorney; without it staff cannot verify.
    if (s.applicant === 'representative' && !s.verification.powerOfAttorneySeen) {
      throw new KioskError('exemption_power_of_attorney', 'staff:errors.exemptionPowerOfAttorney');
    }
    const idOther =
      s.verification.idDocument === 'other'
        ? requireText(s.verification.idDocumentOther, 80, 'exemptionIdOther')
        : null;
    return {
      cpr: cpr.cpr,
      name: requireText(s.citizen.name, 200, 'exemptionName'),
      address: requireText(s.citizen.address, 300, 'exemptionAddress'),
      representative,
      idOther,
    };
  }

  const store = db.transaction((s: ExemptionSubmission, checked: ReturnType<typeof validate>) => {
    const at = now();
    // Random, so two requests on one day could draw the same one: draw again rather than fail
    // a request the citizen has signed and staff have verified.
    let reference = newReference(at);
    while (referenceTaken.get(reference)) reference = newReference(at);
    const grounds = s.kind === 'resume' ? null : JSON.stringify(s.grounds);
    const id = Number(
      insert.run({
        reference,
        kind: s.kind,
        terminalId,
        language: s.language,
        applicant: s.applicant,
        at,
        verifiedBy: s.verification.staffId,
        idDocument: s.verification.idDocument,
        powerOfAttorneySeen: s.verification.powerOfAttorneySeen ? 1 : 0,
        signedOnPaper: s.signaturePng ? 0 : 1,
        name: seal(reference, 'name', checked.name),
        cpr: seal(reference, 'cpr', checked.cpr),
        address: seal(reference, 'address', checked.address),
        representative: seal(
          reference,
          'representative',
          checked.representative && JSON.stringify(checked.representative),
        ),
        grounds: seal(reference, 'grounds', grounds),
        signature: seal(reference, 'signature', s.signaturePng),
        idOther: seal(reference, 'id_document_other', checked.idOther),
      }).lastInsertRowid,
    );
    audit.append(s.verification.staffId, 'exemption.requested', { requestId: id, kind: s.kind });
    return { requestId: id, reference };
  });

  const setStatus = db.prepare(
    `UPDATE exemption_requests SET status = @status,
       entered_at = CASE WHEN @status = 'entered' THEN @at ELSE entered_at END,
       entered_by = CASE WHEN @status = 'entered' THEN @by ELSE entered_by END,
       withdrawn_at = CASE WHEN @status = 'withdrawn' THEN @at ELSE withdrawn_at END,
       withdrawn_by = CASE WHEN @status = 'withdrawn' THEN @by ELSE withdrawn_by END
     WHERE id = @id`,
  );
  const change = (to: 'entered' | 'withdrawn', action: string) =>
    db.transaction((staffId: number, id: number): void => {
      const current = row(id);
      if (current.status !== 'requested') throw new KioskError('exemption_status', 'staff:errors.exemptionStatus');
      setStatus.run({ status: to, at: now(), by: staffId, id });
      audit.append(staffId, action, { requestId: id });
    });

  const strip = db.prepare(`
    UPDATE exemption_requests SET status = 'deleted', deleted_at = @at, name_sealed = NULL, cpr_sealed = NULL,
      address_sealed = NULL, representative_sealed = NULL, grounds_sealed = NULL, signature_sealed = NULL,
      id_document_other_sealed = NULL
    WHERE (status = 'entered' AND entered_at < @before) OR (status = 'withdrawn' AND withdrawn_at < @before)`);

  return {
    /**
     * Stores a complete request, after checking the verifying staff member's PIN (with the usual
     * lockout). Written with full durability: a power cut right after the receipt must not lose it.
     */
    submit(s: ExemptionSubmission): { requestId: number; reference: string } {
      validate(s);
      staff.logIn(s.verification.staffId, s.verification.pin);
      return this.storeVerified(s);
    },

    /** Stores a request whose staff member's PIN has been checked (the benchmark times this part). */
    storeVerified(s: ExemptionSubmission): { requestId: number; reference: string } {
      const checked = validate(s);
      options.cipher();
      db.pragma('synchronous = FULL');
      try {
        return store(s, checked);
      } finally {
        db.pragma('synchronous = NORMAL');
      }
    },

    /** The request with its personal data opened; each opening is audited. */
    open(staffId: number, id: number): ExemptionDetails {
      const r = row(id);
      if (r.status === 'deleted') throw new KioskError('exemption_deleted', 'staff:errors.exemptionDeleted');
      const details = this.details(id);
      audit.append(staffId, 'exemption.opened', { requestId: id });
      return details;
    },

    /** The request with its personal data opened, for the receipt; not audited (the caller is). */
    details(id: number): ExemptionDetails {
      const r = row(id);
      const grounds = text(r, 'grounds');
      return {
        id: r.id,
        reference: r.reference,
        kind: r.kind as 'exemption' | 'resume',
        language: String(r.language),
        applicant: r.applicant as Applicant,
        status: r.status,
        requestedAt: Number(r.requested_at),
        verifiedBy: Number(r.verified_by),
        idDocument: r.id_document as IdDocument,
        idDocumentOther: text(r, 'id_document_other'),
        powerOfAttorneySeen: r.power_of_attorney_seen === 1,
        representative: JSON.parse(text(r, 'representative') ?? 'null') as ExemptionDetails['representative'],
        citizen: { name: text(r, 'name') ?? '', cpr: text(r, 'cpr') ?? '', address: text(r, 'address') ?? '' },
        grounds: grounds ? (JSON.parse(grounds) as number[] | 'not-stated') : 'not-stated',
        signaturePng: open(r, 'signature'),
        enteredAt: r.entered_at === null ? null : Number(r.entered_at),
        withdrawnAt: r.withdrawn_at === null ? null : Number(r.withdrawn_at),
      };
    },

    /** For the staff list: no personal data, only what tracking needs; `overdue` after 7 days unentered. */
    list(status?: ExemptionStatus) {
      const at = now();
      return db
        .prepare<[{ status: string | null }], Row>(
          `SELECT id, reference, kind, status, requested_at, entered_at, withdrawn_at, applicant, language
           FROM exemption_requests WHERE (@status IS NULL OR status = @status) ORDER BY requested_at DESC, id DESC`,
        )
        .all({ status: status ?? null })
        .map((r) => ({
          id: r.id,
          reference: r.reference,
          kind: r.kind as 'exemption' | 'resume',
          status: r.status,
          applicant: r.applicant as Applicant,
          language: String(r.language),
          requestedAt: Number(r.requested_at),
          overdue: r.status === 'requested' && at - Number(r.requested_at) > 7 * DAY_MS,
        }));
    },

    markEntered: change('entered', 'exemption.entered'),
    withdraw: change('withdrawn', 'exemption.withdrawn'),

    /** Deletes the personal data of requests entered or withdrawn over `retentionDays` ago. */
    deleteExpired: db.transaction((): number => {
      const at = now();
      const count = strip.run({ at, before: at - options.retentionDays * DAY_MS }).changes;
      if (count > 0) audit.append(null, 'retention.exemptionsDeleted', { count, afterDays: options.retentionDays });
      return count;
    }),
  };
}

export type ExemptionRequests = ReturnType<typeof createExemptionRequests>;
