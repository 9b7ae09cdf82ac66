/**
 * Everything the receipt for an assisted Digital Post request shows (see
 * shared/design/digital-post.md): the declaration as filled in, the signature and what staff
 * checked. It holds a full CPR number because the receipt is the municipality's record; it is
 * rendered and printed, never logged.
 */

/** The eight grounds for exemption, numbered as in digital-post.md. */
export const exemptionGrounds = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export type IdDocument = 'health-card' | 'passport' | 'driving-licence' | 'other';

export type ReceiptSignature = { kind: 'screen'; png: Buffer } | { kind: 'paper' };

export type ExemptionReceipt = {
  reference: string;
  /** Exemption from Digital Post, or the request to receive it again. */
  kind: 'exemption' | 'resume';
  /** When the request was made, in milliseconds since the epoch. */
  requestedAt: number;
  centreName: string;
  applicant: 'self' | 'representative' | 'guardian';
  /** Who applied for the citizen: set for a representative or a guardian. */
  representative?: { name: string; relation: string };
  /** cpr: ten digits (a hyphen after the sixth is tolerated). */
  citizen: { name: string; cpr: string; address: string };
  /** Grounds 1-8 as ticked; the citizen may decline to name one. Only used for an exemption. */
  grounds: number[] | 'not-stated';
  signature: ReceiptSignature;
  /** The document type seen and by whom; never a copy or number of the document. */
  verification: {
    staffName: string;
    idDocument: IdDocument;
    /** What the document was, in staff's words, when idDocument is 'other'. */
    idDocumentOther?: string;
    powerOfAttorneySeen: boolean;
  };
  /** The citizen's language code; a second copy in it is made when it is not Danish. */
  language: string;
};
