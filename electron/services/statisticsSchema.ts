import { z } from 'zod';

/** A calendar day, YYYY-MM-DD, in the kiosk's own time zone. */
export const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'day' });

const count = z.number().int().min(0);

/**
 * What the centre's statistics dashboard shows for one period (both days included). Anonymous
 * counts and medians only: nothing here can identify a citizen or say who helped whom.
 */
export const dashboardSchema = z.strictObject({
  from: isoDay,
  to: isoDay,
  /** Every day of the period, empty days included, so a chart's axis has no gaps. */
  perDay: z.array(
    z.strictObject({
      date: isoDay,
      /** Citizen sessions started that day that no assisted session is linked to. */
      selfService: count,
      /** Assisted sessions started that day. */
      assisted: count,
    }),
  ),
  totals: z.strictObject({
    sessions: count,
    assistedSessions: count,
    flowRuns: count,
    helpRequests: count,
    helpAnswered: count,
    /** Median seconds from a help request to staff answering it; null when none was answered. */
    medianWaitSeconds: z.number().min(0).nullable(),
    /** Median seconds an assisted session lasted; null when none finished. */
    medianAssistedSeconds: z.number().min(0).nullable(),
  }),
  /** Guided flows started, most used first. */
  topTasks: z.array(z.strictObject({ task: z.string(), count })),
  /** Topics recorded for assisted sessions (flows, plus "other"), most used first. */
  assistedTopics: z.array(z.strictObject({ topic: z.string(), count })),
  /** Sessions in which each language was shown, most used first. */
  languages: z.array(z.strictObject({ language: z.string(), sessions: count })),
  /** Outcomes of finished assisted sessions. */
  outcomes: z.array(z.strictObject({ outcome: z.string(), count })),
  /** Per flow: runs started, completed, abandoned (a run still open is neither). */
  flows: z.array(z.strictObject({ flowId: z.string(), started: count, completed: count, abandoned: count })),
  /** Sessions in which each accessibility setting was used at some point. */
  settings: z.strictObject({
    sessions: count,
    largerText: count,
    highContrast: count,
    reducedMotion: count,
    speech: count,
  }),
});

export type Dashboard = z.infer<typeof dashboardSchema>;
