import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { repoRoot } from '../helpers/kioskFixture';
import { TEST_ADMIN } from './kioskTest';

type Words = Record<string, unknown>;

/** The staff screens' words, to find buttons by what staff read. */
export function staffWords(language: 'da' | 'en', file = 'staff.json'): (key: string) => string {
  const words = JSON.parse(fs.readFileSync(path.join(repoRoot, 'locales', 'staff', language, file), 'utf8')) as Words;
  return (key) => key.split('.').reduce<unknown>((at, part) => (at as Words)[part], words) as string;
}

/** Touches "Staff" in the top bar, chooses a name and types the PIN on the keypad. */
export async function logInAsStaff(page: Page, member = TEST_ADMIN): Promise<void> {
  await page.locator('.top-bar .button--staff').click();
  await expect(page.locator('main[data-screen="staffLogin"] h1')).toBeVisible();
  await page.locator('.staff-names').getByRole('button', { name: member.name }).click();
  await typePin(page, member.pin);
  await page.locator('main .staff-form button[type="submit"]').click();
  await expect(page.locator('main[data-screen="staffHome"] h1')).toBeVisible();
}

/** Types a PIN by touching the keypad's digits, as staff at a touch screen would. */
export async function typePin(page: Page, pin: string, field = page.locator('main .pin-field').first()) {
  for (const digit of pin) await field.locator('.pin-pad').getByRole('button', { name: digit, exact: true }).click();
}

/** A partially sighted clerk's settings, chosen on the citizen's screen: 200 % text, high contrast. */
export async function chooseLargeTextAndHighContrast(page: Page): Promise<void> {
  await page.locator('.top-bar button:has(.icon--eye)').click();
  await page.locator('label[data-size="200"] input').check();
  await page.locator('button[data-setting="highContrast"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
}
