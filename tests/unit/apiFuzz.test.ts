import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../electron/api/channels';
import { contract } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { kioskConfigSchema } from '../../electron/services/config';
import { setLogSink } from '../../electron/services/log';
import { ADMIN_PIN, preparedServices, snapshotTables, validInput } from '../helpers/apiFixture';
import { garbage, plausible } from '../helpers/fuzzInputs';
import { repoRoot } from '../helpers/kioskFixture';

/**
 * Fuzzing the API: 10,000 generated inputs per channel, through dispatch() as both transports
 * call it, into the real services on a real SQLite file. For every input: nothing is thrown and
 * no promise is left rejected; the answer is a value or a typed failure whose message translates;
 * and a refused input leaves the database as it was.
 *
 * Each input runs inside a transaction that is rolled back afterwards, so every input meets the
 * same prepared database, and a failure found under FUZZ_SEED reproduces on its own (fast-check
 * shrinks it to the smallest such input). The services' own transactions become savepoints inside
 * it: what they commit stays visible until the rollback, what they roll back is gone, as usual.
 * (Wrong PINs therefore never add up to a lockout here; staffAccounts.test.ts covers that.)
 */

setLogSink(() => {});

// FUZZ_RUNS lowers it for a quick look while working on the test; the issue asks for 10,000.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
/** Every how many inputs the whole database is compared before and after, besides the write log. */
const SNAPSHOT_EVERY = 20;
// scrypt at its cheapest: thousands of PINs are checked here, and their hashing cost is not fuzzed.
const FUZZ_PINS = { N: 16, r: 1, p: 1, keylen: 32 };

/**
 * Refusals that write on purpose, and the tables they may write:
 * - a wrong PIN: the failed attempt (towards the lockout) and its audit entry are committed before
 *   the refusal (staffAccounts.ts), so guessing cannot be rolled back;
 * - session.end: the reset is whole even when the session's record cannot be closed, and staff
 *   mode, which ends with it, is audited.
 */
function mayWrite(channel: ChannelName, code: string): Set<string> {
  if (code === 'staff_wrong_pin' || code === 'staff_locked') return new Set(['staff', 'audit_log', 'audit_head']);
  if (channel === 'session.end') return new Set(['audit_log', 'audit_head']);
  return new Set();
}

const resultSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({
      code: z.string().min(1),
      messageKey: z.string().min(1),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  }),
]);

/**
 * Every code a failure may carry: dispatch's own, and each one the handlers and services throw a
 * KioskError with. Anything else (an exception's own `code`, say) is not a typed failure; nor is
 * `internal`, which dispatch answers for whatever nobody expected.
 */
function knownCodes(): Set<string> {
  const codes = new Set<string>();
  const dir = path.join(repoRoot, 'electron');
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [, code] of source.matchAll(/new KioskError\(\s*'(\w+)'/g)) codes.add(code!);
    // The exemption request's text checks name their code through requireText.
    for (const [, code] of source.matchAll(/requireText\([^)]*'(\w+)'\)/g)) codes.add(code!);
    for (const [, code] of source.matchAll(/\{ code: '(\w+)', messageKey: '/g)) codes.add(code!);
  }
  codes.delete('internal');
  return codes;
}

const readWords = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'locales', file), 'utf8')) as unknown;
const words = { kiosk: readWords('en/kiosk.json'), staff: readWords('staff/en/staff.json') };

/** Whether a message key names a text in the kiosk's words, or the staff screens' (`staff:`). */
function translates(messageKey: string): boolean {
  const [book, key] = messageKey.startsWith('staff:') ? [words.staff, messageKey.slice(6)] : [words.kiosk, messageKey];
  const text = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], book);
  return typeof text === 'string';
}

/** An assertion cheap enough for 400,000 inputs; the message is only built when it fails. */
function must(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

type Database = ReturnType<typeof preparedServices>['services']['db'];

/**
 * The rows a call wrote and kept: temporary triggers on every table log each insert, update and
 * delete. A statement or savepoint that rolls back takes its log entries with it, so the log
 * holds exactly the writes that were committed, however many; this checks every input cheaply.
 */
function watchWrites(db: Database): { clear(): void; read(): string[] } {
  db.exec('CREATE TEMP TABLE fuzz_writes (change TEXT NOT NULL)');
  for (const table of Object.keys(snapshotTables(db))) {
    for (const change of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER "fuzz_${table}_${change}" AFTER ${change} ON main."${table}"
               BEGIN INSERT INTO fuzz_writes VALUES ('${table} ${change}'); END`);
    }
  }
  const clear = db.prepare('DELETE FROM temp.fuzz_writes');
  const read = db.prepare('SELECT change FROM temp.fuzz_writes').pluck();
  return { clear: () => void clear.run(), read: () => read.all() as string[] };
}

/**
 * SQLite refuses to change `synchronous` inside a transaction, and every input here runs inside
 * one; so exemption.submit's switch to synchronous=FULL for its commit is skipped in this test
 * (durability is what tests/unit/powerLoss.test.ts is about). Nothing else about the call changes.
 */
function keepSynchronous(db: Database): void {
  const pragma = db.pragma.bind(db);
  db.pragma = ((source: string, options?: { simple?: boolean }) =>
    /^\s*synchronous\s*=/i.test(source) ? [] : pragma(source, options)) as typeof db.pragma;
}

/** The schema that guides the plausible inputs; the config candidate is checked by the config's own. */
const guide = (channel: ChannelName) =>
  channel === 'config.save' ? z.strictObject({ config: kioskConfigSchema }) : contract[channel].input;

/**
 * Accepting these renders a receipt as PDF in headless Chromium, about a second each: inputs that
 * would are left out of the generated ones, and one runs first, timed, so the path is still covered.
 */
function rendersPdf(channel: ChannelName, input: unknown, requestIds: Set<number>): boolean {
  if (channel === 'exemption.receipt') {
    const parsed = contract[channel].input.safeParse(input);
    return parsed.success && requestIds.has(parsed.data.requestId);
  }
  if (channel === 'exemption.export') {
    const parsed = contract[channel].input.safeParse(input);
    return parsed.success && parsed.data.format === 'pdf' && parsed.data.requestIds.every((id) => requestIds.has(id));
  }
  return false;
}
const renderingInput: Partial<Record<ChannelName, unknown>> = {
  'exemption.receipt': { requestId: 1 },
  'exemption.export': { requestIds: [1], format: 'pdf' },
};

interface Tally {
  runs: number;
  accepted: number;
  /** Refused by a handler or the services, not by the input schema: the plausible inputs got that far. */
  refusedInside: number;
  codes: Map<string, number>;
  snapshots: number;
  ms: number;
  renderMs?: number;
}

const tallies = new Map<ChannelName, Tally>();
const escaped: unknown[] = [];
const onEscape = (reason: unknown) => escaped.push(reason);
const codes = knownCodes();

beforeAll(() => {
  process.on('unhandledRejection', onEscape);
  process.on('uncaughtException', onEscape);
  console.log(`API fuzz: ${RUNS} inputs per channel, seed ${SEED} (FUZZ_SEED=${SEED} repeats this run)`);
});

afterAll(() => {
  process.off('unhandledRejection', onEscape);
  process.off('uncaughtException', onEscape);
  const lines = [...tallies].map(([channel, t]) => {
    const top = [...t.codes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
    const render = t.renderMs === undefined ? '' : `, one PDF rendered in ${Math.round(t.renderMs)} ms`;
    return (
      `${channel.padEnd(22)} ${t.runs} inputs, ${t.accepted} accepted, ${t.refusedInside} refused by the services, ` +
      `${t.snapshots} full snapshots, ${(t.ms / 1000).toFixed(1)} s${render}; ${top.join(', ')}`
    );
  });
  console.log(`API fuzz, seed ${SEED}:\n${lines.join('\n')}`);
});

describe('fuzzing the API', () => {
  it('knows the failure codes', () => {
    expect(codes.size).toBeGreaterThan(30);
    expect([...codes]).toContain('invalid_input');
    expect([...codes]).toContain('exemptionName');
  });

  it.each(channelNames)(
    '%s: 10,000 inputs, never a throw, every refusal typed and translated, nothing written',
    async (channel) => {
      const started = performance.now();
      const { services, handlers, session } = preparedServices(channel, FUZZ_PINS);
      const { db } = services;
      keepSynchronous(db);
      const writes = watchWrites(db);
      const valid = validInput(channel, session);
      const requestIds = new Set(services.exemptions.list().map((r) => r.id));
      // Staff mode lives in memory, not in the database: each input gets it back as prepared.
      const staffMode = services.staffSession.active() ? services.staffSession.require() : null;
      const tally: Tally = { runs: 0, accepted: 0, refusedInside: 0, codes: new Map(), snapshots: 0, ms: 0 };
      tallies.set(channel, tally);

      const restoreStaffMode = () => {
        const mode = services.staffSession;
        if (!staffMode) {
          mode.end('reset');
          return;
        }
        let current: { id: number } | null = null;
        try {
          current = mode.active() ? mode.require() : null;
        } catch {
          // Ended as idle: logged in again below.
        }
        if (current?.id !== staffMode.id) mode.logIn(staffMode.id, ADMIN_PIN);
      };

      const run = async (input: unknown, wholeSnapshot: boolean) => {
        tally.runs++;
        db.exec('BEGIN');
        try {
          restoreStaffMode();
          writes.clear();
          const before = wholeSnapshot ? snapshotTables(db) : null;
          const result = await dispatch(handlers, channel, input);

          must(resultSchema.safeParse(result).success, () => `not a result: ${JSON.stringify(result)}`);
          // A config that does not validate is answered with its problems, as a value; nothing is saved.
          const unsaved =
            channel === 'config.save' && result.ok && (result.value as { saved: boolean }).saved === false;
          if (result.ok) {
            if (unsaved) tally.refusedInside++;
            else tally.accepted++;
          } else {
            const { code, messageKey } = result.error;
            tally.codes.set(code, (tally.codes.get(code) ?? 0) + 1);
            if (code !== 'invalid_input') tally.refusedInside++;
            must(codes.has(code), () => `an untyped failure: ${JSON.stringify(result.error)}`);
            must(translates(messageKey), () => `no words for ${messageKey}`);
          }

          if (!result.ok || unsaved) {
            const deliberate = result.ok ? new Set<string>() : mayWrite(channel, result.error.code);
            const allowed = (table: string) => deliberate.has(table);
            const written = writes.read().filter((change) => !allowed(change.split(' ')[0]!));
            must(written.length === 0, () => `refused (${JSON.stringify(result)}) but wrote: ${written.join(', ')}`);
            if (before) {
              tally.snapshots++;
              const after = snapshotTables(db);
              const changed = Object.keys(before).filter((table) => !allowed(table) && after[table] !== before[table]);
              must(changed.length === 0, () => `refused (${JSON.stringify(result)}) but changed ${changed.join(', ')}`);
            }
          }
          must(db.inTransaction, () => 'the call ended the test transaction');
          // An export's file goes too, as the rows do, so each export meets the same folder.
          if (result.ok && channel.endsWith('.export')) fs.rmSync((result.value as { file: string }).file);
          return result;
        } finally {
          if (db.inTransaction) db.exec('ROLLBACK');
        }
      };

      try {
        const rendering = renderingInput[channel];
        if (rendering) {
          const t = performance.now();
          const result = await run(rendering, true);
          tally.renderMs = performance.now() - t;
          expect(result).toMatchObject({ ok: true });
        }
        const inputs = fc
          .oneof(
            { weight: 2, arbitrary: garbage },
            { weight: 7, arbitrary: plausible(valid, guide(channel)) },
            { weight: 1, arbitrary: fc.constant(valid) },
          )
          .filter((input) => !rendersPdf(channel, input, requestIds));
        let n = 0;
        await fc.assert(
          fc.asyncProperty(inputs, async (input) => {
            const result = await run(input, n++ % SNAPSHOT_EVERY === 0);
            // Every input meets the same database, so the valid one is accepted every time.
            if (input === valid) must(result.ok, () => `the valid input was refused: ${JSON.stringify(result)}`);
          }),
          { numRuns: RUNS, seed: SEED },
        );
        // Let a promise rejected without a handler, or an exception thrown later, show itself.
        await new Promise((resolve) => setImmediate(resolve));
        expect(escaped).toEqual([]);
      } finally {
        services.close();
        fs.rmSync(services.dataDir, { recursive: true, force: true });
        tally.ms = performance.now() - started;
      }
    },
    180_000,
  );
});
