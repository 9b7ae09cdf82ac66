import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { grantablePermissions, weekdays } from '../api/configChoices';
import { languageCodes } from '../api/languages';
import { taskIds } from '../api/tasks';
import { log } from './log';
import type { StaffNotice } from './staffNotices';
import { reasonFor } from './validationReasons';

export const CONFIG_FILE = 'config.json';

/** A host name such as borger.dk or www.roskilde.dk; a leading dot or scheme is a mistake. */
const domain = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: 'configReasons.domain' });

/** A time of day on the kiosk's clock, "07:30", or "" for none. */
const clockTimeOrNone = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, { error: 'configReasons.clockTime' });

/** A day's opening hours, "08:00-18:00", or "" when the centre is closed that day. */
const dayHours = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)?$/, { error: 'configReasons.openingHours' })
  .refine((hours) => hours === '' || hours.slice(0, 5) < hours.slice(6), {
    error: 'configReasons.closesBeforeOpening',
  });

export { grantablePermissions, weekdays };

export const kioskConfigSchema = z
  .strictObject({
    centreName: z.string().trim().min(1).max(80),
    terminalId: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, { error: 'configReasons.terminalId' }),
    languages: z.strictObject({
      enabled: z.array(z.enum(languageCodes)).min(1),
      default: z.enum(languageCodes),
    }),
    idle: z.strictObject({
      /** Seconds without a touch or key press before the kiosk resets. */
      timeoutSeconds: z.number().int().min(60).max(3600),
      /** Seconds of warning before the reset; at least 30 (accessibility.md). */
      warningSeconds: z.number().int().min(30).max(600),
    }),
    flows: z.strictObject({ enabled: z.array(z.enum(taskIds)).min(1) }),
    officialSites: z.strictObject({ allowedDomains: z.array(domain).min(1) }),
    staff: z.strictObject({
      /** Minutes without a touch or key press before staff mode ends (and the kiosk resets). */
      idleMinutes: z.number().int().min(1).max(60),
    }),
    retention: z.strictObject({
      /** Days after an assisted session ends before its note is deleted; the session row stays, anonymous. */
      assistedNoteDays: z.number().int().min(1).max(3650),
      /** Days after an exemption request is entered (or withdrawn) before its personal data is deleted. */
      exemptionDays: z.number().int().min(1).max(3650),
    }),
    receipts: z.strictObject({
      /** The printer the exemption receipt goes to, by its system name; empty for the default printer. */
      printer: z.string().max(200),
    }),
    lockdown: z.strictObject({
      /** Permissions pages may have; every other one is refused. */
      allowedPermissions: z.array(z.enum(grantablePermissions)).refine((list) => new Set(list).size === list.length, {
        error: 'configReasons.duplicate',
      }),
      /** Whether the official site may download files; they are kept in a temporary folder wiped at every reset. */
      allowDownloads: z.boolean(),
    }),
    operations: z.strictObject({
      /** Start the kiosk when the kiosk account logs in (Windows login item, Linux autostart entry). */
      startAtLogin: z.boolean(),
      /** Restart the kiosk once a day at this time, when no citizen is using it; "" for never. */
      dailyRestart: clockTimeOrNone,
      /** Per weekday; the display is kept awake within these hours. */
      openingHours: z.strictObject(
        Object.fromEntries(weekdays.map((day) => [day, dayHours])) as Record<
          (typeof weekdays)[number],
          typeof dayHours
        >,
      ),
    }),
  })
  .superRefine((config, ctx) => {
    if (!config.languages.enabled.includes(config.languages.default)) {
      ctx.addIssue({
        code: 'custom',
        path: ['languages', 'default'],
        message: 'configReasons.defaultNotEnabled',
      });
    }
    if (config.idle.warningSeconds >= config.idle.timeoutSeconds) {
      ctx.addIssue({
        code: 'custom',
        path: ['idle', 'warningSeconds'],
        message: 'configReasons.warningTooLong',
      });
    }
  });

export type KioskConfig = z.infer<typeof kioskConfigSchema>;

export interface LoadedConfig {
  config: KioskConfig;
  /** The override file that was applied, or null when the kiosk runs on its defaults. */
  source: string | null;
  notices: StaffNotice[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else in the override (lists included) replaces the default. */
export function mergeConfig(defaults: Json, override: Json): Json {
  if (!isPlainObject(defaults) || !isPlainObject(override)) return override;
  const merged: Record<string, Json> = { ...defaults };
  for (const [key, value] of Object.entries(override)) {
    const base = defaults[key];
    merged[key] = base === undefined ? value : mergeConfig(base, value);
  }
  return merged;
}

function readJson(file: string): { ok: true; value: Json } | { ok: false; notice: StaffNotice } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return {
      ok: false,
      notice: { code: 'config_file_missing', messageKey: 'notices.configFileMissing', params: { file } },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as Json };
  } catch {
    return { ok: false, notice: { code: 'config_not_json', messageKey: 'notices.configNotJson', params: { file } } };
  }
}

export interface OverrideFile {
  file: string;
  namedBy: 'KIOSK_CONFIG' | 'dataFolder';
}

/** The override file: the one named in KIOSK_CONFIG, else config.json in the data folder. */
export function overrideFileFor(dataDir: string, env: NodeJS.ProcessEnv = process.env): OverrideFile {
  const named = env.KIOSK_CONFIG?.trim();
  return named
    ? { file: path.resolve(named), namedBy: 'KIOSK_CONFIG' }
    : { file: path.join(dataDir, CONFIG_FILE), namedBy: 'dataFolder' };
}

export interface LoadConfigOptions {
  defaultsFile: string;
  dataDir: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * The defaults in resources/config.default.json, overridden by the file named in KIOSK_CONFIG or
 * else by config.json in the data folder. An override that cannot be read or does not validate
 * never stops the kiosk: it runs on the defaults and staff are told which field is wrong and why.
 */
export function loadKioskConfig({ defaultsFile, dataDir, env = process.env }: LoadConfigOptions): LoadedConfig {
  const defaultsRead = readJson(defaultsFile);
  if (!defaultsRead.ok) throw new Error(`the built-in defaults at ${defaultsFile} cannot be read`);
  const defaults = kioskConfigSchema.parse(defaultsRead.value);

  const { file: overrideFile, namedBy } = overrideFileFor(dataDir, env);
  if (namedBy === 'dataFolder' && !fs.existsSync(overrideFile)) return { config: defaults, source: null, notices: [] };

  const read = readJson(overrideFile);
  if (!read.ok) {
    log.warn('config.unreadable', { file: overrideFile, code: read.notice.code });
    return { config: defaults, source: null, notices: [read.notice] };
  }
  const parsed = kioskConfigSchema.safeParse(mergeConfig(defaultsRead.value, read.value));
  if (parsed.success) return { config: parsed.data, source: overrideFile, notices: [] };

  const notices: StaffNotice[] = parsed.error.issues.map((issue) => ({
    code: 'config_invalid_field',
    messageKey: 'notices.configInvalidField',
    params: { file: overrideFile, field: issue.path.join('.') || '(root)' },
    reason: reasonFor(issue),
  }));
  log.warn('config.invalid', { file: overrideFile, fields: notices.map((n) => n.params.field).join(' ') });
  return { config: defaults, source: null, notices };
}
