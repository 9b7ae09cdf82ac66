import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openKiosk, startIn, test, type RunningKiosk } from './kioskTest';
import { answerByTouch, currentStep, shippedFlows } from './flowSteps';

const changeAddress = shippedFlows.find((f) => f.id === 'change-address')!;

/** Opens "Report a change of address" and goes forward by touch to the step with the site. */
async function reachSiteStep(page: Page, kiosk: RunningKiosk, language = 'en') {
  await openKiosk(page, kiosk);
  await startIn(page, language);
  await page.locator('.tile[data-task="change-address"]').click();
  for (let step = await currentStep(page, changeAddress); step.kind !== 'site';) {
    await answerByTouch(page, step);
    await page.locator('.flow__actions .button--primary').click();
    await expect(page.locator('[data-step]')).not.toHaveAttribute('data-step', step.id);
    step = await currentStep(page, changeAddress);
  }
  const frame = page.frameLocator('.site-panel iframe');
  await expect(frame.locator('h1')).toHaveText('Selvbetjening');
  return frame;
}

test.describe('the embedded official site', () => {
  test('opens beside the guide, which stays visible and usable', async ({ page, kiosk }) => {
    const frame = await reachSiteStep(page, kiosk);
    const guide = await page.locator('.flow__guide').boundingBox();
    const panel = await page.locator('.site-panel').boundingBox();
    expect(guide && panel && guide.x + guide.width <= panel.x).toBe(true);
    await expect(page.locator('.flow__guide h1')).toBeVisible();
    await expect(page.locator('.site-panel iframe')).toHaveAttribute('title', 'The official site: www.borger.dk');
    expect(kiosk.site.status()).toEqual({ state: 'open', host: 'www.borger.dk' });
    await expectNoAxeViolations(page, 'site step with the site open');

    // The citizen works on the site; the guide's Next still goes on.
    await frame.locator('#same-site').click();
    await expect
      .poll(() => page.frames().some((f) => f.url().includes('/official-site/www.borger.dk/next/')))
      .toBe(true);
    await page.locator('.flow__actions .button--primary').click();
    await expect(page.locator('.site-panel')).toHaveCount(0);
  });

  test('in right-to-left, the site is on the left of the guide', async ({ page, kiosk }) => {
    await reachSiteStep(page, kiosk, 'ar');
    const guide = await page.locator('.flow__guide').boundingBox();
    const panel = await page.locator('.site-panel').boundingBox();
    expect(guide && panel && panel.x + panel.width <= guide.x).toBe(true);
    await expectNoAxeViolations(page, 'site step in Arabic');
  });

  test('a link to a site that is not allowed is refused and explained, with a way back', async ({ page, kiosk }) => {
    const frame = await reachSiteStep(page, kiosk);
    await frame.locator('#other-site').click();
    const explanation = page.locator('.site-panel__blocked');
    await expect(explanation).toContainText('That page cannot open here');
    await expect(explanation).toContainText('The link leads to evil.example.');
    await expect(page.locator('.site-panel iframe')).toBeHidden();
    expect(kiosk.site.status()).toEqual({ state: 'blocked', host: 'evil.example', refusal: 'address' });
    await expectNoAxeViolations(page, 'refused address');

    await explanation.getByRole('button', { name: 'Back to the site' }).click();
    await expect(explanation).toHaveCount(0);
    await expect(frame.locator('h1')).toBeVisible();
    expect(kiosk.site.status()).toEqual({ state: 'open', host: 'www.borger.dk' });
  });

  test('a download is refused and the citizen is told why, in their language', async ({ page, kiosk }) => {
    const frame = await reachSiteStep(page, kiosk, 'pl');
    await frame.locator('#download').click();
    await expect(page.locator('.site-panel__blocked')).toContainText('Komputer publiczny nie przechowuje plików');
    expect(kiosk.site.status()).toEqual({ state: 'blocked', host: 'www.borger.dk', refusal: 'download' });
  });

  test('a reset in the middle of the site closes it and forgets the visit', async ({ page, kiosk }) => {
    await reachSiteStep(page, kiosk);
    await page
      .getByRole('button', { name: /./ })
      .filter({ has: page.locator('.icon--finish') })
      .click();
    await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
    await expect.poll(() => kiosk.site.status()).toEqual({ state: 'closed' });
    await expect(page.locator('.site-panel')).toHaveCount(0);
  });
});
