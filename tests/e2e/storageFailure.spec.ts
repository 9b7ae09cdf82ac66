import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../helpers/kioskFixture';
import { expect, expectNoAxeViolations, openKiosk, startIn, test, type RunningKiosk } from './kioskTest';
import { answerByTouch, currentStep, keyboardSettled, shippedFlows } from './flowSteps';

/**
 * A disk that fills up, or a data folder that turns read-only, while a citizen is in the middle of
 * a task. SQLite's own limits stand in for the disk (CI runs as root, where permissions do not
 * bind): a filler table eats the last free pages under max_page_count; query_only refuses writes.
 */
const flow = shippedFlows.find((f) => f.id === 'change-address')!;
const arabic = JSON.parse(fs.readFileSync(path.join(repoRoot, 'locales', 'ar', 'kiosk.json'), 'utf8')).errors;

async function stepForward(page: Page) {
  const step = await currentStep(page, flow);
  await answerByTouch(page, step);
  await keyboardSettled(page);
  await page.locator('.flow__actions .button--primary').click();
  await expect(page.locator('[data-step]')).not.toHaveAttribute('data-step', step.id);
}

async function intoTheFlow(page: Page, kiosk: RunningKiosk) {
  await openKiosk(page, kiosk);
  await startIn(page, 'ar');
  await page.locator('.tile[data-task="change-address"]').click();
  await expect.poll(() => kiosk.services.db.prepare('SELECT count(*) FROM flow_runs').pluck().get()).toBe(1);
}

const helpRequests = (kiosk: RunningKiosk) =>
  kiosk.services.db.prepare('SELECT count(*) FROM help_requests').pluck().get() as number;
const furthestStep = (kiosk: RunningKiosk) =>
  kiosk.services.db.prepare('SELECT furthest_step FROM flow_runs').pluck().get() as number;
const kioskWords = JSON.parse(fs.readFileSync(path.join(repoRoot, 'locales', 'ar', 'kiosk.json'), 'utf8'));

/** The citizen asks for staff (a new row: what a full disk refuses first) and closes the answer. */
async function callStaff(page: Page, expected: string) {
  await page.getByRole('button', { name: kioskWords.topBar.help }).click();
  await expect(page.locator('.help-dialog p')).toHaveText(expected);
  await page.locator('.help-dialog').getByRole('button', { name: kioskWords.help.close }).click();
}

test.describe('when the kiosk cannot save', () => {
  test('a full disk: the citizen goes on, staff are told, and it recovers when space returns', async ({
    page,
    kiosk,
  }) => {
    await intoTheFlow(page, kiosk);
    const { db } = kiosk.services;
    db.exec('CREATE TABLE disk_filler (bytes BLOB)');
    // A disk with a little room left, which the filler then takes (and gives back when dropped).
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 64}`);
    expect(() => {
      for (;;) db.prepare('INSERT INTO disk_filler VALUES (randomblob(2000))').run();
    }).toThrow(/full/);
    // The last page of the help requests still has room for a few rows; other terminals' calls
    // (here: the services' own) take it, so the disk is full for this citizen's call too.
    const sessionId = db.prepare('SELECT max(id) FROM citizen_sessions').pluck().get() as number;
    expect(() => {
      for (;;) kiosk.services.helpRequests.request({ sessionId });
    }).toThrow(/full/);
    const before = helpRequests(kiosk);

    // The citizen asks for help: the kiosk cannot save it, says so, and the task goes on.
    await callStaff(page, kioskWords.help.failed);
    const problem = page.locator('.storage-problem');
    await expect(problem).toHaveText(arabic.storageFull);
    await expectNoAxeViolations(page, 'disk full notice');
    expect(helpRequests(kiosk)).toBe(before);
    await stepForward(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

    // Someone frees space (here: the filler goes); saving works again and the notice goes.
    db.exec('DROP TABLE disk_filler');
    await callStaff(page, kioskWords.help.body);
    await expect(problem).toHaveCount(0);
    expect(helpRequests(kiosk)).toBe(before + 1);
  });

  test('a read-only data folder: the same, with its own message', async ({ page, kiosk }) => {
    await intoTheFlow(page, kiosk);
    kiosk.services.db.pragma('query_only = ON');
    await stepForward(page);
    await expect(page.locator('.storage-problem')).toHaveText(arabic.storageUnwritable);
    // The citizen is a step further on screen; the record of it waits for the disk.
    expect(furthestStep(kiosk)).toBe(1);
    kiosk.services.db.pragma('query_only = OFF');
    await stepForward(page);
    await expect(page.locator('.storage-problem')).toHaveCount(0);
    expect(furthestStep(kiosk)).toBe(3);
  });
});
