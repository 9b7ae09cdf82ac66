import { expect, expectNoAxeViolations, openKiosk, startIn, test } from './kioskTest';

test.describe('home screen', () => {
  // A centre whose tax guide failed to load: its tile must still say so honestly.
  test.use({ withoutFlow: 'tax-assessment' });

  test('shows the configured tasks as tiles; a tile with a guide opens it, one without says so honestly', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await expect(page.locator('h1')).toHaveText('What do you need help with?');
    await expect(page.locator('.tile')).toHaveCount(kiosk.services.config.flows.enabled.length);
    await expectNoAxeViolations(page, 'home');

    await page.locator('.tile[data-task="tax-assessment"]').click();
    await expect(page.locator('main[data-screen="notAvailable"] h1')).toHaveText('This guide is not ready yet');
    await expect(page.locator('main')).toContainText('“See your tax”');
    await expectNoAxeViolations(page, 'not available');
    await page.getByRole('button', { name: 'Back to the tasks' }).click();
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
    await page.locator('.tile[data-task="change-address"]').click();
    await expect(page.locator('[data-flow="change-address"] h1')).toHaveText('Report a change of address');
  });

  test('can be used with the arrow keys, Enter and Escape, with focus always visible', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    // The new screen's heading has focus; the arrows walk through the controls in order.
    await expect(page.locator('h1')).toBeFocused();
    const tiles = page.locator('.tile');
    await page.keyboard.press('ArrowDown');
    await expect(tiles.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(tiles.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(tiles.nth(2)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(tiles.nth(1)).toBeFocused();
    const outline = await tiles.nth(1).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page.locator('main[data-screen="home"]')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
    // Tab reaches the same controls.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toBeVisible();
  });

  test('the arrows follow the reading direction in Arabic', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const tiles = page.locator('.tile');
    await tiles.first().focus();
    await page.keyboard.press('ArrowLeft');
    await expect(tiles.nth(1)).toBeFocused();
  });

  test('every citizen target is at least 48 by 48 CSS pixels', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    const checkTargets = async () => {
      const small = await page.locator('button, a, input, label.choice').evaluateAll((elements) =>
        elements
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 48 || box.height < 48))
          .filter(({ el }) => !(el instanceof HTMLInputElement && el.type === 'radio'))
          .map(({ el, box }) => `${el.outerHTML.slice(0, 60)} ${box.width}x${box.height}`),
      );
      expect(small).toEqual([]);
    };
    await checkTargets();
    await startIn(page, 'da');
    await checkTargets();
    await page.getByRole('button', { name: 'Se og hør bedre' }).click();
    await checkTargets();
  });
});
