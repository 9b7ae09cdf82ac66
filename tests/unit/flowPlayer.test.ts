import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowSchema, type FlowField } from '../../electron/services/flows/flowSchema';
import { pathFrom, stepById, successor } from '../../renderer/src/flows/flowPath';
import { parseDate, validateField } from '../../renderer/src/flows/validateField';
import { resourcesDir } from '../helpers/kioskFixture';

const flow = flowSchema.parse(
  JSON.parse(fs.readFileSync(path.join(resourcesDir, 'flows', 'change-address.json'), 'utf8')),
);

describe('the way through a flow', () => {
  it("follows the array, a step's next, and the chosen option", () => {
    const choice = flow.steps.find((s) => s.kind === 'choice')!;
    if (choice.kind !== 'choice') throw new Error('no choice');
    const [first, second] = choice.options;
    expect(successor(flow, choice, { [choice.id]: { choice: second!.id } })).toBe(second!.next);
    expect(successor(flow, choice, { [choice.id]: { choice: first!.id } })).toBe(first!.next);
    expect(successor(flow, stepById(flow, 'done'), {})).toBeNull();
  });

  it('counts the steps still ahead, which change with the answers', () => {
    const start = flow.steps[0]!.id;
    const yes = pathFrom(flow, start, { 'has-mitid': { choice: 'yes' } });
    const no = pathFrom(flow, start, { 'has-mitid': { choice: 'no' } });
    expect(yes.at(-1)).toBe('done');
    expect(no.at(-1)).toBe('no-mitid-done');
    expect(yes.length).not.toBe(no.length);
  });
});

describe('answers to form fields', () => {
  const today = new Date(2026, 10, 24);
  const date: FlowField = { id: 'd', type: 'date', required: true, min: 'today' };
  const number: FlowField = { id: 'n', type: 'number', required: false, min: 1, max: 20 };

  it('reads real dates only', () => {
    expect(parseDate('24-11-2026')?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(parseDate('1.2.2027')).not.toBeNull();
    expect(parseDate('31-02-2026')).toBeNull();
    expect(parseDate('2026-11-24')).toBeNull();
    expect(parseDate('٢٤-١١-٢٠٢٦')?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(parseDate('۲۴-۱۱-۲۰۲۶')?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  it('says what is wrong and how to fix it', () => {
    expect(validateField(date, '', today)).toEqual({ key: 'required' });
    expect(validateField(date, '30-02-2026', today)).toEqual({ key: 'date' });
    expect(validateField(date, '23-11-2026', today)).toEqual({ key: 'dateTooEarly', params: { min: '24-11-2026' } });
    expect(validateField(date, '24-11-2026', today)).toBeNull();
    expect(validateField(number, '', today)).toBeNull();
    expect(validateField(number, 'two', today)).toEqual({ key: 'number' });
    expect(validateField(number, '0', today)).toEqual({ key: 'tooLow', params: { min: 1 } });
    expect(validateField(number, '2,5', today)).toBeNull();
    expect(validateField(number, '21', today)).toEqual({ key: 'tooHigh', params: { max: 20 } });
    expect(validateField({ id: 'y', type: 'yesNo', required: true }, '', today)).toEqual({ key: 'choose' });
    expect(validateField({ id: 't', type: 'text', required: true, maxLength: 3 }, 'abcd', today)).toEqual({
      key: 'tooLong',
      params: { max: 3 },
    });
  });
});
