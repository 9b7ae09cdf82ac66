import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startKioskBridge } from '../../electron/bridge/kioskBridge';
import { setLogFile, setLogSink } from '../../electron/services/log';
import { rotatingLogSink } from '../../electron/services/logFile';
import { createKioskServices, type KioskServices } from '../../electron/services/kioskServices';
import type { SitePlatform } from '../../electron/platform/platform';
import type { TaskId } from '../../electron/api/tasks';
import { freshDataDir, repoRoot, resourcesDir } from '../helpers/kioskFixture';
import { describeCspViolation, watchCspViolations, type CspWatch } from './cspViolations';

export interface RunningKiosk {
  url: string;
  dataDir: string;
  services: KioskServices;
  /** The embedded official site as the bridge runs it (what it shows, what it refused). */
  site: SitePlatform;
  /** Moves the services' clock on (lockouts expiring, notes ageing); the page has its own clock. */
  advanceClock(ms: number): void;
  /** Sets the services' clock to a moment (a test recording the past), running on from there. */
  setClock(at: number): void;
}

/** The administrator every kiosk in these tests has, unless a test asks for a kiosk with no staff. */
export const TEST_ADMIN = { name: 'Anna Andersen', pin: '246810' };

setLogSink(() => {});

/** The running test's watch for policy violations; openKiosk adds pages from a test's own browser. */
let cspWatch: CspWatch | null = null;

/**
 * Each test gets its own kiosk: a fresh data folder, real services on a real SQLite file, and the
 * browser bridge serving the built renderer. `kioskConfig` is written as the data folder's config.json;
 * `damagedDatabase` puts a file that is not a database where kiosk.db belongs; `contentDirs` serves
 * other resources/ and locales/ folders (a centre's own flows and their words) in place of the repository's.
 * Every test, without asking, fails on any Content-Security-Policy violation in any page or frame.
 */
export const test = base.extend<{
  kioskConfig: unknown;
  damagedDatabase: boolean;
  staffSetUp: boolean;
  withoutFlow: TaskId | null;
  contentDirs: { resourcesDir?: string; localesDir?: string } | null;
  kiosk: RunningKiosk;
  noCspViolations: undefined;
}>({
  noCspViolations: [
    async ({ context }, use) => {
      const watch = await watchCspViolations(context);
      cspWatch = watch;
      await use(undefined);
      cspWatch = null;
      const found = (await watch.violations()).map(describeCspViolation);
      expect(found, 'Content-Security-Policy violations (securitypolicyviolation events)').toEqual([]);
    },
    { auto: true },
  ],
  kioskConfig: [undefined, { option: true }],
  damagedDatabase: [false, { option: true }],
  staffSetUp: [true, { option: true }],
  withoutFlow: [null, { option: true }],
  contentDirs: [null, { option: true }],
  kiosk: async ({ kioskConfig, damagedDatabase, staffSetUp, withoutFlow, contentDirs }, use) => {
    const dataDir = freshDataDir('kiosk-e2e-');
    if (damagedDatabase) fs.writeFileSync(path.join(dataDir, 'kiosk.db'), 'not a database '.repeat(500));
    if (kioskConfig !== undefined) {
      const text = typeof kioskConfig === 'string' ? kioskConfig : JSON.stringify(kioskConfig);
      fs.writeFileSync(path.join(dataDir, 'config.json'), text);
    }
    // The log goes to the data folder as the kiosk's does, so tests that search it find what it holds.
    setLogFile(rotatingLogSink(dataDir));
    let offset = 0;
    const now = () => Date.now() + offset;
    const services = createKioskServices({
      dataDir,
      resourcesDir: contentDirs?.resourcesDir ?? (withoutFlow ? resourcesWithout(withoutFlow) : resourcesDir),
      localesDir: contentDirs?.localesDir ?? path.join(repoRoot, 'locales'),
      env: {},
      now,
    });
    if (staffSetUp) services.staff.createFirstAdmin(TEST_ADMIN.name, TEST_ADMIN.pin);
    const bridge = await startKioskBridge(services, { rendererDir: path.join(repoRoot, 'dist', 'renderer') });
    const advanceClock = (ms: number) => void (offset += ms);
    const setClock = (at: number) => void (offset = at - Date.now());
    await use({ url: bridge.url, dataDir, services, site: bridge.site, advanceClock, setClock });
    await bridge.close();
    // An administrator's restart replaced them: close whichever are current (closing twice is harmless).
    services.close();
    bridge.services().close();
    setLogFile(null);
  },
});

export { expect };

/** A copy of the kiosk's resources with one flow's file gone, as a centre's broken install would have. */
function resourcesWithout(flow: TaskId): string {
  const copy = freshDataDir('kiosk-resources-');
  fs.cpSync(resourcesDir, copy, { recursive: true });
  fs.rmSync(path.join(copy, 'flows', `${flow}.json`));
  return copy;
}

/** Opens the kiosk and waits for the welcome screen. */
export async function openKiosk(page: Page, kiosk: RunningKiosk): Promise<void> {
  await cspWatch?.watchPage(page);
  await page.goto(kiosk.url);
  await expect(page.locator('main[data-screen="welcome"] h1')).toBeVisible();
}

/** Starts in a language from the welcome screen, as a citizen does by touching it. */
export async function startIn(page: Page, language: string): Promise<void> {
  await page.locator(`main[data-screen="welcome"] button[data-language="${language}"]`).click();
  await expect(page.locator('main[data-screen="home"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/**
 * axe-core with the WCAG 2.2 A and AA rules and best practices. In high contrast the enhanced
 * contrast rule (7:1, WCAG 1.4.6) runs too, since that theme promises it. The official site's own
 * page (a stand-in here) is left out with its frame: it is not the kiosk's to fix.
 */
const OFFICIAL_SITE_PAGE = '.site-panel iframe';

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const highContrast = (await page.locator('html').getAttribute('data-theme')) === 'high-contrast';
  const passes = [
    new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .exclude(OFFICIAL_SITE_PAGE),
  ];
  if (highContrast)
    passes.push(new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).exclude(OFFICIAL_SITE_PAGE));
  for (const pass of passes) {
    const results = await pass.analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations on ${label}`).toEqual([]);
  }
}
