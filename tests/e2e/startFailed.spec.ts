import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/kioskFixture';
import { expect, expectNoAxeViolations, openKiosk, startIn, test } from './kioskTest';

/**
 * The start-failed screen: what staff see when the kiosk's services cannot give the page its
 * start. It is in Danish, the default, since without the services there is no config to say
 * otherwise; it names the cause, and passes axe like every other screen. The same screen, with a
 * "start again" button, is what the error boundary shows when a screen fails to draw.
 */
type Words = { app: Record<string, string>; errors: Record<string, string> };
const kioskWords = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'locales', language, 'kiosk.json'), 'utf8')) as Words;
const kioskDa = kioskWords('da');

test('with the services gone, the page tells staff instead of hanging', async ({ page, kiosk }) => {
  // As after the database was closed under the running kiosk: every call now fails.
  kiosk.services.close();
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/kiosk.start'));
  await page.goto(kiosk.url);
  const failure = (await (await answer).json()) as { ok: boolean; error: { messageKey: string } };
  expect(failure.ok).toBe(false);
  await expect(page.locator('main h1')).toHaveText(kioskDa.app.startFailed!);
  const key = failure.error.messageKey.replace(/^errors\./, '');
  await expect(page.locator('main p')).toHaveText(kioskDa.errors[key]!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expectNoAxeViolations(page, 'the start-failed screen');
});

for (const [code, key] of [
  ['storage_full', 'startStorageFull'],
  ['storage_unwritable', 'startStorageUnwritable'],
  ['storage_busy', 'startDatabaseBusy'],
] as const) {
  test(`a start stopped by the storage (${code}) is named for staff`, async ({ page, kiosk }) => {
    // The main process answers every call so when its services could not open the database
    // (tests/wiring/mainStartFailure.wiring.test.ts); the bridge always has services, so the
    // answer is given here.
    await page.route('**/api/kiosk.start', (route) =>
      route.fulfill({ json: { ok: false, error: { code, messageKey: `errors.${key}` } } }),
    );
    await page.goto(kiosk.url);
    await expect(page.locator('main h1')).toHaveText(kioskDa.app.startFailed!);
    await expect(page.locator('main p')).toHaveText(kioskDa.errors[key]!);
    await expectNoAxeViolations(page, `the start-failed screen (${code})`);
  });
}

test('a screen that fails to load leaves the citizen a message in their language and a way to start again', async ({
  page,
  kiosk,
}) => {
  // The staff screens' chunk cannot be loaded, as from a damaged installation.
  const staffChunk = '**/assets/StaffScreens-*.js';
  await page.route(staffChunk, (route) => route.abort());
  await openKiosk(page, kiosk);
  await startIn(page, 'ar');
  await page.locator('.top-bar .button--staff').click();
  const arabic = kioskWords('ar');
  await expect(page.locator('main h1')).toHaveText(arabic.app.startFailed!);
  await expect(page.locator('main p')).toHaveText(arabic.errors.internal!);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page, 'the screen after a failure');

  await page.unroute(staffChunk);
  await page.getByRole('button', { name: arabic.app.startAgain! }).click();
  await expect(page.locator('main[data-screen="welcome"] h1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});
