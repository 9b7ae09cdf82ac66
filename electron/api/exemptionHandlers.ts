import path from 'node:path';
import type { ExemptionDetails } from '../services/exemptionRequests';
import { KioskError } from '../services/kioskError';
import type { KioskServices } from '../services/kioskServices';
import { localTimestamp, toCsv } from '../services/csvTable';
import { formatCpr } from './cpr';
import { loadReceiptWords } from '../services/receipt/receiptWords';
import { receiptsHtml } from '../services/receipt/receiptHtml';
import type { ExemptionReceipt } from '../services/receipt/receiptData';
import type { Platform } from '../platform/platform';
import type { Handlers } from './dispatch';
import { writeNewFile } from './writeNewFile';

type ExemptionChannel = Extract<keyof Handlers, `exemption.${string}`>;

/** How long after submitting the receipt can be printed without staff logging in (the citizen is still there). */
const RECEIPT_WINDOW_MS = 15 * 60_000;

/**
 * The exemption request's side of the API: the citizen's submission (verified there and then by
 * a staff member's PIN), its receipt, and the staff list. Opening, printing, marking and exporting
 * a request are audited; only the caseworker's export carries the CPR number.
 */
export function createExemptionHandlers(services: KioskServices, platform: Platform): Pick<Handlers, ExemptionChannel> {
  const { exemptions, staffSession, audit } = services;
  let justSubmitted: { id: number; at: number } | null = null;

  const staffName = (id: number) => services.staff.list().find((m) => m.id === id)?.name ?? String(id);
  const receiptOf = (d: ExemptionDetails): ExemptionReceipt => ({
    reference: d.reference,
    kind: d.kind,
    requestedAt: d.requestedAt,
    centreName: services.config.centreName,
    applicant: d.applicant,
    ...(d.representative ? { representative: d.representative } : {}),
    citizen: d.citizen,
    grounds: d.grounds,
    signature: d.signaturePng ? { kind: 'screen', png: d.signaturePng } : { kind: 'paper' },
    verification: {
      staffName: staffName(d.verifiedBy),
      idDocument: d.idDocument,
      ...(d.idDocumentOther ? { idDocumentOther: d.idDocumentOther } : {}),
      powerOfAttorneySeen: d.powerOfAttorneySeen,
    },
    language: d.language,
  });
  const htmlOf = (...requests: ExemptionDetails[]) =>
    receiptsHtml(
      requests.map((d) => ({ receipt: receiptOf(d), words: loadReceiptWords(services.localesDir, d.language) })),
      { fontFaces: services.receiptFonts() },
    );

  return {
    'exemption.submit': (input) => {
      const submitted = exemptions.submit({
        ...input,
        signaturePng: input.signaturePng === null ? null : Buffer.from(input.signaturePng, 'base64'),
      });
      justSubmitted = { id: submitted.requestId, at: services.now() };
      return submitted;
    },

    'exemption.receipt': async ({ requestId }) => {
      const fresh = justSubmitted?.id === requestId && services.now() - justSubmitted.at < RECEIPT_WINDOW_MS;
      // A reprint later is a staff action, audited like every other look at a request: once the
      // request is known to be there to print, so a refused reprint leaves nothing in the trail.
      const reprintBy = fresh ? null : staffSession.require().id;
      const details = exemptions.details(requestId);
      if (details.status === 'deleted') throw new KioskError('exemption_deleted', 'staff:errors.exemptionDeleted');
      if (reprintBy !== null) audit.append(reprintBy, 'exemption.printed', { requestId });
      const delivered = await platform.receipts.deliver(htmlOf(details));
      return { printed: delivered.printed, pdfBase64: delivered.pdf?.toString('base64') ?? null };
    },

    'exemption.list': ({ status }) => {
      staffSession.require();
      return { requests: exemptions.list(status) };
    },

    'exemption.open': ({ requestId }) => {
      const d = exemptions.open(staffSession.require().id, requestId);
      const summary = exemptions.list().find((r) => r.id === requestId)!;
      return {
        request: {
          ...summary,
          citizen: d.citizen,
          representative: d.representative,
          grounds: d.grounds,
          signedOnScreen: d.signaturePng !== null,
          idDocument: d.idDocument,
          idDocumentOther: d.idDocumentOther,
          powerOfAttorneySeen: d.powerOfAttorneySeen,
        },
      };
    },

    'exemption.markEntered': ({ requestId }) => {
      exemptions.markEntered(staffSession.require().id, requestId);
      return {};
    },

    'exemption.withdraw': ({ requestId }) => {
      exemptions.withdraw(staffSession.require().id, requestId);
      return {};
    },

    'exemption.export': async ({ requestIds, format }) => {
      const by = staffSession.require().id;
      const requests = [...new Set(requestIds)].map((id) => exemptions.details(id));
      if (requests.some((r) => r.status === 'deleted')) {
        throw new KioskError('exemption_deleted', 'staff:errors.exemptionDeleted');
      }
      const day = localTimestamp(services.now()).slice(0, 10);
      const name = `fritagelser-${day}`;
      const file =
        format === 'csv'
          ? writeNewFile(services.exportsDir, name, 'csv', toCsv(caseworkerTable(requests)))
          : writeNewFile(services.exportsDir, name, 'pdf', await platform.receipts.pdf(htmlOf(...requests)));
      audit.append(by, 'exemption.exported', { count: requests.length, format, file: path.basename(file) });
      return { file };
    },
  };
}

/** The caseworker's list for the national register: the one export with the CPR number. */
function caseworkerTable(requests: ExemptionDetails[]) {
  return {
    header: ['reference', 'kind', 'requested_at', 'name', 'cpr', 'address', 'applicant', 'representative', 'grounds'],
    rows: requests.map((r) => [
      r.reference,
      r.kind,
      localTimestamp(r.requestedAt),
      r.citizen.name,
      formatCpr(r.citizen.cpr),
      r.citizen.address,
      r.applicant,
      r.representative ? `${r.representative.name} (${r.representative.relation})` : '',
      r.kind === 'resume' ? '' : r.grounds === 'not-stated' ? 'not stated' : r.grounds.join(' '),
    ]),
  };
}
