import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openKiosk, startIn, test } from './kioskTest';
import { keyboardSettled } from './flowSteps';

// Only Danish and English here, so these tests do not depend on every translation of the flow.
test.use({ kioskConfig: { languages: { enabled: ['da', 'en'] } } });

const next = async (page: Page) => {
  await keyboardSettled(page);
  await page.locator('.flow__actions .button--primary').click();
};
const stepIs = (page: Page, id: string) => expect(page.locator('[data-step]')).toHaveAttribute('data-step', id);

async function toMovingDetails(page: Page) {
  await page.locator('.tile[data-task="change-address"]').click();
  await stepIs(page, 'intro');
  await next(page);
  await next(page);
  await next(page);
  await stepIs(page, 'has-mitid');
  await page.getByLabel('Yes, I have MitID').check();
  await next(page);
  await stepIs(page, 'moving-details');
}

test.describe('the flow player', () => {
  test('shows the step in words and as a bar, checks answers, and Back keeps them', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await toMovingDetails(page);
    await expect(page.locator('.flow__progress')).toContainText('Step 5 of 8');
    await expect(page.locator('.flow__progress progress')).toHaveAttribute('value', '5');

    await next(page);
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Please check your answers');
    await expect(summary).toBeFocused();
    await expect(page.locator('#answer-moving-date')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'form with errors');

    await page.locator('#answer-moving-date').fill('30-02-2027');
    await next(page);
    await expect(page.locator('#answer-moving-date-error')).toHaveText('Write a real date, for example 24-11-2026.');
    await page.locator('#answer-moving-date').fill('01-12-2026');
    await page.getByLabel('No').check();
    await next(page);
    await stepIs(page, 'check');
    await expect(page.locator('.answers')).toContainText('Yes, I have MitID');
    await expect(page.locator('.answers')).toContainText('01-12-2026');
    await expectNoAxeViolations(page, 'check your answers');

    // Change an answer from the check page: back at that question, with the answer still there.
    await page.getByRole('button', { name: 'Change your answer to “When do you move in?”' }).click();
    await stepIs(page, 'moving-details');
    await expect(page.locator('#answer-moving-date')).toHaveValue('01-12-2026');
    // Back, twice, and the choice made earlier is still chosen.
    await page.locator('[data-back]').click();
    await stepIs(page, 'has-mitid');
    await expect(page.getByLabel('Yes, I have MitID')).toBeChecked();
    // A visit to the settings keeps the citizen's place.
    await page.locator('.top-bar button:has(.icon--eye)').click();
    await page.locator('main button.button--primary').click();
    await stepIs(page, 'has-mitid');
    await expect(page.getByLabel('Yes, I have MitID')).toBeChecked();
    // The back key goes to the previous step.
    await page.keyboard.press('Escape');
    await stepIs(page, 'deadline');
  });

  test('a reset in the middle of a flow leaves no answer behind', async ({ page, kiosk }) => {
    await page.clock.install();
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await toMovingDetails(page);
    await page.locator('#answer-moving-date').fill('01-12-2026');
    await page.clock.fastForward('02:01');
    await expect(page.locator('main[data-screen="welcome"]')).toBeVisible();
    await startIn(page, 'en');
    await page.locator('.tile[data-task="change-address"]').click();
    await stepIs(page, 'intro');
    await expect(page.locator('.flow__progress')).toContainText('Step 1 of');
    for (let i = 0; i < 3; i++) await next(page);
    await expect(page.getByLabel('Yes, I have MitID')).not.toBeChecked();
    expect(await page.content()).not.toContain('01-12-2026');
    await expect
      .poll(() => kiosk.services.db.prepare('SELECT outcome, furthest_step FROM flow_runs ORDER BY id').all())
      .toEqual([
        { outcome: 'abandoned', furthest_step: 5 },
        { outcome: null, furthest_step: 4 },
      ]);
  });

  test('"Get help from staff" records where the citizen is, and says help is coming', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await toMovingDetails(page);
    await page.getByRole('button', { name: 'Get help from staff' }).click();
    const dialog = page.getByRole('dialog', { name: 'Help is on the way' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'help is coming');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await stepIs(page, 'moving-details');
    expect(kiosk.services.helpRequests.open()).toEqual([
      expect.objectContaining({ terminalId: 'kiosk-1', flowId: 'change-address', stepId: 'moving-details' }),
    ]);
    await expect.poll(() => kiosk.services.db.prepare('SELECT help_requested FROM flow_runs').pluck().get()).toBe(1);
  });

  test('the help key explains the screen and the step, and can call staff', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toContainText('Choose the task you need help with.');
    await expect(help).toContainText('Use the arrow keys to move');
    await expectNoAxeViolations(page, 'help on the home screen');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(page.locator('main[data-screen="home"]')).toBeVisible();

    await toMovingDetails(page);
    await page.keyboard.press('F1');
    await expect(help).toContainText('Step 5 of 8: “About your move”.');
    await help.getByRole('button', { name: 'Get help from staff' }).click();
    await expect(page.getByRole('dialog', { name: 'Help is on the way' })).toBeVisible();
    expect(kiosk.services.helpRequests.open()).toEqual([
      expect.objectContaining({ flowId: 'change-address', stepId: 'moving-details' }),
    ]);
  });

  test('the on-screen keyboard types into the field, by touch and by keys', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await startIn(page, 'en');
    await toMovingDetails(page);
    const field = page.locator('#answer-moving-date');
    await field.click();
    const keyboard = page.getByRole('region', { name: 'On-screen keyboard' });
    await expect(keyboard).toBeVisible();
    await expectNoAxeViolations(page, 'on-screen keyboard');
    for (const key of '01-12-20277') await keyboard.getByRole('button', { name: key, exact: true }).click();
    await keyboard.getByRole('button', { name: 'Delete' }).click();
    await expect(field).toHaveValue('01-12-2027');
    await expect(field).toBeFocused();
    // Keys alone: down from the field to the first key, Enter types it.
    await field.fill('');
    await field.focus();
    await page.keyboard.press('ArrowDown');
    await expect(keyboard.getByRole('button', { name: '1', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(field).toHaveValue('1');
    await keyboard.getByRole('button', { name: 'Done' }).click();
    await expect(keyboard).toBeHidden();
  });
});
