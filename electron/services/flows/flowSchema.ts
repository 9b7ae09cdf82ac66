import { z } from 'zod';
import { taskIds } from '../../api/tasks';

/**
 * A guided flow as data: resources/flows/<id>.json. Its words live in locales/<lng>/<id>.json
 * under steps.<step id>. The schema is checked at start (bad files are reported to staff and left
 * out) and by the tests. Steps follow the array order unless a step or a chosen option names `next`.
 */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'configReasons.flowId' });
const common = { id, next: id.optional() };
const isoDate = z.iso.date();
const dateLimit = z.union([z.literal('today'), isoDate]);

const field = z.discriminatedUnion('type', [
  z.strictObject({
    id,
    type: z.literal('text'),
    required: z.boolean(),
    maxLength: z.number().int().min(1).max(500).optional(),
  }),
  z.strictObject({
    id,
    type: z.literal('number'),
    required: z.boolean(),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.strictObject({
    id,
    type: z.literal('date'),
    required: z.boolean(),
    min: dateLimit.optional(),
    max: dateLimit.optional(),
  }),
  z.strictObject({ id, type: z.literal('yesNo'), required: z.boolean() }),
  z.strictObject({ id, type: z.literal('choice'), required: z.boolean(), options: z.array(id).min(2).max(8) }),
]);

const step = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('information'),
    illustration: z
      .string()
      .regex(/^[\w-]+\.svg$/)
      .optional(),
  }),
  z.strictObject({ ...common, kind: z.literal('checklist'), items: z.array(id).min(1).max(10) }),
  z.strictObject({
    ...common,
    kind: z.literal('choice'),
    options: z
      .array(z.strictObject({ id, next: id.optional() }))
      .min(2)
      .max(6),
  }),
  z.strictObject({ ...common, kind: z.literal('form'), fields: z.array(field).min(1).max(8) }),
  z.strictObject({ ...common, kind: z.literal('site'), url: z.url({ protocol: /^https$/ }) }),
  z.strictObject({ ...common, kind: z.literal('check') }),
  z.strictObject({ id, kind: z.literal('confirmation') }),
]);

function unique(values: string[]): string | undefined {
  return values.find((value, i) => values.indexOf(value) !== i);
}

export const flowSchema = z
  .strictObject({ id: z.enum(taskIds), steps: z.array(step).min(2).max(30) })
  .superRefine((flow, ctx) => {
    const ids = flow.steps.map((s) => s.id);
    const twice = unique(ids);
    if (twice) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'configReasons.stepTwice' });
    flow.steps.forEach((s, i) => {
      const targets: [string, (string | number)[]][] = [];
      if ('next' in s && s.next) targets.push([s.next, ['steps', i, 'next']]);
      if (s.kind === 'choice') {
        s.options.forEach((o, j) => o.next && targets.push([o.next, ['steps', i, 'options', j, 'next']]));
      }
      for (const [target, path] of targets) {
        if (!ids.includes(target)) ctx.addIssue({ code: 'custom', path, message: 'configReasons.noSuchStep' });
      }
      // Every step but a confirmation leads somewhere: its `next`, or the step after it.
      const leads = s.kind === 'confirmation' || ('next' in s && s.next) || i < flow.steps.length - 1;
      if (!leads) ctx.addIssue({ code: 'custom', path: ['steps', i], message: 'configReasons.deadEnd' });
      if (s.kind === 'form' && unique(s.fields.map((f) => f.id))) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'fields'], message: 'configReasons.fieldTwice' });
      }
    });
    if (!flow.steps.some((s) => s.kind === 'confirmation')) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'configReasons.noConfirmation' });
    }
  });

export type Flow = z.infer<typeof flowSchema>;
export type FlowStep = Flow['steps'][number];
export type FlowField = Extract<FlowStep, { kind: 'form' }>['fields'][number];

/** The translation keys a flow's words file must hold, relative to the file (steps.<id>.title, ...). */
export function requiredWordKeys(flow: Flow): string[] {
  const keys: string[] = [];
  for (const s of flow.steps) {
    const at = `steps.${s.id}`;
    keys.push(`${at}.title`);
    if (s.kind === 'information' || s.kind === 'site' || s.kind === 'confirmation') keys.push(`${at}.body`);
    if (s.kind === 'checklist') keys.push(...s.items.map((item) => `${at}.items.${item}`));
    if (s.kind === 'choice') keys.push(...s.options.map((o) => `${at}.options.${o.id}`));
    if (s.kind === 'form') {
      for (const f of s.fields) {
        keys.push(`${at}.fields.${f.id}.label`);
        if (f.type === 'choice') keys.push(...f.options.map((o) => `${at}.fields.${f.id}.options.${o}`));
      }
    }
  }
  return keys;
}
