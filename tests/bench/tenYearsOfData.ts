import type { Database } from 'better-sqlite3';
import { taskIds } from '../../electron/api/tasks';
import { assistedOutcomes, assistedTopics } from '../../electron/services/assistedSessions';
import { seededRandom } from '../helpers/seededRandom';

/** The calendar years the generated data covers, in the process's local time zone. */
export const DATA_YEARS = { first: 2015, last: 2024 };

const TERMINALS = ['kiosk-1', 'kiosk-2', 'kiosk-3', 'kiosk-4'];
const OTHER_LANGUAGES = ['en', 'ar', 'uk', 'pl', 'tr', 'de', 'fa', 'ur', 'so'];
const TEXT_SIZES = [125, 150, 175, 200];
const STAFF = 12;
const SECOND = 1000;

/** Picks with weights 1, 1/2, 1/3…: a few items are used a lot, the rest now and then. */
function skewedPicker<T>(items: readonly T[], random: () => number): () => T {
  const weights = items.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  const cumulative = weights.map((w) => (sum += w / total));
  return () => {
    const r = random();
    const i = cumulative.findIndex((c) => r < c);
    return items[i === -1 ? items.length - 1 : i]!;
  };
}

/** Weekdays of the data years: the centre is open Monday to Friday, 8 to 16 local time. */
function openingHours(): { opens: number; closes: number }[] {
  const days: { opens: number; closes: number }[] = [];
  for (let day = new Date(DATA_YEARS.first, 0, 1); day.getFullYear() <= DATA_YEARS.last;) {
    const [y, m, d] = [day.getFullYear(), day.getMonth(), day.getDate()];
    if (day.getDay() !== 0 && day.getDay() !== 6) {
      days.push({ opens: new Date(y, m, d, 8).getTime(), closes: new Date(y, m, d, 16).getTime() });
    }
    day = new Date(y, m, d + 1);
  }
  return days;
}

export interface GeneratedCounts {
  sessions: number;
  languages: number;
  flowRuns: number;
  helpRequests: number;
  assistedSessions: number;
  topics: number;
}

/**
 * Fills a freshly migrated kiosk database with `sessions` citizen sessions spread over the data
 * years, as a busy centre would record them: mostly Danish, some in two languages, settings now and
 * then, about one flow run per session, help asked for in one in ten, a fifth of the sessions helped
 * by staff. Rows go in with prepared statements, one transaction per batch of days.
 */
export function fillTenYears(db: Database, sessions: number, seed = 20151): GeneratedCounts {
  const random = seededRandom(seed);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const otherLanguage = skewedPicker(OTHER_LANGUAGES, random);
  const flow = skewedPicker(taskIds, random);
  const topic = skewedPicker(assistedTopics, random);
  const outcome = skewedPicker(assistedOutcomes, random);
  const counts: GeneratedCounts = {
    sessions: 0,
    languages: 0,
    flowRuns: 0,
    helpRequests: 0,
    assistedSessions: 0,
    topics: 0,
  };

  const addStaff = db.prepare(
    `INSERT INTO staff (name, role, pin_hash, pin_salt, pin_params, created_at)
     VALUES (?, 'staff', x'00', x'00', '{}', 0)`,
  );
  const addSession = db.prepare(
    `INSERT INTO citizen_sessions (id, terminal_id, started_at, ended_at, end_reason, text_size_max,
       high_contrast_used, reduced_motion_used, speech_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addLanguage = db.prepare('INSERT INTO citizen_session_languages (session_id, language) VALUES (?, ?)');
  const addRun = db.prepare(
    `INSERT INTO flow_runs (session_id, flow_id, language, started_at, ended_at, furthest_step, outcome, help_requested)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addHelp = db.prepare(
    `INSERT INTO help_requests (id, session_id, terminal_id, flow_id, step_id, requested_at, acknowledged_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const addAssisted = db.prepare(
    `INSERT INTO assisted_sessions (id, staff_id, citizen_session_id, help_request_id, terminal_id, started_at,
       ended_at, language, outcome, effort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addTopic = db.prepare('INSERT INTO assisted_session_topics (assisted_session_id, topic) VALUES (?, ?)');

  function oneSession(id: number, startedAt: number): void {
    const terminal = TERMINALS[id % TERMINALS.length]!;
    const endedAt = startedAt + between(60, 900) * SECOND;
    const language = random() < 0.8 ? 'da' : otherLanguage();
    addSession.run(
      id,
      terminal,
      startedAt,
      endedAt,
      random() < 0.85 ? 'finished' : 'idle',
      random() < 0.85 ? 100 : TEXT_SIZES[between(0, 3)]!,
      random() < 0.05 ? 1 : 0,
      random() < 0.03 ? 1 : 0,
      random() < 0.07 ? 1 : 0,
    );
    addLanguage.run(id, language);
    counts.languages++;
    if (random() < 0.1) {
      const second = language === 'da' ? otherLanguage() : 'da';
      if (second !== language) {
        addLanguage.run(id, second);
        counts.languages++;
      }
    }
    const r = random();
    const runs = r < 0.25 ? 0 : r < 0.8 ? 1 : r < 0.95 ? 2 : 3;
    let lastFlow: string | null = null;
    for (let i = 0; i < runs; i++) {
      lastFlow = flow();
      const runStart = startedAt + (i * 200 + between(5, 60)) * SECOND;
      const completed = random() < 0.7;
      addRun.run(
        id,
        lastFlow,
        language,
        runStart,
        runStart + between(30, 180) * SECOND,
        between(1, 8),
        completed ? 'completed' : 'abandoned',
        0,
      );
      counts.flowRuns++;
    }
    let helpId: number | null = null;
    let answeredAt: number | null = null;
    if (random() < 0.1) {
      helpId = ++counts.helpRequests;
      const requestedAt = startedAt + between(20, 300) * SECOND;
      answeredAt = random() < 0.9 ? requestedAt + between(15, 900) * SECOND : null;
      addHelp.run(helpId, id, terminal, lastFlow, lastFlow ? 'step-2' : null, requestedAt, answeredAt);
    }
    // Most answered calls become an assisted session; staff also help citizens who did not call.
    const assisted = answeredAt !== null ? random() < 0.95 : random() < 0.127;
    if (!assisted) return;
    const assistedId = ++counts.assistedSessions;
    const assistedStart = answeredAt ?? startedAt + between(30, 300) * SECOND;
    addAssisted.run(
      assistedId,
      between(1, STAFF),
      id,
      answeredAt !== null ? helpId : null,
      terminal,
      assistedStart,
      assistedStart + between(120, 1800) * SECOND,
      random() < 0.85 ? 'da' : otherLanguage(),
      outcome(),
      between(1, 6),
    );
    const topics = new Set([topic(), ...(random() < 0.2 ? [topic()] : [])]);
    for (const t of topics) addTopic.run(assistedId, t);
    counts.topics += topics.size;
  }

  db.transaction(() => {
    for (let i = 1; i <= STAFF; i++) addStaff.run(`Staff ${i}`);
  })();
  const days = openingHours();
  const fillDays = db.transaction((from: number, to: number) => {
    for (let k = from; k < to; k++) {
      // Spreads the sessions evenly over the open days, each day's evenly over its hours.
      const first = Math.floor((k * sessions) / days.length);
      const count = Math.floor(((k + 1) * sessions) / days.length) - first;
      const { opens, closes } = days[k]!;
      const slot = (closes - opens) / count;
      for (let j = 0; j < count; j++) oneSession(first + j + 1, Math.floor(opens + (j + random()) * slot));
    }
  });
  for (let k = 0; k < days.length; k += 100) fillDays(k, Math.min(days.length, k + 100));
  counts.sessions = sessions;
  return counts;
}
