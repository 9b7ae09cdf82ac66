import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Flow, FlowStep } from '../../electron/api/contract';
import { flowSchema } from '../../electron/services/flows/flowSchema';
import { resourcesDir } from '../helpers/kioskFixture';
import { expect, expectNoAxeViolations, openKiosk, startIn, test, type RunningKiosk } from './kioskTest';

const flowsDir = path.join(resourcesDir, 'flows');
const flows: Flow[] = fs
  .readdirSync(flowsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => flowSchema.parse(JSON.parse(fs.readFileSync(path.join(flowsDir, f), 'utf8'))));

// Each flow is completed by touch in one language and by keys alone in a right-to-left one.
const touchLanguages = ['da', 'en', 'uk', 'pl', 'tr', 'de', 'so'];
const keyLanguages = ['ar', 'fa', 'ur'];

const today = () => {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
};

/** A valid answer for each kind of field. */
function answerFor(field: Extract<FlowStep, { kind: 'form' }>['fields'][number]): string {
  switch (field.type) {
    case 'text':
      return 'abc';
    case 'number':
      return String(field.min ?? 1);
    case 'date':
      return today();
    case 'yesNo':
      return 'yes';
    case 'choice':
      return field.options[0]!;
  }
}

const currentStep = async (page: Page, flow: Flow) => {
  const id = await page.locator('[data-step]').getAttribute('data-step');
  return flow.steps.find((s) => s.id === id)!;
};

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
      if (step.kind === 'choice') await page.locator('.radios label').first().click();
      if (step.kind === 'form') {
        for (const field of step.fields) {
          const value = answerFor(field);
          if (field.type === 'yesNo' || field.type === 'choice') {
            await page.locator(`input[name="${step.id}-${field.id}"][value="${value}"]`).check();
          } else await page.locator(`#answer-${field.id}`).fill(value);
        }
      }
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
