import { z } from 'zod';
import type { ChannelName } from './channels';
import { languageCodes } from './languages';
import { kioskConfigSchema } from '../services/config';

const language = z.enum(languageCodes);
const sessionId = z.number().int().positive();
const noticeParams = z.record(z.string(), z.union([z.string(), z.number()]));

export const staffNoticeSchema = z.object({
  code: z.enum(['config_file_missing', 'config_not_json', 'config_invalid_field', 'database_quarantined']),
  messageKey: z.string(),
  params: noticeParams,
  reason: z.object({ messageKey: z.string(), params: noticeParams }).optional(),
});

export const settingsSchema = z.strictObject({
  textSize: z.union([z.literal(100), z.literal(125), z.literal(150), z.literal(175), z.literal(200)]),
  highContrast: z.boolean(),
  reducedMotion: z.boolean(),
  speech: z.boolean(),
});

const ok = z.strictObject({});

/**
 * The API table's schemas: for each channel, what the renderer may send and what it gets back.
 * Input is checked before any handler runs; output is checked before it leaves the services.
 */
export const contract = {
  'kiosk.start': {
    input: z.strictObject({}),
    output: z.strictObject({ config: kioskConfigSchema, staffNotices: z.array(staffNoticeSchema) }),
  },
  'session.start': {
    input: z.strictObject({ language }),
    output: z.strictObject({ sessionId }),
  },
  'session.useLanguage': {
    input: z.strictObject({ sessionId, language }),
    output: ok,
  },
  'session.useSettings': {
    input: z.strictObject({ sessionId, settings: settingsSchema }),
    output: ok,
  },
  'session.end': {
    input: z.strictObject({ sessionId, reason: z.enum(['idle', 'finished']) }),
    output: ok,
  },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

// Fails to compile if contract.ts defines a channel that channels.ts does not list.
const _everyChannelListed: Record<keyof typeof contract, true> = {} as Record<ChannelName, true>;
void _everyChannelListed;

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
export type Settings = z.infer<typeof settingsSchema>;
export type StaffNoticeValue = z.infer<typeof staffNoticeSchema>;
