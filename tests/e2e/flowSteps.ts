import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Flow, FlowStep } from '../../electron/api/contract';
import { flowSchema } from '../../electron/services/flows/flowSchema';
import { resourcesDir } from '../helpers/kioskFixture';

/** Every flow the kiosk ships, read and validated as the services read them. */
const flowsDir = path.join(resourcesDir, 'flows');
export const shippedFlows: Flow[] = fs
  .readdirSync(flowsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => flowSchema.parse(JSON.parse(fs.readFileSync(path.join(flowsDir, f), 'utf8'))));

const today = () => {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
};

/** A valid answer for each kind of field. */
export function answerFor(field: Extract<FlowStep, { kind: 'form' }>['fields'][number]): string {
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

export const currentStep = async (page: Page, flow: Flow) => {
  const id = await page.locator('[data-step]').getAttribute('data-step');
  return flow.steps.find((s) => s.id === id)!;
};

/** Answers a choice or form step as a citizen would by touch (the first choice, a valid value). */
export async function answerByTouch(page: Page, step: FlowStep) {
  if (step.kind === 'choice') await page.locator('.radios label').first().click();
  if (step.kind !== 'form') return;
  for (const field of step.fields) {
    const value = answerFor(field);
    if (field.type === 'yesNo' || field.type === 'choice') {
      await page.locator(`input[name="${step.id}-${field.id}"][value="${value}"]`).check();
    } else {
      await page.locator(`#answer-${field.id}`).fill(value);
      // Focus brings up the on-screen keyboard (loaded the first time), which moves what is below
      // it; wait for it, as a citizen would, before touching the next answer.
      await expect(page.locator(`#answer-${field.id} ~ .osk`)).toBeVisible();
    }
  }
}

/**
 * Focusing a text field opens the on-screen keyboard (loaded on first use), which moves the
 * buttons below it. A touch aimed before it appears can land where the button was: wait for it.
 */
export async function keyboardSettled(page: Page): Promise<void> {
  const typing = await page.evaluate(() => document.activeElement?.matches('input.text-input, textarea') ?? false);
  if (typing) await expect(page.locator('.osk .simple-keyboard')).toBeVisible();
  expect(await page.locator('.osk').count(), 'one on-screen keyboard at a time').toBeLessThanOrEqual(1);
}
