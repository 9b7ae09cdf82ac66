import { expect, expectNoAxeViolations, openKiosk, startIn, test } from './kioskTest';

test.describe('staff see who is waiting for help', () => {
  // Minutes pass in these tests; the terminal must not reset itself meanwhile.
  test.use({ kioskConfig: { idle: { timeoutSeconds: 900, warningSeconds: 30 } } });

  test('a request shows with its guide and step, and "I am helping now" records the wait', async ({ page, kiosk }) => {
    await page.clock.install();
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await page.locator('.tile[data-task="change-address"]').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Get help from staff' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();

    // Three minutes later a member of staff opens the list on the terminal.
    await page.clock.fastForward('03:00');
    await page.getByRole('button', { name: 'Staff', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Citizens waiting for help');
    const request = page.locator('.staff-help__request');
    await expect(request).toHaveCount(1);
    await expect(request).toContainText('kiosk-1: Report a change of address — What you need');
    await expect(request).toContainText('Waiting for 3 minutes');
    await expectNoAxeViolations(page, 'staff: help requests');

    await request.getByRole('button', { name: 'I am helping now' }).click();
    // The services keep real time (the page's clock is the one moved on), so the wait is seconds here.
    await expect(page.getByRole('status')).toHaveText('Recorded. The wait was 0 minutes.');
    await expect(request).toHaveCount(0);
    await expect(page.locator('main')).toContainText('No one is waiting for help right now.');
    const row = kiosk.services.db
      .prepare<[], { waited: number }>('SELECT acknowledged_at - requested_at AS waited FROM help_requests')
      .get();
    expect(row!.waited).toBeGreaterThan(0);
    expect(kiosk.services.helpRequests.open()).toEqual([]);
  });

  test('the list is in the screen language, with plurals from the language itself', async ({ page, kiosk }) => {
    await page.clock.install();
    await openKiosk(page, kiosk);
    await startIn(page, 'ar');
    await page.locator('.top-bar .button--staff').click();
    await expect(page.locator('main')).toContainText('لا أحد ينتظر المساعدة الآن.');
    kiosk.services.helpRequests.request({});
    await page.clock.fastForward('02:00');
    await expect(page.locator('.staff-help__request')).toContainText('ليس في دليل');
    await expect(page.locator('.staff-help__request')).toContainText('دقيقتان');
    await expectNoAxeViolations(page, 'staff: help requests in Arabic');
  });
});
