import type { ExemptionReceipt } from './receiptData';
import { exemptionGrounds } from './receiptData';
import { wordAt, type ReceiptWords, type Words } from './receiptWords';

/**
 * The receipt as one self-contained HTML document, for Chromium to lay out and print (Electron)
 * or turn into a PDF (both hosts): Chromium does the shaping and bidi that Arabic, Persian and
 * Urdu need. The page is never shown in the kiosk window, so its style is inline, and it holds
 * no script and no remote resource (its CSP says so too). Every value is escaped.
 */

export type ReceiptHtmlOptions = {
  /** @font-face rules with embedded fonts (loadReceiptFonts); without them, system fonts. */
  fontFaces?: string;
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** DDMMYY-SSSS, in full: the receipt is the municipality's record of who asked. */
export function formatCpr(cpr: string): string {
  const digits = cpr.replace('-', '');
  // The message never holds the number: errors can end up in logs.
  if (!/^\d{10}$/.test(digits)) throw new Error('receipt: the CPR number must have ten digits');
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** Danish time whatever the terminal's clock zone, with Latin digits so both copies match. */
function formatTime(ms: number, language: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' };
  try {
    return new Intl.DateTimeFormat(`${language}-u-nu-latn`, options).format(ms);
  } catch {
    return new Intl.DateTimeFormat('da', options).format(ms);
  }
}

function checkedGrounds(grounds: ExemptionReceipt['grounds']): number[] | 'not-stated' {
  if (grounds === 'not-stated' || grounds.length === 0) return 'not-stated';
  for (const ground of grounds) {
    if (!(exemptionGrounds as readonly number[]).includes(ground)) throw new Error(`receipt: no ground ${ground}`);
  }
  return [...new Set(grounds)].sort((a, b) => a - b);
}

function signatureDataUrl(png: Buffer): string {
  const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
  if (!png.subarray(0, 4).equals(pngMagic)) throw new Error('receipt: the signature is not a PNG');
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Escaped text for a key, with {{name}} placeholders filled in (each value escaped and isolated). */
type Say = {
  (key: string, values?: Record<string, string>): string;
  /** The text alone, escaped and without markup: for an attribute. */
  plain(key: string): string;
};

function sayer(words: Words, fallback?: Words): Say {
  const find = (key: string) => {
    const own = wordAt(words, key);
    const text = own ?? (fallback ? wordAt(fallback, key) : undefined);
    if (text === undefined) throw new Error(`receipt: no words for ${key}`);
    return { text, translated: own !== undefined };
  };
  const say = (key: string, values: Record<string, string> = {}) => {
    const { text, translated } = find(key);
    const html = escapeHtml(text).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
      values[name] === undefined ? '' : `<bdi>${escapeHtml(values[name])}</bdi>`,
    );
    // A translation that lacks a key shows the Danish text, marked as Danish.
    return translated ? html : `<span lang="da" dir="ltr">${html}</span>`;
  };
  return Object.assign(say, { plain: (key: string) => escapeHtml(find(key).text) });
}

/** A user-given value: escaped, and isolated so a Latin name reads right in a right-to-left copy. */
const value = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;
/** Numbers that must read left to right in every copy. */
const ltr = (text: string) => `<span dir="ltr">${escapeHtml(text)}</span>`;

const facts = (rows: [string, string][]) =>
  `<table class="facts">${rows.map(([label, cell]) => `<tr><th scope="row">${label}</th><td>${cell}</td></tr>`).join('')}</table>`;

type Copy = { language: string; dir: 'ltr' | 'rtl'; say: Say; municipal: boolean };

function applicantPart(receipt: ExemptionReceipt, say: Say): string {
  const rows: [string, string][] = [[say('applicant.who'), say(`applicant.${receipt.applicant}`)]];
  if (receipt.applicant !== 'self' && receipt.representative) {
    rows.push([say('applicant.name'), value(receipt.representative.name)]);
    rows.push([say('applicant.relation'), value(receipt.representative.relation)]);
  }
  return `<h2>${say('applicant.heading')}</h2>${facts(rows)}`;
}

function groundsPart(receipt: ExemptionReceipt, say: Say): string {
  if (receipt.kind !== 'exemption') return '';
  const grounds = checkedGrounds(receipt.grounds);
  const body =
    grounds === 'not-stated'
      ? `<p>${say('grounds.notStated')}</p>`
      : `<p>${say('grounds.ticked')}</p><ul>${grounds.map((g) => `<li>${say(`grounds.${g}`)}</li>`).join('')}</ul>`;
  return `<h2>${say('grounds.heading')}</h2>${body}`;
}

function signaturePart(receipt: ExemptionReceipt, say: Say): string {
  const signer = receipt.applicant === 'self' ? receipt.citizen.name : receipt.representative?.name;
  const { signature } = receipt;
  // Who signs is named in the same sentence (the keys ending in By) whenever it is known.
  const how = (kind: 'screen' | 'paper') =>
    signer ? say(`signature.${kind}By`, { name: signer }) : say(`signature.${kind}`);
  const mark =
    signature.kind === 'screen'
      ? `<img class="signature-image" src="${signatureDataUrl(signature.png)}" alt="${say.plain('signature.image')}">`
      : `<div class="sign-lines"><div>${say('signature.date')}</div><div>${say('signature.line')}</div></div>`;
  return `<div class="keep"><h2>${say('signature.heading')}</h2><p>${how(signature.kind)}</p>${mark}</div>`;
}

function verificationPart(receipt: ExemptionReceipt, say: Say): string {
  const { staffName, idDocument, idDocumentOther, powerOfAttorneySeen } = receipt.verification;
  const document =
    idDocument === 'other' && idDocumentOther
      ? `${say('verification.idDocuments.other')}: ${value(idDocumentOther)}`
      : say(`verification.idDocuments.${idDocument}`);
  const rows: [string, string][] = [
    [say('verification.staff'), value(staffName)],
    [say('verification.idDocument'), document],
  ];
  if (receipt.applicant !== 'self') {
    rows.push([
      say(`verification.authority.${receipt.applicant}`),
      say(powerOfAttorneySeen ? 'verification.yes' : 'verification.no'),
    ]);
  }
  return `<div class="keep"><h2>${say('verification.heading')}</h2>${facts(rows)}<p class="note">${say('verification.note')}</p></div>`;
}

function copyHtml(receipt: ExemptionReceipt, copy: Copy): string {
  const { say } = copy;
  const label = copy.municipal ? say('copy.municipality') : say('copy.citizen');
  const request = facts([
    [say('request.reference'), ltr(receipt.reference)],
    [say('request.time'), value(formatTime(receipt.requestedAt, copy.language))],
    [say('request.centre'), value(receipt.centreName)],
  ]);
  const citizen = facts([
    [say('citizen.name'), value(receipt.citizen.name)],
    [say('citizen.cpr'), ltr(formatCpr(receipt.citizen.cpr))],
    [say('citizen.address'), `<span class="address">${value(receipt.citizen.address)}</span>`],
  ]);
  const registration = copy.municipal
    ? `<div class="sign-lines registration"><div>${say('registration')}</div></div>`
    : '';
  return `<section class="copy" lang="${escapeHtml(copy.language)}" dir="${copy.dir}">
<p class="copy-label">${label}</p>
<h1>${say(`title.${receipt.kind}`)}</h1>
${request}
${applicantPart(receipt, say)}
<h2>${say('citizen.heading')}</h2>${citizen}
${groundsPart(receipt, say)}
<h2>${say(`declaration.heading.${receipt.kind}`)}</h2>
<p>${say(`declaration.${receipt.kind}.${receipt.applicant}`)}</p>
<p>${say(`declaration.effect.${receipt.kind}`)}</p>
${signaturePart(receipt, say)}
${verificationPart(receipt, say)}
${registration}
<p class="note">${say('privacy')}</p>
</section>`;
}

// Sizes in mm and pt: this is paper. Both copies start on a page of their own.
const style = `
@page { size: A4; margin: 14mm 16mm; }
html { font-family: 'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #000; }
body { margin: 0; }
.copy + .copy { break-before: page; }
.copy-label { display: inline-block; margin: 0 0 3mm; padding: 1mm 3mm; border: 0.4mm solid #000; font-weight: 700; }
h1 { font-size: 15pt; line-height: 1.25; margin: 0 0 3mm; }
h2 { font-size: 11pt; margin: 4mm 0 1.5mm; padding-bottom: 0.5mm; border-bottom: 0.3mm solid #000; break-after: avoid; }
p { margin: 0 0 1.5mm; }
ul { margin: 0 0 2mm; padding-inline-start: 6mm; }
li { margin-bottom: 0.5mm; }
table.facts { width: 100%; border-collapse: collapse; }
.facts th { width: 38%; padding: 0.4mm 4mm 0.4mm 0; text-align: start; vertical-align: top; font-weight: 400; }
.facts td { padding: 0.4mm 0; vertical-align: top; font-weight: 700; }
.address { white-space: pre-line; }
.keep { break-inside: avoid; }
.signature-image { display: block; max-width: 80mm; max-height: 24mm; margin: 1mm 0 1.5mm; border-bottom: 0.3mm solid #000; }
.sign-lines { display: flex; gap: 10mm; margin: 12mm 0 2mm; }
.registration { margin-top: 9mm; }
.sign-lines div { flex: 1; padding-top: 1mm; border-top: 0.3mm solid #000; font-size: 9pt; }
.note { font-size: 9pt; }
`;

// Defence in depth: the document may load nothing but its own data: images and fonts.
const contentSecurityPolicy = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'";

export function receiptHtml(receipt: ExemptionReceipt, words: ReceiptWords, options: ReceiptHtmlOptions = {}): string {
  return receiptsHtml([{ receipt, words }], options);
}

/** The Danish copy and, when the citizen's language is another, the citizen's copy. */
function copiesOf(receipt: ExemptionReceipt, words: ReceiptWords): string[] {
  const copies = [copyHtml(receipt, { language: 'da', dir: 'ltr', say: sayer(words.da), municipal: true })];
  const citizen = words.citizen;
  if (citizen && citizen.language !== 'da') {
    const say = sayer(citizen.words, words.da);
    copies.push(copyHtml(receipt, { language: citizen.language, dir: citizen.dir, say, municipal: false }));
  }
  return copies;
}

/** Several receipts in one document, each copy on its own page: the caseworker's PDF export. */
export function receiptsHtml(
  receipts: readonly { receipt: ExemptionReceipt; words: ReceiptWords }[],
  options: ReceiptHtmlOptions = {},
): string {
  const [first] = receipts;
  if (!first) throw new Error('no receipt to render');
  const { receipt, words } = first;
  const copies = receipts.flatMap((r) => copiesOf(r.receipt, r.words));
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<title>${sayer(words.da)(`title.${receipt.kind}`)} ${escapeHtml(receipt.reference)}</title>
<style>${options.fontFaces ?? ''}${style}</style>
</head>
<body>
${copies.join('\n')}
</body>
</html>
`;
}
