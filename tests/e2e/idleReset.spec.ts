import { expect, expectNoAxeViolations, openKiosk, startIn, test } from './kioskTest';

// Defaults: 120 s without activity resets, with a warning 30 s before.

test.describe('idle reset', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    // Count the warning tones the page plays, to prove the warning is audible as well as visible.
    await page.addInitScript(() => {
      const counter = window as unknown as { tonesPlayed: number };
      counter.tonesPlayed = 0;
      const original = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        counter.tonesPlayed++;
        return original.call(this);
      };
    });
  });

  test('warns with a sound and a dialog, and one touch gives more time', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await page.clock.fastForward('01:29');
    await expect(page.locator('dialog.idle-warning')).toBeHidden();
    await page.clock.fastForward('00:02');
    const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(/The screen will be cleared in (29|30) seconds\./);
    expect(await page.evaluate(() => (window as unknown as { tonesPlayed: number }).tonesPlayed)).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'I need more time' })).toBeFocused();
    await expectNoAxeViolations(page, 'idle warning');

    await page.getByRole('button', { name: 'I need more time' }).click();
    await expect(warning).toBeHidden();
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
    // The count starts again: another 90 s passes without a reset.
    await page.clock.fastForward('01:29');
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
    await expect(warning).toBeHidden();
  });

  test('the countdown speaks the language of the screen, with its plural forms', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'pl');
    // Stop the clock so only fastForward moves it: the exact number of seconds left matters here.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 500);
    // A key press starts the count at the paused moment, however long the steps before took.
    await page.keyboard.press('Shift');
    await page.clock.fastForward('01:31');
    await expect(page.locator('.idle-warning__countdown')).toBeVisible();
    await page.clock.fastForward('00:27');
    // 2 in Polish takes the "few" form, unlike 5 ("many").
    await expect(page.locator('.idle-warning__countdown')).toContainText('2');
    const few = await page.locator('.idle-warning__countdown').textContent();
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.idle-warning')).toBeHidden();
    await page.clock.fastForward('01:55');
    const many = await page.locator('.idle-warning__countdown').textContent();
    expect(many).toContain('5');
    expect(few?.replace('2', '#')).not.toBe(many?.replace('5', '#'));
  });

  test('then resets: everything the citizen chose is gone and the session is closed', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'ar');
    await page
      .getByRole('button', { name: /./ })
      .filter({ has: page.locator('.icon--eye') })
      .click();
    await page.locator('button[data-setting="highContrast"]').click();
    await page.locator('label[data-size="175"] input').check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');

    await page.clock.fastForward('02:01');
    await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'standard');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '100');
    await expect(page.locator('dialog.idle-warning')).toBeHidden();
    await expect(page.locator('h1')).toBeFocused();
    // Nothing kept in the page's storage either.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    await expect
      .poll(() =>
        kiosk.services.db.prepare('SELECT end_reason, high_contrast_used, text_size_max FROM citizen_sessions').all(),
      )
      .toEqual([{ end_reason: 'idle', high_contrast_used: 1, text_size_max: 175 }]);

    // The next citizen starts a new session of their own.
    await startIn(page, 'en');
    await expect.poll(() => kiosk.services.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(2);
  });

  test('Finish resets at once and records that the citizen finished', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'uk');
    await page.locator('.tile').first().click();
    await page
      .getByRole('button', { name: /./ })
      .filter({ has: page.locator('.icon--finish') })
      .click();
    await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect
      .poll(() => kiosk.services.db.prepare('SELECT end_reason FROM citizen_sessions').pluck().all())
      .toEqual(['finished']);
  });

  test('does not count down on the welcome screen before anyone has touched it', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await page.clock.fastForward('05:00');
    await expect(page.locator('dialog.idle-warning')).toBeHidden();
    expect(kiosk.services.db.prepare('SELECT count(*) FROM citizen_sessions').pluck().get()).toBe(0);
  });
});
