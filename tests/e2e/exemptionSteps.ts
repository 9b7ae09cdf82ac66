import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/kioskFixture';
import { TEST_ADMIN } from './kioskTest';
import { staffWords, typePin } from './staffSteps';

type Words = Record<string, unknown>;

/** The exemption request's words in a citizen's language, to touch what the citizen reads. */
export function exemptionWords(language: string): (key: string) => string {
  const words = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'locales', language, 'exemption.json'), 'utf8'),
  ) as Words;
  return (key) => key.split('.').reduce<unknown>((at, part) => (at as Words)[part], words) as string;
}

/** Draws a short signature with the mouse, as a finger would. */
export async function drawSignature(page: Page): Promise<void> {
  const pad = page.locator('.signature-pad canvas');
  await expect(pad).toBeVisible();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 40 + i * 25, box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2)));
  }
  await page.mouse.up();
  await expect(page.locator('.signature-pad')).toHaveAttribute('data-signed', 'true');
}

/** The staff check at the counter: name, PIN, ID seen (and the power of attorney if asked). */
export async function verifyAsStaff(page: Page, options: { powerOfAttorney?: boolean } = {}): Promise<void> {
  const da = staffWords('da');
  const check = page.locator('.exemption__staff-check');
  await check.getByLabel(da('verify.staff')).selectOption({ label: TEST_ADMIN.name });
  await typePin(page, TEST_ADMIN.pin, check.locator('.pin-field'));
  await check.getByLabel(da('documents.passport')).check();
  if (options.powerOfAttorney) await check.getByLabel(da('verify.powerOfAttorney')).check();
  await check.getByRole('button', { name: da('verify.submit') }).click();
}
