import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openKiosk, startIn, test, type RunningKiosk } from './kioskTest';
import { drawSignature, exemptionWords, verifyAsStaff } from './exemptionSteps';
import { staffWords } from './staffSteps';

const da = exemptionWords('da');
const staffDa = staffWords('da');
const CITIZEN = { name: 'Karen Testesen', cpr: '0503461234', address: 'Strandvejen 12, 7100 Vejle' };

/** Every byte the kiosk keeps: the database, its write-ahead log, and anything else in the data folder. */
function everythingStored(kiosk: RunningKiosk): Buffer {
  kiosk.services.db.pragma('wal_checkpoint(PASSIVE)');
  const files = fs.readdirSync(kiosk.dataDir, { recursive: true, encoding: 'utf8' });
  return Buffer.concat(
    files
      .map((f) => path.join(kiosk.dataDir, f))
      .filter((f) => fs.statSync(f).isFile())
      .map((f) => fs.readFileSync(f)),
  );
}

/** The receipt the page offers as a PDF, as text (pdftotext from poppler-utils). */
async function receiptText(page: Page): Promise<string> {
  const link = page.getByRole('link', { name: da('done.pdf') });
  await expect(link).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-')), 'receipt.pdf');
  await download.saveAs(file);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const next = (page: Page) => page.getByRole('button', { name: da('next'), exact: true }).click();

async function fillUpToVerification(page: Page) {
  await page.locator('.tile[data-task="digital-post-exemption"]').click();
  await expect(page.locator('main[data-screen="exemption"] h1')).toHaveText(da('intro.heading'));
  await page.getByRole('button', { name: da('intro.continue') }).click();
  await page.getByLabel(da('applicant.self')).check();
  await next(page);
  await page.getByLabel(da('grounds.3')).check();
  await page.getByLabel(da('grounds.6')).check();
  await next(page);
  await page.getByLabel(da('details.name')).fill(CITIZEN.name);
  await page.getByLabel(da('details.cpr')).fill('310299-1234');
  await page.getByLabel(da('details.address')).fill(CITIZEN.address);
  await next(page);
  await expect(page.locator('#answer-cpr-error')).toHaveText(da('errors.cpr.noSuchDate'));
  await page.getByLabel(da('details.cpr')).fill('050346-1234');
  await next(page);
  await expect(page.locator('main h1')).toHaveText(da('check.heading'));
  await expect(page.locator('main')).toContainText('050346-XXXX');
  await expect(page.locator('main')).not.toContainText('1234');
}

test('a request in Danish with two grounds, signed on screen and verified by staff: receipt and sealed record', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await startIn(page, 'da');
  await fillUpToVerification(page);
  await expectNoAxeViolations(page, 'exemption: check your answers');
  await next(page);
  await drawSignature(page);
  await expectNoAxeViolations(page, 'exemption: sign');
  await next(page);
  await expect(page.locator('.exemption__staff-check')).toBeVisible();
  await expectNoAxeViolations(page, 'exemption: staff verification');
  await verifyAsStaff(page);

  await expect(page.locator('main h1')).toHaveText(da('done.heading'));
  const row = kiosk.services.db.prepare('SELECT * FROM exemption_requests').get() as Record<string, unknown>;
  expect(row).toMatchObject({ kind: 'exemption', applicant: 'self', status: 'requested', signed_on_paper: 0 });
  await expect(page.locator('.exemption__reference')).toContainText(String(row.reference));
  const text = await receiptText(page);
  await expectNoAxeViolations(page, 'exemption: done');
  expect(text).toContain('Anmodning om fritagelse for Digital Post');
  expect(text).toContain(String(row.reference));
  expect(text).toContain(CITIZEN.name);
  expect(text).toContain('050346-1234');
  expect(text).toContain('Ingen adgang til en computer');
  expect(text).toContain(TEST_ADMIN_NAME);

  // Nothing personal is readable anywhere the kiosk stores things.
  const stored = everythingStored(kiosk);
  for (const secret of [CITIZEN.name, CITIZEN.cpr, '050346-1234', 'Strandvejen']) {
    expect(stored.includes(Buffer.from(secret)), secret).toBe(false);
  }
  const actions = kiosk.services.audit.entries().map((e) => e.action);
  expect(actions).toContain('exemption.requested');
});

const TEST_ADMIN_NAME = 'Anna Andersen';

test('without staff nothing is stored, and stopping or a reset in the middle leaves nothing', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await startIn(page, 'da');
  await fillUpToVerification(page);
  await next(page);
  await page.getByLabel(da('sign.onPaper')).check();
  await next(page);
  const check = page.locator('.exemption__staff-check');
  await check.getByRole('button', { name: staffDa('verify.submit') }).click();
  await expect(check.getByRole('alert')).toHaveText(staffDa('errors.verifyIncomplete'));
  // The citizen cannot verify themselves: a wrong PIN is refused.
  await check.getByLabel(staffDa('verify.staff')).selectOption({ label: TEST_ADMIN_NAME });
  await check.locator('#verify-pin').fill('111111');
  await check.getByLabel(staffDa('documents.passport')).check();
  await check.getByRole('button', { name: staffDa('verify.submit') }).click();
  await expect(check.getByRole('alert')).toHaveText('Forkert PIN-kode. Prøv igen.');
  expect(kiosk.services.db.prepare('SELECT count(*) FROM exemption_requests').pluck().get()).toBe(0);

  // Stopping asks first, then deletes everything typed.
  await page.getByRole('button', { name: da('cancel') }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: da('cancelDialog.confirm') })
    .click();
  await expect(page.locator('main[data-screen="home"]')).toBeVisible();
  await page.locator('.tile[data-task="digital-post-exemption"]').click();
  await page.getByRole('button', { name: da('intro.continue') }).click();
  await page.getByLabel(da('applicant.self')).check();
  await next(page);
  await next(page);
  await expect(page.locator('#grounds-error')).toHaveText(da('errors.grounds'));
  await page.getByLabel(da('grounds.notStated')).check();
  await next(page);
  await expect(page.getByLabel(da('details.name'))).toHaveValue('');
  await page.getByLabel(da('details.name')).fill(CITIZEN.name);
  // A reset (here "Finish and clear") in the middle: back to the start, nothing kept.
  await page.locator('.top-bar button:has(.icon--finish)').click();
  await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
  expect(kiosk.services.db.prepare('SELECT count(*) FROM exemption_requests').pluck().get()).toBe(0);
  expect(everythingStored(kiosk).includes(Buffer.from(CITIZEN.name))).toBe(false);
});
