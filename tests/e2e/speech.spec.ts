import { expect, expectNoAxeViolations, openKiosk, startIn, test } from './kioskTest';
import { installSpeechStandIn, speech, speechCalls, spoken } from './speechStandIn';

// Voices for every language but Somali, as on most machines.
const voices = ['da-DK', 'en-GB', 'ar', 'uk-UA', 'pl-PL', 'tr-TR', 'de-DE', 'fa', 'ur'];

test.describe('reading aloud', () => {
  test.beforeEach(({ page }) => installSpeechStandIn(page, voices));

  test('reads the screen in its language, each invitation in its own, and highlights what is read', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk);
    await page.getByRole('button', { name: 'Læs højt' }).click();
    await expect(page.getByRole('region', { name: 'Oplæsning' })).toBeVisible();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(10);
    const said = await spoken(page);
    expect(said[0]).toEqual({ text: 'Velkommen til Borgerservice', lang: 'da', rate: 1 });
    expect(said).toContainEqual(expect.objectContaining({ lang: 'ar', text: expect.stringContaining('العربية') }));
    expect(said).toContainEqual(expect.objectContaining({ lang: 'uk', text: expect.stringContaining('Українська') }));
    // Somali has no voice here: its invitation is read with the screen's language instead.
    expect(said.find((u) => u.text.includes('Soomaali'))?.lang).toBe('da');
    await expect(page.locator('.being-read')).toHaveText('Velkommen til Borgerservice');
    await expect(page.getByRole('status').filter({ hasText: 'Læser højt' })).toBeVisible();
    await speech(page, 'advance');
    await expect(page.locator('.being-read')).not.toHaveText('Velkommen til Borgerservice');
    await expectNoAxeViolations(page, 'welcome while reading aloud');
    await speech(page, 'finishAll');
    await expect(page.getByRole('status').filter({ hasText: 'Færdig med at læse.' })).toBeVisible();
    await expect(page.locator('.being-read')).toHaveCount(0);
  });

  test('stops on navigation and reads each step of a flow; pause, repeat and slower work', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await page.getByRole('button', { name: 'Læs højt' }).click();
    await startIn(page, 'de');
    await expect.poll(async () => (await speechCalls(page)).includes('cancel')).toBe(true);
    await page.locator('.tile[data-task="change-address"]').click();
    await expect.poll(async () => (await spoken(page)).at(-1)?.lang).toBe('de');
    const stepTitle = await page.locator('h1').textContent();
    await expect.poll(async () => (await spoken(page)).some((u) => u.text === stepTitle && u.lang === 'de')).toBe(true);

    const before = (await spoken(page)).length;
    await page.locator('.flow__actions .button--primary').click();
    const nextTitle = await page.locator('h1').textContent();
    expect(nextTitle).not.toBe(stepTitle);
    await expect
      .poll(async () => (await spoken(page)).slice(before).some((u) => u.text === nextTitle && u.lang === 'de'))
      .toBe(true);

    const bar = page.getByRole('region', { name: 'Vorlesen' }).or(page.locator('.read-aloud'));
    await bar.locator('button').nth(1).click();
    expect(await speechCalls(page)).toContain('pause');
    await bar.locator('button').nth(1).click();
    expect(await speechCalls(page)).toContain('resume');
    await bar.locator('button').nth(2).click();
    await expect(bar.locator('button').nth(2)).toHaveAttribute('aria-pressed', 'true');
    const count = (await spoken(page)).length;
    await bar.locator('button').first().click();
    await expect.poll(async () => (await spoken(page)).slice(count).length).toBeGreaterThan(0);
    expect((await spoken(page)).slice(count).every((u) => u.rate === 0.7)).toBe(true);
  });

  test('says so when there is no voice for the language, and offers Danish or English', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'so');
    await page.locator('.top-bar button:has(.icon--eye)').click();
    await page.locator('button[data-setting="speech"]').click();
    const region = page.locator('.read-aloud');
    await expect(region.locator('p').first()).toContainText('Soomaali');
    expect(await spoken(page)).toEqual([]);
    await expectNoAxeViolations(page, 'no voice for Somali');
    await region.locator('button').nth(1).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(async () => (await spoken(page))[0]?.lang).toBe('en');
  });

  test('tells the citizen when reading fails', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await page.getByRole('button', { name: 'Læs højt' }).click();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
    await speech(page, 'fail');
    await expect(page.getByRole('status').filter({ hasText: 'Teksten kunne ikke læses højt' })).toBeVisible();
  });

  test('touch to hear: the first touch reads an item, the second uses it; Enter uses it at once', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await page.locator('.top-bar button:has(.icon--eye)').click();
    await page.locator('button[data-setting="speech"]').click();
    await page.locator('button[data-setting="touchToHear"]').click();
    // Touching "Done" once only reads it.
    const done = page.locator('main button.button--primary');
    await done.click();
    await expect.poll(async () => (await spoken(page)).at(-1)).toEqual({ text: 'Done', lang: 'en', rate: 1 });
    await expect(page.locator('main[data-screen="settings"]')).toBeVisible();
    await done.click();
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();

    const tile = page.locator('.tile[data-task="mitid"]');
    await tile.click();
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toContain('Log in with MitID');
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();
    await page.locator('.tile[data-task="change-address"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-flow="change-address"]')).toBeVisible();
    // Two touches on Next each time, and on an answer: the second one chooses it.
    for (const step of ['intro', 'before-you-start', 'deadline']) {
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', step);
      await page.locator('.flow__actions .button--primary').click();
      await page.locator('.flow__actions .button--primary').click();
    }
    const yes = page.getByLabel('Yes, I have MitID');
    await page.locator('.radios label').first().click();
    await expect(yes).not.toBeChecked();
    await page.locator('.radios label').first().click();
    await expect(yes).toBeChecked();
  });
});
