import { z } from 'zod';
import type { ChannelName } from './channels';
import { languageCodes } from './languages';
import { kioskConfigSchema } from '../services/config';
import { flowSchema } from '../services/flows/flowSchema';
import { taskIds } from './tasks';
import { staffNoticeCodes } from '../services/staffNotices';
import { assistedOutcomes, assistedTopics } from '../services/assistedSessions';
import { dashboardSchema, isoDay } from '../services/statisticsSchema';
import { exemptionStatuses, idDocuments } from '../services/exemptionRequests';

const language = z.enum(languageCodes);
const rowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const sessionId = rowId;
const flowId = z.enum(taskIds);
const stepId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(60);
const noticeParams = z.record(z.string(), z.union([z.string(), z.number()]));

export const staffNoticeSchema = z.object({
  code: z.enum(staffNoticeCodes),
  messageKey: z.string(),
  params: noticeParams,
  reason: z.object({ messageKey: z.string(), params: noticeParams }).optional(),
});

export const settingsSchema = z.strictObject({
  textSize: z.union([z.literal(100), z.literal(125), z.literal(150), z.literal(175), z.literal(200)]),
  highContrast: z.boolean(),
  reducedMotion: z.boolean(),
  speech: z.boolean(),
  /** With speech: the first touch on an item reads it, a second touch activates it. */
  touchToHear: z.boolean(),
});

const ok = z.strictObject({});

// Staff: a PIN is digits; how many (6-12) is the services' rule, so a short one gets its own message.
const staffName = z.string().max(200);
const pin = z.string().regex(/^\d*$/).max(40);
const staffRole = z.enum(['staff', 'admin']);
const staffMember = z.strictObject({ id: rowId, name: z.string(), role: staffRole, disabled: z.boolean() });
const period = z.strictObject({ from: isoDay, to: isoDay });

// Exemption requests. Personal text is checked for length here and for content by the services.
const requestId = z.strictObject({ requestId: rowId });
const exemptionKind = z.enum(['exemption', 'resume']);
const applicant = z.enum(['self', 'representative', 'guardian']);
const grounds = z.union([z.array(z.number().int().min(1).max(8)).min(1).max(8), z.literal('not-stated')]);
const exemptionSummary = z.strictObject({
  id: rowId,
  reference: z.string(),
  kind: exemptionKind,
  status: z.enum(exemptionStatuses),
  applicant,
  language: z.string(),
  requestedAt: z.number(),
  overdue: z.boolean(),
});

// The configuration screen. A candidate has every group of the config, each any JSON: the
// services judge the values, so each problem comes back beside its field with a reason.
const configCandidate = z.strictObject(
  Object.fromEntries(Object.keys(kioskConfigSchema.shape).map((group) => [group, z.json()])) as Record<
    keyof typeof kioskConfigSchema.shape,
    ReturnType<typeof z.json>
  >,
);
const configProblem = z.strictObject({
  field: z.string(),
  reason: z.strictObject({ messageKey: z.string(), params: noticeParams }),
  item: z.string().optional(),
});

// Where the site panel sits in the window, in CSS pixels; generous limits, no negative sizes.
const pixels = z.number().finite().min(-100_000).max(100_000);
const panelBounds = z.strictObject({ x: pixels, y: pixels, width: pixels.min(0), height: pixels.min(0) });
// An official site's address, measured as the browser writes it: each character outside ASCII
// becomes up to twelve (%XX per byte), and the panel is handed the address in that form.
const siteUrl = z
  .url({ protocol: /^https$/ })
  .max(2000)
  .refine((url) => !URL.canParse(url) || new URL(url).href.length <= 2000, { error: 'too long once encoded' });
const siteDisplay = z.discriminatedUnion('display', [
  z.strictObject({ display: z.literal('view') }),
  z.strictObject({ display: z.literal('frame'), src: z.string().max(2100) }),
]);

/**
 * The API table's schemas: for each channel, what the renderer may send and what it gets back.
 * Input is checked before any handler runs; output is checked before it leaves the services.
 */
export const contract = {
  'kiosk.start': {
    input: z.strictObject({}),
    output: z.strictObject({
      config: kioskConfigSchema,
      staffNotices: z.array(staffNoticeSchema),
      flows: z.array(flowSchema),
      /** No staff account yet: the kiosk shows the setup screen for the first administrator. */
      needsStaffSetup: z.boolean(),
    }),
  },
  /** The staff exit: an administrator's PIN, after the key combination, leaves kiosk mode. */
  'kiosk.leave': {
    input: z.strictObject({ staffId: rowId, pin }),
    output: ok,
  },
  /** An administrator starts the kiosk again, so a saved config takes effect. */
  'kiosk.restart': {
    input: z.strictObject({}),
    output: ok,
  },
  /** For administrators: the config, its defaults, and the file a save goes to. */
  'config.get': {
    input: z.strictObject({}),
    output: z.strictObject({
      config: kioskConfigSchema,
      defaults: kioskConfigSchema,
      source: z.enum(['file', 'defaults']),
      file: z.string(),
      namedBy: z.enum(['KIOSK_CONFIG', 'dataFolder']),
      writable: z.boolean(),
      restartNeeded: z.boolean(),
    }),
  },
  /** For administrators: saves a valid config (in effect after a restart), or says what is wrong. */
  'config.save': {
    input: z.strictObject({ config: configCandidate }),
    output: z.discriminatedUnion('saved', [
      z.strictObject({ saved: z.literal(true), changed: z.array(z.string()) }),
      z.strictObject({ saved: z.literal(false), problems: z.array(configProblem).min(1) }),
    ]),
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
  /** A reset with no session record to close (it could not be saved): everything else still goes. */
  'session.forget': {
    input: z.strictObject({}),
    output: ok,
  },
  'flows.words': {
    input: z.strictObject({ flowId, language }),
    output: z.strictObject({ words: z.record(z.string(), z.unknown()) }),
  },
  'flowRun.start': {
    input: z.strictObject({ sessionId, flowId, language }),
    output: z.strictObject({ runId: rowId }),
  },
  'flowRun.reach': {
    input: z.strictObject({ runId: rowId, step: z.number().int().min(1).max(100) }),
    output: ok,
  },
  'flowRun.end': {
    input: z.strictObject({ runId: rowId, outcome: z.enum(['completed', 'abandoned']) }),
    output: ok,
  },
  'help.request': {
    input: z.strictObject({ sessionId: sessionId.optional(), flowId: flowId.optional(), stepId: stepId.optional() }),
    output: z.strictObject({ requestId: rowId }),
  },
  'help.open': {
    input: z.strictObject({}),
    output: z.strictObject({
      requests: z.array(
        z.strictObject({
          id: rowId,
          terminalId: z.string(),
          flowId: z.string().nullable(),
          stepId: z.string().nullable(),
          requestedAt: z.number(),
        }),
      ),
    }),
  },
  'staff.setup': {
    input: z.strictObject({ name: staffName, pin }),
    output: z.strictObject({ staff: staffMember }),
  },
  'staff.names': {
    input: z.strictObject({}),
    output: z.strictObject({ staff: z.array(z.strictObject({ id: rowId, name: z.string() })) }),
  },
  'staff.logIn': {
    input: z.strictObject({ staffId: rowId, pin }),
    output: z.strictObject({ staff: staffMember }),
  },
  'staff.logOut': {
    input: z.strictObject({}),
    output: ok,
  },
  'staff.accounts': {
    input: z.strictObject({}),
    output: z.strictObject({ staff: z.array(staffMember) }),
  },
  'staff.add': {
    input: z.strictObject({ name: staffName, role: staffRole, pin }),
    output: z.strictObject({ staffId: rowId }),
  },
  'staff.disable': {
    input: z.strictObject({ staffId: rowId }),
    output: ok,
  },
  'staff.resetPin': {
    input: z.strictObject({ staffId: rowId, pin }),
    output: ok,
  },
  'assisted.start': {
    input: z.strictObject({ sessionId: sessionId.optional(), helpRequestId: rowId.optional() }),
    output: z.strictObject({ assistedId: rowId, startedAt: z.number(), helpRequestId: rowId.nullable() }),
  },
  'assisted.finish': {
    input: z.strictObject({
      assistedId: rowId,
      topics: z.array(z.enum(assistedTopics)).min(1).max(assistedTopics.length),
      language,
      outcome: z.enum(assistedOutcomes),
      effort: z.number().int().min(1).max(6),
      note: z.string().max(1000).optional(),
    }),
    output: z.strictObject({ durationSeconds: z.number().int().min(0) }),
  },
  'stats.dashboard': {
    input: period,
    output: dashboardSchema,
  },
  'stats.print': {
    input: period,
    output: ok,
  },
  'stats.export': {
    input: period,
    output: z.strictObject({ file: z.string() }),
  },
  'exemption.submit': {
    input: z.strictObject({
      kind: exemptionKind,
      language,
      applicant,
      representative: z.strictObject({ name: z.string().max(200), relation: z.string().max(200) }).optional(),
      citizen: z.strictObject({ name: z.string().max(300), cpr: z.string().max(20), address: z.string().max(400) }),
      grounds,
      /** The signature drawn on screen as base64 PNG; null when the citizen signs on paper. */
      signaturePng: z
        .string()
        .regex(/^[A-Za-z0-9+/]+=*$/)
        .max(400_000)
        .nullable(),
      verification: z.strictObject({
        staffId: rowId,
        pin,
        idDocument: z.enum(idDocuments),
        idDocumentOther: z.string().max(80).optional(),
        powerOfAttorneySeen: z.boolean(),
      }),
    }),
    output: z.strictObject({ requestId: rowId, reference: z.string() }),
  },
  'exemption.receipt': {
    input: requestId,
    output: z.strictObject({ printed: z.boolean(), pdfBase64: z.string().nullable() }),
  },
  'exemption.list': {
    input: z.strictObject({ status: z.enum(exemptionStatuses).optional() }),
    output: z.strictObject({ requests: z.array(exemptionSummary) }),
  },
  'exemption.open': {
    input: requestId,
    output: z.strictObject({
      request: exemptionSummary.extend({
        citizen: z.strictObject({ name: z.string(), cpr: z.string(), address: z.string() }),
        representative: z.strictObject({ name: z.string(), relation: z.string() }).nullable(),
        grounds,
        signedOnScreen: z.boolean(),
        idDocument: z.enum(idDocuments),
        idDocumentOther: z.string().nullable(),
        powerOfAttorneySeen: z.boolean(),
      }),
    }),
  },
  'exemption.markEntered': {
    input: requestId,
    output: ok,
  },
  'exemption.withdraw': {
    input: requestId,
    output: ok,
  },
  'exemption.export': {
    input: z.strictObject({
      requestIds: z.array(rowId).min(1).max(500),
      format: z.enum(['csv', 'pdf']),
    }),
    output: z.strictObject({ file: z.string() }),
  },
  'site.show': {
    input: z.strictObject({ url: siteUrl, bounds: panelBounds }),
    output: siteDisplay,
  },
  'site.place': {
    input: z.strictObject({ bounds: panelBounds, visible: z.boolean() }),
    output: ok,
  },
  'site.status': {
    input: z.strictObject({}),
    output: z.discriminatedUnion('state', [
      z.strictObject({ state: z.literal('closed') }),
      z.strictObject({ state: z.literal('open'), host: z.string() }),
      z.strictObject({ state: z.literal('blocked'), host: z.string(), refusal: z.enum(['address', 'download']) }),
    ]),
  },
  'site.back': {
    input: z.strictObject({}),
    output: siteDisplay,
  },
  'site.close': {
    input: z.strictObject({}),
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
export type { Flow, FlowStep, FlowField } from '../services/flows/flowSchema';
