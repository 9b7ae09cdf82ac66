import { expect, expectNoAxeViolations, openKiosk, test } from './kioskTest';

test.describe('a damaged database at start', () => {
  test.use({ damagedDatabase: true });

  test('is moved aside, a fresh one is used, staff are told, and the kiosk works', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    const notice = page.locator('[data-notice="database_quarantined"]');
    await expect(notice).toContainText('Databasen var beskadiget');
    await expect(notice).toContainText('kiosk.db.damaged-');
    await expectNoAxeViolations(page, 'welcome with database notice');
    // The message follows the screen's language.
    await page.locator('.top-bar button:has(.icon--globe)').click();
    await page.locator('main button[data-language="en"]').click();
    await expect(notice).toContainText('The database was damaged');
    await page.locator('main button[data-language="en"]').click();
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
    await expect.poll(() => kiosk.services.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(1);
  });
});

test('when the services cannot answer, the screen sends the citizen to staff', async ({ page, kiosk }) => {
  kiosk.services.close();
  await page.goto(kiosk.url);
  await expect(page.locator('h1')).toHaveText('Kiosken kan ikke bruges lige nu. Spørg en medarbejder om hjælp.');
  await expect(page.locator('main')).toContainText('Noget gik galt.');
  await expectNoAxeViolations(page, 'start failed');
});
