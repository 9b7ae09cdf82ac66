import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openKiosk, startIn, test } from './kioskTest';

test.describe('accessibility settings', () => {
  test('text size, high contrast and less movement apply at once, on every screen, and are recorded', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk);
    // Reachable before choosing a language: a citizen may need large text to read the welcome screen.
    await page.getByRole('button', { name: 'Se og hør bedre' }).click();
    await expect(page.locator('main[data-screen="settings"] h1')).toHaveText('Se og hør bedre');
    await expectNoAxeViolations(page, 'settings');

    await page.getByRole('radio', { name: '200 %' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await page.locator('button[data-setting="highContrast"]').click();
    await expect(page.locator('button[data-setting="highContrast"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
    await page.locator('button[data-setting="reducedMotion"]').click();
    await page.locator('button[data-setting="speech"]').click();
    await expectNoAxeViolations(page, 'settings in high contrast at 200%');

    await page.getByRole('button', { name: 'Færdig' }).click();
    await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
    await startIn(page, 'pl');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
    // No horizontal scrolling at 200% and 1280 px wide.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    await expect
      .poll(() =>
        kiosk.services.db
          .prepare('SELECT text_size_max, high_contrast_used, reduced_motion_used, speech_used FROM citizen_sessions')
          .get(),
      )
      .toEqual({ text_size_max: 200, high_contrast_used: 1, reduced_motion_used: 1, speech_used: 1 });
  });

  test('the speech switch on the welcome screen turns reading aloud on for this session', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    const speech = page.getByRole('button', { name: 'Læs højt' });
    await expect(speech).toHaveAttribute('aria-pressed', 'false');
    await speech.click();
    await expect(speech).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Se og hør bedre' }).click();
    await expect(page.locator('button[data-setting="speech"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test("Windows' own high contrast (forced colours): every icon is drawn and a toggle that is on looks on", async ({
    page,
    kiosk,
  }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openKiosk(page, kiosk);
    await expectIconsDrawn(page, 'welcome');
    // A switched-on toggle still looks on: the system's highlight, not the theme's accent.
    const speech = page.getByRole('button', { name: 'Læs højt' });
    const looks = () => speech.evaluate((button) => getComputedStyle(button).backgroundColor);
    const off = await looks();
    await speech.click();
    await expect(speech).toHaveAttribute('aria-pressed', 'true');
    expect(await looks()).not.toBe(off);
    await speech.click();
    await startIn(page, 'ar');
    await expectIconsDrawn(page, 'home in Arabic');
    await expectNoAxeViolations(page, 'home in forced colours');
  });
});

test.describe('language', () => {
  test('the language picker names each language in its own script and switches lang and dir', async ({
    page,
    kiosk,
  }) => {
    const localeChunks: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/kiosk-[^/]+\.js$/.test(r.url())) localeChunks.push(r.url());
    });
    await openKiosk(page, kiosk);
    expect(localeChunks).toHaveLength(1);
    await startIn(page, 'da');
    await page.getByRole('button', { name: /Sprog/ }).click();
    await expect(page.locator('main[data-screen="language"] h1')).toHaveText('Vælg dit sprog');
    await expect(page.locator('main button[data-language="fa"]')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('main button[data-language="da"]')).toHaveAttribute('aria-current', 'true');
    await expectNoAxeViolations(page, 'language');

    await page.locator('main button[data-language="fa"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
    // Only the chosen language's words were fetched, on demand.
    expect(localeChunks).toHaveLength(2);
    await expect
      .poll(() =>
        kiosk.services.db.prepare('SELECT language FROM citizen_session_languages ORDER BY language').pluck().all(),
      )
      .toEqual(['da', 'fa']);
  });
});

/**
 * Each icon on screen paints something: its box looks different with the icon hidden. Forced
 * colours replace backgrounds with the system's, so an icon painted as a background vanishes.
 */
async function expectIconsDrawn(page: Page, where: string) {
  const icons = page.locator('.icon');
  expect(await icons.count(), where).toBeGreaterThan(2);
  for (const icon of await icons.all()) {
    const clip = (await icon.boundingBox())!;
    // Transitions finished at once: visibility itself is animated, over 150 ms.
    const shown = await page.screenshot({ clip, animations: 'disabled' });
    await icon.evaluate((drawn) => ((drawn as HTMLElement).style.visibility = 'hidden'));
    const hidden = await page.screenshot({ clip, animations: 'disabled' });
    await icon.evaluate((drawn) => ((drawn as HTMLElement).style.visibility = ''));
    expect(shown.equals(hidden), `${where}: ${await icon.getAttribute('class')} is drawn`).toBe(false);
  }
}
