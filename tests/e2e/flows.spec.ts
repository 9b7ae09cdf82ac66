import type { Page } from '@playwright/test';
import type { Flow } from '../../electron/api/contract';
import { answerByTouch, answerFor, currentStep, shippedFlows as flows } from './flowSteps';
import { expect, expectNoAxeViolations, openKiosk, startIn, test, type RunningKiosk } from './kioskTest';

// Each flow is completed by touch in one language and by keys alone in a right-to-left one.
const touchLanguages = ['da', 'en', 'uk', 'pl', 'tr', 'de', 'so'];
const keyLanguages = ['ar', 'fa', 'ur'];

/** Presses the forward arrow until `target` has focus, as a keypad user would. */
async function arrowTo(page: Page, target: ReturnType<Page['locator']>) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error('could not reach the element with the arrow keys');
}

async function openFlow(page: Page, kiosk: RunningKiosk, flow: Flow, language: string) {
  await openKiosk(page, kiosk);
  await startIn(page, language);
  await page.locator(`.tile[data-task="${flow.id}"]`).click();
  await expect(page.locator(`[data-flow="${flow.id}"]`)).toBeVisible();
}

async function expectCompleted(kiosk: RunningKiosk, flow: Flow, steps: number) {
  await expect
    .poll(() => kiosk.services.db.prepare('SELECT flow_id, outcome, furthest_step FROM flow_runs').all())
    .toEqual([{ flow_id: flow.id, outcome: 'completed', furthest_step: steps }]);
}

flows.forEach((flow, i) => {
  const touchLanguage = touchLanguages[i % touchLanguages.length]!;
  const keyLanguage = keyLanguages[i % keyLanguages.length]!;

  test(`${flow.id}: completed by touch in ${touchLanguage}, axe on every step`, async ({ page, kiosk }) => {
    await openFlow(page, kiosk, flow, touchLanguage);
    let steps = 1;
    for (let step = await currentStep(page, flow); step.kind !== 'confirmation'; step = await currentStep(page, flow)) {
      await expect(page.locator('.flow__progress')).toContainText(String(steps));
      await expectNoAxeViolations(page, `${flow.id} ${step.id} (${touchLanguage})`);
      await answerByTouch(page, step);
      await page.locator('.flow__actions .button--primary').click();
      await expect(page.locator('[data-step]')).not.toHaveAttribute('data-step', step.id);
      steps++;
    }
    await expectNoAxeViolations(page, `${flow.id} confirmation (${touchLanguage})`);
    await expectCompleted(kiosk, flow, steps);
  });

  test(`${flow.id}: completed with the keys alone in ${keyLanguage}, axe on every step`, async ({ page, kiosk }) => {
    await openFlow(page, kiosk, flow, keyLanguage);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    let steps = 1;
    for (let step = await currentStep(page, flow); step.kind !== 'confirmation'; step = await currentStep(page, flow)) {
      await expectNoAxeViolations(page, `${flow.id} ${step.id} (${keyLanguage})`);
      if (step.kind === 'choice') {
        await arrowTo(page, page.locator('.radios input').first());
        await page.keyboard.press('Enter');
        await expect(page.locator('.radios input').first()).toBeChecked();
      }
      if (step.kind === 'form') {
        for (const field of step.fields) {
          const value = answerFor(field);
          if (field.type === 'yesNo' || field.type === 'choice') {
            await arrowTo(page, page.locator(`input[name="${step.id}-${field.id}"][value="${value}"]`));
            await page.keyboard.press('Enter');
          } else {
            await arrowTo(page, page.locator(`#answer-${field.id}`));
            await page.keyboard.type(value);
          }
        }
      }
      await arrowTo(page, page.locator('.flow__actions .button--primary'));
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-step]')).not.toHaveAttribute('data-step', step.id);
      steps++;
    }
    await expectNoAxeViolations(page, `${flow.id} confirmation (${keyLanguage})`);
    await expectCompleted(kiosk, flow, steps);
  });
});
