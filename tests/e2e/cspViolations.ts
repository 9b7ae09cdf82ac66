import type { BrowserContext, Page } from '@playwright/test';

/**
 * Content-Security-Policy violations, as the documents that broke a policy reported them
 * (`securitypolicyviolation` events), in the kiosk page and in every frame, the official-site
 * stand-in included. kioskTest.ts watches every test's browser context and fails the test on any.
 */
export interface CspViolation {
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  disposition: string;
  documentURI: string;
}

type Recorded = CspViolation & { id: string };

/** window[LIST]: the document's violations so far; window[REPORT]: hands each to the test at once. */
const LIST = '__kioskCspViolations';
const REPORT = '__kioskReportCspViolation';

/**
 * Runs in every document and frame before any of its own code (an init script). Playwright's
 * scripts are not subject to the page's policy, so recording cannot cause a violation itself.
 * Each violation is kept in the document and also reported at once, so one in a document that is
 * later reloaded or navigated away (a frame moving on, a reset) is not lost.
 */
function recordViolations({ list, report }: { list: string; report: string }): void {
  const scope = window as unknown as Record<string, unknown>;
  if (scope[list]) return; // installed twice on one page: once is enough
  const seen: Recorded[] = [];
  Object.defineProperty(scope, list, { value: seen });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const violation: Recorded = {
        id: `${Math.random()}`,
        violatedDirective: event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
        disposition: event.disposition,
        documentURI: event.documentURI,
      };
      seen.push(violation);
      const send = scope[report];
      if (typeof send === 'function') Promise.resolve(send(violation)).catch(() => {});
    },
    { capture: true },
  );
}

export interface CspWatch {
  /** Also watches a page from outside the context (a test's own browser); call before it navigates. */
  watchPage(page: Page): Promise<void>;
  /** Everything reported so far, plus what the documents still open hold and have not yet reported. */
  violations(): Promise<CspViolation[]>;
}

/** Watches every page and frame of the context, from before their first navigation. */
export async function watchCspViolations(context: BrowserContext): Promise<CspWatch> {
  const reported = new Map<string, CspViolation>();
  const keep = (violation: Recorded) => {
    const { id, ...rest } = violation;
    reported.set(id, rest);
  };
  const others = new Set<Page>();
  await context.exposeBinding(REPORT, (_source, violation: Recorded) => keep(violation));
  await context.addInitScript(recordViolations, { list: LIST, report: REPORT });

  return {
    async watchPage(page) {
      if (page.context() === context || others.has(page)) return;
      others.add(page);
      await page.exposeBinding(REPORT, (_source, violation: Recorded) => keep(violation));
      await page.addInitScript(recordViolations, { list: LIST, report: REPORT });
    },
    async violations() {
      for (const page of [...context.pages(), ...others]) {
        if (page.isClosed()) continue;
        for (const frame of page.frames()) {
          const held = await frame
            .evaluate((list) => ((window as unknown as Record<string, unknown>)[list] ?? []) as Recorded[], LIST)
            .catch(() => [] as Recorded[]); // a frame detached or a page closing meanwhile
          held.forEach(keep);
        }
      }
      return [...reported.values()];
    },
  };
}

export const describeCspViolation = (v: CspViolation) =>
  `${v.violatedDirective}${v.disposition === 'report' ? ' (report only)' : ''} blocked ${v.blockedURI || '(inline)'} ` +
  `in ${v.documentURI}${v.sourceFile ? ` at ${v.sourceFile}:${v.lineNumber}` : ''}`;
