import { languageCodes } from '../../../../electron/api/languages';
import { taskIds } from '../../../../electron/api/tasks';
import type { ChannelOutput } from '../../../../electron/api/contract';

export type KioskConfig = ChannelOutput<'config.get'>['config'];
export type ConfigProblem = Extract<ChannelOutput<'config.save'>, { saved: false }>['problems'][number];

// The services' own lists (shared through electron/api, as config.ts reads files).
import {
  grantablePermissions as permissionNames,
  weekdays as weekdayNames,
} from '../../../../electron/api/configChoices';
export { permissionNames, weekdayNames };

/** How a field is edited. `optionWords` is where each option's name is in the staff words. */
export type FieldSpec = { path: string } & (
  | { kind: 'text'; maxLength: number }
  | { kind: 'number' }
  | { kind: 'toggle' }
  | { kind: 'select' | 'choices'; options: readonly string[]; optionWords: string }
  | { kind: 'domains' }
  | { kind: 'week' }
);

/** The screen's sections, one per group of the config, each field in the order staff read them. */
export const configGroups: { id: string; fields: FieldSpec[] }[] = [
  {
    id: 'centre',
    fields: [
      { path: 'centreName', kind: 'text', maxLength: 80 },
      { path: 'terminalId', kind: 'text', maxLength: 40 },
    ],
  },
  {
    id: 'languages',
    fields: [
      { path: 'languages.enabled', kind: 'choices', options: languageCodes, optionWords: 'languages' },
      { path: 'languages.default', kind: 'select', options: languageCodes, optionWords: 'languages' },
    ],
  },
  {
    id: 'idle',
    fields: [
      { path: 'idle.timeoutSeconds', kind: 'number' },
      { path: 'idle.warningSeconds', kind: 'number' },
    ],
  },
  { id: 'flows', fields: [{ path: 'flows.enabled', kind: 'choices', options: taskIds, optionWords: 'tasks' }] },
  { id: 'officialSites', fields: [{ path: 'officialSites.allowedDomains', kind: 'domains' }] },
  { id: 'staff', fields: [{ path: 'staff.idleMinutes', kind: 'number' }] },
  {
    id: 'retention',
    fields: [
      { path: 'retention.assistedNoteDays', kind: 'number' },
      { path: 'retention.exemptionDays', kind: 'number' },
    ],
  },
  { id: 'receipts', fields: [{ path: 'receipts.printer', kind: 'text', maxLength: 200 }] },
  {
    id: 'lockdown',
    fields: [
      {
        path: 'lockdown.allowedPermissions',
        kind: 'choices',
        options: permissionNames,
        optionWords: 'config.permissions',
      },
      { path: 'lockdown.allowDownloads', kind: 'toggle' },
    ],
  },
  {
    id: 'operations',
    fields: [
      { path: 'operations.startAtLogin', kind: 'toggle' },
      { path: 'operations.dailyRestart', kind: 'text', maxLength: 5 },
      { path: 'operations.openingHours', kind: 'week' },
    ],
  },
];

/** The form's values by field path; each weekday of the opening hours is a field of its own. */
export type DraftValue = string | boolean | string[];
export type Draft = Record<string, DraftValue>;

/** Every input's path in screen order: where focus goes first when something is wrong. */
export const inputPaths: string[] = configGroups.flatMap((group) =>
  group.fields.flatMap((field) =>
    field.kind === 'week' ? weekdayNames.map((day) => `${field.path}.${day}`) : [field.path],
  ),
);

/** The element a field's problems point at (its first checkbox, for a list). */
export const fieldId = (path: string) => `config-${path.replaceAll('.', '-')}`;

const valueAt = (config: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], config);

export function draftOf(config: KioskConfig): Draft {
  const draft: Draft = {};
  for (const field of configGroups.flatMap((g) => g.fields)) {
    const value = valueAt(config, field.path);
    if (field.kind === 'week') {
      for (const day of weekdayNames) draft[`${field.path}.${day}`] = (value as Record<string, string>)[day]!;
    } else if (field.kind === 'number') draft[field.path] = String(value);
    else if (field.kind === 'domains') draft[field.path] = (value as string[]).join('\n');
    else draft[field.path] = value as DraftValue;
  }
  return draft;
}

/**
 * The whole config as the services judge it. Text that is not a number goes as typed, so the
 * services' reason ("it must be a number") is what staff read; domains split at spaces, commas
 * and new lines, since the on-screen keyboard has no new line.
 */
export function candidateOf(draft: Draft): Record<string, unknown> {
  const candidate: Record<string, unknown> = {};
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    let at = candidate;
    for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[keys.at(-1)!] = value;
  };
  for (const field of configGroups.flatMap((g) => g.fields)) {
    if (field.kind === 'week') {
      for (const day of weekdayNames) put(`${field.path}.${day}`, draft[`${field.path}.${day}`]);
      continue;
    }
    const value = draft[field.path]!;
    if (field.kind === 'number') {
      const text = (value as string).trim();
      put(field.path, /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : value);
    } else if (field.kind === 'domains') {
      put(
        field.path,
        (value as string).split(/[\s,]+/).filter((domain) => domain !== ''),
      );
    } else put(field.path, value);
  }
  return candidate;
}
