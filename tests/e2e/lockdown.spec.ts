import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../helpers/kioskFixture';
import { expect, expectNoAxeViolations, openKiosk, startIn, test, TEST_ADMIN } from './kioskTest';
import { staffWords, typePin } from './staffSteps';

const MARKER = 'citizen-marker-7f3a';
const SITE_PAGE = '/official-site/www.borger.dk/flytning';

/** A language chunk is a module with no imports, so it can serve as a service worker's script. */
function aModuleWithNoImports(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'dist', 'renderer', '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  return `/${manifest['../locales/da/kiosk.json']!.file}`;
}

/** Everything a page can leave behind in a browser, planted by the citizen's page. */
async function plantMarkers(page: Page): Promise<void> {
  await page.evaluate(
    async ({ marker, sitePage, worker }) => {
      document.cookie = `marker=${marker}; path=/; max-age=3600`;
      localStorage.setItem('marker', marker);
      sessionStorage.setItem('marker', marker);
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(marker, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('things').put(marker, 'marker');
        open.onsuccess = () => (open.result.close(), resolve());
        open.onerror = () => reject(open.error);
      });
      const cache = await caches.open(marker);
      await cache.put('/marker', new Response(marker));
      await navigator.serviceWorker.register(worker, { type: 'module', scope: '/assets/' });
      // The HTTP cache: a site page, cached as real sites' pages are.
      await fetch(sitePage, { cache: 'force-cache' });
      await navigator.clipboard.writeText(marker);
    },
    { marker: MARKER, sitePage: SITE_PAGE, worker: aModuleWithNoImports() },
  );
}

/** What survived, kind by kind; after a reset every entry must be empty. */
async function survivingMarkers(page: Page) {
  return page.evaluate(
    async ({ marker, sitePage }) => {
      const cachedPage = await fetch(sitePage, { cache: 'only-if-cached', mode: 'same-origin' }).then(
        (r) => r.ok,
        () => false,
      );
      return {
        cookie: document.cookie.includes(marker),
        localStorage: localStorage.getItem('marker') !== null,
        sessionStorage: sessionStorage.getItem('marker') !== null,
        indexedDB: (await indexedDB.databases()).some((db) => db.name === marker),
        cacheStorage: (await caches.keys()).includes(marker),
        serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length > 0,
        httpCache: cachedPage,
        clipboard: (await navigator.clipboard.readText()) === marker,
      };
    },
    { marker: MARKER, sitePage: SITE_PAGE },
  );
}

/** The citizen touches Finish; once the welcome screen is back, nothing of theirs is left. */
async function finishAndFindNothingLeft(page: Page) {
  await page
    .getByRole('button', { name: /./ })
    .filter({ has: page.locator('.icon--finish') })
    .click();
  await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
  await expect.poll(() => survivingMarkers(page)).toEqual(nothing);
}

const everything = {
  cookie: true,
  localStorage: true,
  sessionStorage: true,
  indexedDB: true,
  cacheStorage: true,
  serviceWorkers: true,
  httpCache: true,
  clipboard: true,
};
const nothing = Object.fromEntries(Object.keys(everything).map((k) => [k, false]));

test.describe('the privacy wipe at every reset', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('leaves nothing of one citizen for the next: storage, caches, workers, cookies, clipboard', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'ar');
    await plantMarkers(page);
    // The check can fail: everything is there before the reset.
    expect(await survivingMarkers(page)).toEqual(everything);

    await finishAndFindNothingLeft(page);

    // The next citizen's kiosk works as before.
    await startIn(page, 'da');
  });

  test('also when the citizen’s session could not even be saved (a read-only disk)', async ({ page, kiosk }) => {
    kiosk.services.db.pragma('query_only = ON');
    await openKiosk(page, kiosk);
    await startIn(page, 'fa');
    await expect(page.locator('.storage-problem')).toBeVisible();
    await plantMarkers(page);
    await finishAndFindNothingLeft(page);
  });

  test('also after a restart: whoever used the terminal before a crash or reload is forgotten', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'uk');
    await plantMarkers(page);
    expect(await survivingMarkers(page)).toEqual(everything);
    // A reload is what Electron does after a crashed or hung renderer, and what a restart does.
    await page.reload();
    await expect(page.locator('main[data-screen="welcome"] h1')).toBeVisible();
    await expect.poll(() => survivingMarkers(page)).toEqual(nothing);
  });

  test('the next citizen begins only once the wipe after the one before is done', async ({ page, kiosk }) => {
    // The start's wipe runs beside the welcome screen; here it is held back for a second.
    const calls: string[] = [];
    await page.route('**/api/session.forget', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
      calls.push('wipe done');
    });
    page.on('request', (request) => {
      if (request.url().endsWith('/api/session.start')) calls.push('session started');
    });
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await expect.poll(() => calls).toEqual(['wipe done', 'session started']);
    expect(kiosk.services.db.prepare('SELECT count(*) AS n FROM citizen_sessions').get()).toEqual({ n: 1 });
  });

  test('also after an idle reset', async ({ page, kiosk }) => {
    await page.clock.install();
    await openKiosk(page, kiosk);
    await startIn(page, 'pl');
    await plantMarkers(page);
    await page.clock.fastForward('03:00');
    await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
    await expect.poll(() => survivingMarkers(page)).toEqual(nothing);
  });
});

test.describe('the page itself', () => {
  test('opens no menu on a long press or right click, and never takes a dropped file', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    const refused = await page.evaluate(() => {
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('h1')!.dispatchEvent(menu);
      const files = new DataTransfer();
      files.items.add(new File(['x'], 'letter.pdf', { type: 'application/pdf' }));
      const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: files });
      document.querySelector('main')!.dispatchEvent(drop);
      return { menu: menu.defaultPrevented, drop: drop.defaultPrevented };
    });
    expect(refused).toEqual({ menu: true, drop: true });
  });
});

test.describe('the staff exit', () => {
  const da = staffWords('da');

  test('opens only on its keys and lets only an administrator leave', async ({ page, kiosk }) => {
    kiosk.services.staff.add(1, 'Bo Lund', 'staff', '135790');
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await page.keyboard.press('Control+Alt+Shift+E');
    const screen = page.locator('main[data-screen="staffLeave"]');
    await expect(screen.locator('h1')).toHaveText(da('leave.heading'));
    await expect(screen.locator('[lang="da"]').first()).toBeVisible();
    await expectNoAxeViolations(page, 'staff exit');

    // Staff who are not administrators cannot leave.
    await screen.locator('.staff-names').getByRole('button', { name: 'Bo Lund' }).click();
    await typePin(page, '135790');
    await screen.locator('.staff-form button[type="submit"]').click();
    await expect(screen.locator('.staff-error')).not.toBeEmpty();

    // A wrong PIN does not either.
    await screen.getByRole('button', { name: da('login.otherName') }).click();
    await screen.locator('.staff-names').getByRole('button', { name: TEST_ADMIN.name }).click();
    await typePin(page, '999999');
    await screen.locator('.staff-form button[type="submit"]').click();
    await expect(screen.locator('.staff-error')).not.toBeEmpty();
    const left = () =>
      kiosk.services.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'kiosk.left'").pluck().get();
    expect(left()).toBe(0);

    await typePin(page, TEST_ADMIN.pin);
    await screen.locator('.staff-form button[type="submit"]').click();
    await expect(screen.getByRole('status')).toHaveText(da('leave.done'));
    expect(left()).toBe(1);
  });

  test('“Stay in the kiosk” goes back to where the citizen was', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await page.keyboard.press('Control+Alt+Shift+E');
    await page.getByRole('button', { name: da('leave.stay') }).click();
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
  });
});
