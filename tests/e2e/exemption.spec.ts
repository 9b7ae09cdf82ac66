import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openKiosk, startIn, test, type RunningKiosk } from './kioskTest';
import { keyboardSettled } from './flowSteps';
import { drawSignature, exemptionWords, verifyAsStaff } from './exemptionSteps';
import { logInAsStaff, staffWords } from './staffSteps';

const da = exemptionWords('da');
const staffDa = staffWords('da');
const CITIZEN = { name: 'Karen Testesen', cpr: '0503461234', address: 'Strandvejen 12, 7100 Vejle' };

/** Every byte the kiosk keeps: the database, its write-ahead log, its log file, and anything else in the data folder. */
function everythingStored(kiosk: RunningKiosk): Buffer {
  kiosk.services.db.pragma('wal_checkpoint(PASSIVE)');
  const files = fs.readdirSync(kiosk.dataDir, { recursive: true, encoding: 'utf8' });
  expect(files).toContain(path.join('logs', 'main.log'));
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

const next = async (page: Page) => {
  await keyboardSettled(page);
  await page.getByRole('button', { name: da('next'), exact: true }).click();
};

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

  // Nothing personal is readable anywhere the kiosk stores things, a backup included.
  await kiosk.services.db.backup(path.join(kiosk.dataDir, 'backup.db'));
  const stored = everythingStored(kiosk);
  expect(stored.length).toBeGreaterThan(100_000);
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

test('staff see an overdue request, open it (audited), export it for the caseworker and mark it entered', async ({
  page,
  kiosk,
}) => {
  // Recorded nine days ago by a representative, verified then; not yet entered in the register.
  kiosk.setClock(Date.now() - 9 * 86_400_000);
  const { reference } = kiosk.services.exemptions.submit({
    kind: 'exemption',
    language: 'ar',
    applicant: 'representative',
    representative: { name: 'Omar Testesen', relation: 'søn' },
    citizen: { name: 'Layla Testesen', cpr: '1207421234', address: 'Vestergade 3, 7100 Vejle' },
    grounds: 'not-stated',
    signaturePng: null,
    verification: { staffId: 1, pin: '246810', idDocument: 'health-card', powerOfAttorneySeen: true },
  });
  kiosk.setClock(Date.now());
  await openKiosk(page, kiosk);
  await logInAsStaff(page);
  await expect(page.locator('.staff-notice')).toHaveText(
    /1 anmodning om fritagelse er ikke registreret efter 7 dage\./,
  );
  await page
    .locator('.staff-notice')
    .getByRole('button', { name: staffDa('home.exemptions') })
    .click();
  const screen = page.locator('main[data-screen="staffExemptions"]');
  const row = screen.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText(staffDa('exemptions.overdue'));
  await expectNoAxeViolations(page, 'staff: exemption requests');

  await row.getByRole('button', { name: `Åbn ${reference}` }).click();
  const details = screen.locator('.staff-details');
  await expect(details).toContainText('Layla Testesen');
  await expect(details).toContainText('120742-1234');
  await expect(details).toContainText('Omar Testesen (søn)');
  await expect(details).toContainText(staffDa('exemptions.notStated'));
  await expectNoAxeViolations(page, 'staff: one exemption request opened');

  // A reprint is a staff action too: audited, and offered as a PDF here where there is no printer.
  await details.getByRole('button', { name: staffDa('exemptions.reprint') }).click();
  await expect(details.getByRole('link', { name: staffDa('exemptions.openPdf') })).toBeVisible({ timeout: 20_000 });

  await row.getByRole('checkbox').check();
  await screen.getByRole('button', { name: 'Eksportér 1 anmodning som CSV' }).click();
  await expect(screen.getByRole('status')).toContainText(kiosk.services.exportsDir);
  const [file] = fs.readdirSync(kiosk.services.exportsDir);
  const csv = fs.readFileSync(path.join(kiosk.services.exportsDir, file!), 'utf8');
  expect(csv).toContain(`${reference},exemption,`);
  expect(csv).toContain('Layla Testesen,120742-1234,');

  await screen.getByRole('button', { name: 'Eksportér 1 anmodning som PDF' }).click();
  await expect(screen.getByRole('status')).toContainText('.pdf');
  const pdf = fs.readdirSync(kiosk.services.exportsDir).find((f) => f.endsWith('.pdf'))!;
  const pdfText = execFileSync('pdftotext', ['-layout', path.join(kiosk.services.exportsDir, pdf), '-'], {
    encoding: 'utf8',
  });
  expect(pdfText).toContain(reference);
  expect(pdfText).toContain('Layla Testesen');

  await details.getByRole('button', { name: staffDa('exemptions.markEntered') }).click();
  await expect(screen.getByRole('status')).toHaveText(`${reference} er markeret som registreret.`);
  await expect(screen.getByRole('row', { name: new RegExp(reference) })).toHaveCount(0);
  await screen.getByRole('button', { name: staffDa('exemptions.status.entered') }).click();
  await expect(screen.getByRole('row', { name: new RegExp(reference) })).toContainText(
    staffDa('exemptions.status.entered'),
  );
  const actions = kiosk.services.audit.entries().map((e) => e.action);
  expect(actions.slice(-6)).toEqual([
    'staff.login',
    'exemption.opened',
    'exemption.printed',
    'exemption.exported',
    'exemption.exported',
    'exemption.entered',
  ]);
});

test('a request in Arabic by a representative who does not state the grounds; receipt in Danish and Arabic', async ({
  page,
  kiosk,
}) => {
  const ar = exemptionWords('ar');
  const nextAr = () => page.getByRole('button', { name: ar('next'), exact: true }).click();
  await openKiosk(page, kiosk);
  await startIn(page, 'ar');
  await page.locator('.tile[data-task="digital-post-exemption"]').click();
  await expect(page.locator('main h1')).toHaveText(ar('intro.heading'));
  await page.getByRole('button', { name: ar('intro.continue') }).click();
  await page.getByLabel(ar('applicant.representative')).check();
  await page.getByLabel(ar('applicant.name')).fill('Omar Testesen');
  await page.getByLabel(ar('applicant.relation')).fill('ابن');
  await expectNoAxeViolations(page, 'exemption in Arabic: who applies');
  await nextAr();
  await page.getByLabel(ar('grounds.notStated')).check();
  await expectNoAxeViolations(page, 'exemption in Arabic: grounds');
  await nextAr();
  await page.getByLabel(ar('details.name')).fill('Layla Testesen');
  // Typed on an Arabic keyboard: Arabic-Indic digits are the same number.
  await page.getByLabel(ar('details.cpr')).fill('١٢٠٧٤٢-١٢٣٤');
  await page.getByLabel(ar('details.address')).fill('Vestergade 3, 7100 Vejle');
  await nextAr();
  await expect(page.locator('main')).toContainText('120742-XXXX');
  await expect(page.locator('main')).toContainText(ar('grounds.notStated'));
  await nextAr();
  await drawSignature(page);
  await nextAr();
  await expectNoAxeViolations(page, 'exemption in Arabic: staff verification in Danish');
  await expect(page.locator('.exemption__staff-check').locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute(
    'lang',
    'da',
  );
  // On request, the staff check shows the citizen's words beside the Danish.
  await page.getByRole('button', { name: staffDa('verify.showCitizen') }).click();
  await expect(page.locator('.exemption__beside').first()).toHaveAttribute('lang', 'ar');
  await expect(page.locator('.exemption__beside').first()).not.toHaveText('');
  await verifyAsStaff(page, { powerOfAttorney: true });
  await expect(page.locator('main h1')).toHaveText(ar('done.heading'));

  const row = kiosk.services.db.prepare('SELECT * FROM exemption_requests').get() as Record<string, unknown>;
  expect(row).toMatchObject({ applicant: 'representative', language: 'ar', power_of_attorney_seen: 1 });
  const details = kiosk.services.exemptions.details(Number(row.id));
  expect(details.grounds).toBe('not-stated');
  expect(details.citizen.cpr).toBe('1207421234');
  const link = page.getByRole('link', { name: ar('done.pdf') });
  await expect(link).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-')), 'receipt.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Ikke oplyst');
  expect(text).toContain('Omar Testesen');
  expect(text.split(String(row.reference)).length - 1).toBeGreaterThanOrEqual(2);
  expect(text).toContain('البريد');
});

test('asking to receive Digital Post again is the same request, shorter: no grounds', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await startIn(page, 'da');
  await page.locator('.tile[data-task="digital-post-exemption"]').click();
  await page.getByRole('button', { name: da('intro.resume') }).click();
  await expect(page.locator('.flow__progress')).toHaveText('Trin 1 af 5');
  await page.getByLabel(da('applicant.guardian')).check();
  await page.getByLabel(da('applicant.name')).fill('Mette Værgesen');
  await page.getByLabel(da('applicant.relation')).fill('værge');
  await next(page);
  await expect(page.locator('main h1')).toHaveText(da('details.heading'));
  await page.getByLabel(da('details.name')).fill(CITIZEN.name);
  await page.getByLabel(da('details.cpr')).fill('0503461234');
  await page.getByLabel(da('details.address')).fill(CITIZEN.address);
  await next(page);
  await expect(page.locator('main')).toContainText(da('check.declarationResume'));
  await next(page);
  await page.getByLabel(da('sign.onPaper')).check();
  await next(page);
  await verifyAsStaff(page);
  await expect(page.locator('main')).toContainText(da('done.nextResume'));
  expect(kiosk.services.db.prepare('SELECT kind, applicant, signed_on_paper FROM exemption_requests').get()).toEqual({
    kind: 'resume',
    applicant: 'guardian',
    signed_on_paper: 1,
  });
});
