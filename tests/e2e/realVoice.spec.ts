import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../electron/bridge/chromium';
import { expect, openKiosk, test } from './kioskTest';

/**
 * Reading aloud with the machine's real voices (speech-dispatcher and espeak-ng on Linux), not the
 * recording stand-in the other speech tests use. CI installs the voices and sends their sound
 * nowhere (scripts/silent-speech.sh) and sets KIOSK_REAL_VOICE=required, so there the test must
 * run; on a machine without voices it is skipped and says why.
 */
let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs, '--enable-speech-dispatcher'],
  });
});
test.afterAll(() => browser.close());

test.describe('reading aloud with a real voice', () => {
  test('the welcome screen is spoken: the first block starts, ends and the next is highlighted', async ({ kiosk }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
    await openKiosk(page, kiosk);
    const voices = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const list = () => speechSynthesis.getVoices().map((v) => v.lang);
          if (list().length > 0) return resolve(list());
          speechSynthesis.addEventListener('voiceschanged', () => resolve(list()), { once: true });
          setTimeout(() => resolve(list()), 5_000);
        }),
    );
    const hasDanish = voices.some((lang) => lang.split(/[-_]/)[0] === 'da');
    if (process.env.KIOSK_REAL_VOICE === 'required') expect(hasDanish, 'a Danish voice on this machine').toBe(true);
    test.skip(!hasDanish, 'no Danish voice on this machine (install speech-dispatcher and espeak-ng)');

    // Every block the page highlights while the real voice reads, in order.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { highlighted: seen });
      new MutationObserver(() => {
        const now = document.querySelector('.being-read')?.textContent ?? '';
        if (now && seen.at(-1) !== now) seen.push(now);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    const highlighted = () => page.evaluate(() => (window as unknown as { highlighted: string[] }).highlighted);

    await page.getByRole('button', { name: 'Læs højt' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Læser højt' })).toBeVisible({ timeout: 15_000 });
    // The engine finished the heading and went on: the highlight follows the real voice.
    await expect
      .poll(highlighted, { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['Velkommen til Borgerservice', expect.stringContaining('Digital Post')]));
    expect((await highlighted())[0]).toBe('Velkommen til Borgerservice');
    await page.close();
  });

  test('a language without a voice here (Somali) says so and offers Danish or English', async ({ kiosk }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
    await openKiosk(page, kiosk);
    const somali = await page.evaluate(() => speechSynthesis.getVoices().some((v) => v.lang.startsWith('so')));
    test.skip(somali, 'this machine has a Somali voice');
    await page.locator('main button[data-language="so"]').click();
    await page.locator('.top-bar button:has(.icon--eye)').click();
    await page.locator('main [data-setting="speech"]').click();
    await expect(page.locator('.read-aloud__no-voice')).toBeVisible();
    await page.close();
  });
});
