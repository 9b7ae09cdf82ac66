import { watchCspViolations } from './cspViolations';
import { expect, test } from './kioskTest';

/**
 * Every test fails on a Content-Security-Policy violation (kioskTest.ts). This one proves the watch
 * would see one: it breaks the policy on purpose, in a browser context of its own so the violation
 * is not the test's own.
 */
test('a violation of the page’s policy is seen by the watch that every test runs', async ({ browser, kiosk }) => {
  const context = await browser.newContext();
  try {
    const watch = await watchCspViolations(context);
    const page = await context.newPage();
    await page.goto(kiosk.url);
    await expect(page.locator('main[data-screen="welcome"] h1')).toBeVisible();
    expect(await watch.violations()).toEqual([]);

    // An image from another origin: img-src allows only the page's own files and data: addresses.
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'http://localhost:9/not-allowed.png';
      document.body.append(image);
    });
    const seen = async () =>
      (await watch.violations()).some(
        (v) => v.violatedDirective === 'img-src' && v.blockedURI.startsWith('http://localhost:9'),
      );
    await expect.poll(seen).toBe(true);
  } finally {
    await context.close();
  }
});
