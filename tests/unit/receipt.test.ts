import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReceiptPdf } from '../../electron/bridge/receiptPdf';
import type { ExemptionReceipt } from '../../electron/services/receipt/receiptData';
import { loadReceiptFonts, receiptFontDirs } from '../../electron/services/receipt/receiptFonts';
import { formatCpr, receiptHtml } from '../../electron/services/receipt/receiptHtml';
import { loadReceiptWords, type ReceiptWords, type Words } from '../../electron/services/receipt/receiptWords';
import { repoRoot } from '../helpers/kioskFixture';
import { signaturePng } from '../helpers/signaturePng';

/**
 * The Digital Post receipt: HTML built from the request and the receipt words, and the PDF the
 * browser bridge makes of it, read back with pdftotext as a caseworker's tools would read it.
 */

const localesDir = path.join(repoRoot, 'locales');
const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = fs.existsSync(PDFTOTEXT);

const trickyName = '<b>Anna & "Bo"</b>';

const arabicReceipt: ExemptionReceipt = {
  reference: 'DP-2025-000417',
  kind: 'exemption',
  requestedAt: Date.UTC(2025, 2, 12, 13, 5),
  centreName: 'Borgerservice Roskilde',
  applicant: 'representative',
  representative: { name: trickyName, relation: 'Datter' },
  citizen: { name: 'Fatima Al-Sayed', cpr: '0102031234', address: 'Algade 1, 2. th.\n4000 Roskilde' },
  grounds: [6, 3],
  signature: { kind: 'screen', png: signaturePng() },
  verification: { staffName: 'Mette Hansen', idDocument: 'passport', powerOfAttorneySeen: true },
  language: 'ar',
};

const danishReceipt: ExemptionReceipt = {
  ...arabicReceipt,
  reference: 'DP-2025-000418',
  applicant: 'self',
  representative: undefined,
  citizen: { name: 'Jens Jensen', cpr: '311299-4321', address: 'Torvet 3\n4000 Roskilde' },
  grounds: 'not-stated',
  signature: { kind: 'paper' },
  verification: { staffName: 'Mette Hansen', idDocument: 'health-card', powerOfAttorneySeen: false },
  language: 'da',
};

const readJson = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(localesDir, language, 'exemption-receipt.json'), 'utf8')) as Words;

/**
 * Arabic words until the translators deliver: English with the title and copy label in Arabic,
 * and two words left out to show that a missing translation falls back to Danish.
 */
function arabicWords(): ReceiptWords['citizen'] {
  const words = structuredClone(readJson('en'));
  (words.title as Words).exemption = 'طلب الإعفاء من البريد الرقمي';
  (words.copy as Words).citizen = 'ترجمة للمواطن. النص الدنماركي هو النص المعتمد.';
  delete words.privacy;
  delete (words.signature as Words).image;
  return { language: 'ar', dir: 'rtl', words };
}

const arabicHtml = () =>
  receiptHtml(
    arabicReceipt,
    { da: readJson('da'), citizen: arabicWords() },
    { fontFaces: loadReceiptFonts(receiptFontDirs(repoRoot)) },
  );

describe('receipt words', () => {
  it('has the same keys in Danish and English', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value
        ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
        : [prefix];
    expect(keys(readJson('da')).sort()).toEqual(keys(readJson('en')).sort());
    expect(JSON.stringify(readJson('da'))).toContain('på tro og love');
  });

  it('loads Danish alone for a Danish citizen, the own language with its direction, else English', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-words-'));
    for (const language of ['da', 'en']) {
      fs.mkdirSync(path.join(dir, language));
      fs.copyFileSync(
        path.join(localesDir, language, 'exemption-receipt.json'),
        path.join(dir, language, 'exemption-receipt.json'),
      );
    }
    fs.mkdirSync(path.join(dir, 'ar'));
    fs.writeFileSync(path.join(dir, 'ar', 'exemption-receipt.json'), JSON.stringify({ privacy: 'خاص' }));

    expect(loadReceiptWords(dir, 'da').citizen).toBeUndefined();
    expect(loadReceiptWords(dir, 'ar').citizen).toEqual({ language: 'ar', dir: 'rtl', words: { privacy: 'خاص' } });
    // Persian's words are not there yet: English, labelled as English.
    expect(loadReceiptWords(dir, 'fa').citizen).toMatchObject({ language: 'en', dir: 'ltr' });
    expect(loadReceiptWords(dir, 'xx').citizen).toMatchObject({ language: 'en', dir: 'ltr' });
    fs.rmSync(dir, { recursive: true });
  });
});

describe('receipt HTML', () => {
  it('formats the full CPR number and refuses one that is not ten digits, without echoing it', () => {
    expect(formatCpr('0102031234')).toBe('010203-1234');
    expect(formatCpr('010203-1234')).toBe('010203-1234');
    expect(() => formatCpr('01020312')).toThrow(/ten digits/);
    expect(() => formatCpr('01020312')).not.toThrow(/0102/);
  });

  it('escapes every value and loads nothing from outside the document', () => {
    const html = receiptHtml(
      { ...arabicReceipt, citizen: { ...arabicReceipt.citizen, address: '</style><script>alert(1)</script>' } },
      { da: readJson('da'), citizen: arabicWords() },
    );
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;b&#62;Anna &#38; &#34;Bo&#34;&#60;/b&#62;');
    expect(html).not.toMatch(/(src|href)="(?!data:)/);
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html).toContain('data:image/png;base64,');
  });

  it('has the Danish copy and an Arabic copy marked right to left; a missing word falls back to Danish', () => {
    const html = arabicHtml();
    expect(html.match(/<section /g)).toHaveLength(2);
    expect(html).toContain('<section class="copy" lang="da" dir="ltr">');
    expect(html).toContain('<section class="copy" lang="ar" dir="rtl">');
    const danishPrivacy = readJson('da').privacy as string;
    expect(html).toContain(`<span lang="da" dir="ltr">${danishPrivacy}</span>`);
    // In an attribute, the fallback is the plain text.
    expect(html.match(/alt="Underskrift fra skærmen"/g)).toHaveLength(2);
    // Embedded fonts: Latin, Latin extended, Cyrillic and Arabic, regular and bold.
    expect(html.match(/src: url\(data:font\/woff2;base64,/g)).toHaveLength(8);
  });

  it('makes only the Danish copy for a Danish citizen, with a paper signature and no ground named', () => {
    const html = receiptHtml(danishReceipt, loadReceiptWords(localesDir, 'da'));
    expect(html.match(/<section /g)).toHaveLength(1);
    expect(html).toContain('lang="da"');
    expect(html).toContain('Underskrives på papir af <bdi>Jens Jensen</bdi>.');
    expect(html).toContain('Ikke oplyst.');
    expect(html).toContain('311299-4321');
    expect(html).not.toContain('Fuldmagt set');
    expect(html).not.toContain('data:image/png');
  });

  it("words a guardian's request to receive Digital Post again, without grounds", () => {
    const html = receiptHtml(
      {
        ...danishReceipt,
        kind: 'resume',
        applicant: 'guardian',
        representative: { name: 'Ole Olsen', relation: 'Værge' },
        grounds: [2],
        verification: { ...danishReceipt.verification, idDocument: 'other', idDocumentOther: 'Opholdskort <EU>' },
      },
      loadReceiptWords(localesDir, 'da'),
    );
    expect(html).toContain('Anmodning om at modtage Digital Post igen');
    expect(html).toContain('Som værge for borgeren beder jeg om');
    expect(html).not.toContain('Grund til fritagelse');
    expect(html).toContain('Anden legitimation: <bdi>Opholdskort &#60;EU&#62;</bdi>');
    expect(html).toContain('Dokumentation for værgemål set</th><td>Nej');
    expect(html).toContain('Underskrives på papir af <bdi>Ole Olsen</bdi>.');
  });

  it('refuses a ground that does not exist', () => {
    const words = loadReceiptWords(localesDir, 'da');
    expect(() => receiptHtml({ ...danishReceipt, grounds: [9] }, words)).toThrow(/no ground 9/);
  });
});

describe('receipt PDF from the browser bridge', () => {
  it.skipIf(!hasPdftotext)(
    'reads back the Danish declaration and the Arabic copy (skipped only when poppler-utils is not installed)',
    { timeout: 60_000 },
    async () => {
      const pdf = await renderReceiptPdf(arabicHtml());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-pdf-'));
      try {
        const file = path.join(dir, 'receipt.pdf');
        fs.writeFileSync(file, pdf);
        const text = execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        // Long sentences wrap, so lines are joined and spaces evened out first.
        const flat = text.replace(/\s+/g, ' ');

        for (const expected of [
          'Kommunens eksemplar',
          'Anmodning om fritagelse for Digital Post',
          'DP-2025-000417',
          'Borgerservice Roskilde',
          '12. marts 2025',
          'En repræsentant med fuldmagt fra borgeren',
          trickyName,
          'Datter',
          'Fatima Al-Sayed',
          '010203-1234',
          'Algade 1, 2. th.',
          'Ingen adgang til en computer, tablet eller smartphone med internet',
          'Sproglige vanskeligheder: kan ikke dansk godt nok til at bruge Digital Post.',
          'Erklæring på tro og love',
          'Jeg erklærer på tro og love',
          `Underskrevet på skærmen i kiosken af ${trickyName}.`,
          'Kontrol ved personalet',
          'Mette Hansen',
          'Pas',
          'Fuldmagt set',
        ]) {
          expect(flat, expected).toContain(expected);
        }
        // Grounds not ticked are not on the receipt.
        expect(flat).not.toContain('bredbåndsforbindelse');
        // The Arabic copy: Arabic words come back from the shaped text, and the reference repeats.
        expect(flat).toContain('البريد');
        expect(flat.match(/DP-2025-000417/g)?.length).toBeGreaterThanOrEqual(2);
      } finally {
        fs.rmSync(dir, { recursive: true });
      }
    },
  );

  it("lets the page fetch nothing, even without the receipt's own CSP", { timeout: 60_000 }, async () => {
    let requests = 0;
    const server = http.createServer((_request, response) => {
      requests += 1;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const pdf = await renderReceiptPdf(
        `<!doctype html><p>Test</p><img src="http://127.0.0.1:${port}/leak.png"><link rel="stylesheet" href="http://127.0.0.1:${port}/leak.css">`,
      );
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});
