import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/services/database';
import { createKioskServices } from '../../electron/services/kioskServices';
import { setLogSink } from '../../electron/services/log';
import { freshDataDir, repoRoot, resourcesDir } from '../helpers/kioskFixture';
import { seededRandom } from '../helpers/seededRandom';

/*
 * What this proves, and what it does not. SIGKILL ends the process at any instruction, mid
 * transaction or mid checkpoint, without letting it run another line; but the machine keeps
 * running, so whatever the process had handed to the OS (the page cache) still reaches the
 * file. It proves that the kiosk's writes are atomic transactions, that the services acknowledge
 * a write only after its commit, and that a kiosk restarted after a crash finds an intact
 * database and starts without fuss. It does not prove that data reached the disk before a real
 * power cut: that is SQLite's fsync, which is why exemption requests are written with
 * synchronous=FULL (the rest with NORMAL, which may lose the last commits on an OS crash, never
 * the file's integrity).
 */

setLogSink(() => {});

const ROUNDS = 50;
const writerSource = path.join(repoRoot, 'tests', 'helpers', 'powerLossWriter.ts');
const writerDir = freshDataDir('kiosk-power-loss-writer-');
const writer = path.join(writerDir, 'powerLossWriter.mjs');
const seed = Number(process.env.POWER_LOSS_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Every write the services acknowledged to the writer, over all rounds. */
interface Acknowledged {
  sessionsStarted: Set<number>;
  sessionsEnded: Set<number>;
  assistedStarted: Set<number>;
  assistedFinished: Set<number>;
  /** Request id → its reference and the token in the citizen's name. */
  exemptions: Map<number, { reference: string; token: string }>;
}

/** Runs the writer on the data folder and kills it `afterMs` after its first acknowledgement. */
function runAndKill(dataDir: string, childSeed: number, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, resourcesDir, String(childSeed)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killTimer: NodeJS.Timeout | undefined;
    // A writer that never acknowledges anything must not outlive the test.
    const startLimit = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (killTimer === undefined && out.includes('\n')) {
        clearTimeout(startLimit);
        killTimer = setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.stderr.on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    // 'close' comes after the pipes are drained, so every line the writer got out is here.
    child.on('close', (code, signal) => {
      clearTimeout(startLimit);
      clearTimeout(killTimer);
      if (signal !== 'SIGKILL' || killTimer === undefined) {
        reject(new Error(`the writer ended by itself (code ${code}, signal ${signal}):\n${err}`));
      } else {
        resolve(out.split('\n').slice(0, -1)); // the text after the last newline is no whole line
      }
    });
  });
}

/** Adds the lines to what was acknowledged; returns this round's exemption requests. */
function record(lines: string[], acked: Acknowledged) {
  const exemptions: Array<{ id: number; reference: string; token: string }> = [];
  for (const line of lines) {
    const [ack, kind, idText, reference, token] = line.split(' ');
    const id = Number(idText);
    if (ack !== 'ack' || !Number.isInteger(id)) throw new Error(`not an acknowledgement: ${line}`);
    if (kind === 'session-start') acked.sessionsStarted.add(id);
    else if (kind === 'session-end') acked.sessionsEnded.add(id);
    else if (kind === 'assisted-start') acked.assistedStarted.add(id);
    else if (kind === 'assisted-finish') acked.assistedFinished.add(id);
    else if (kind === 'exemption' && reference && token) {
      acked.exemptions.set(id, { reference, token });
      exemptions.push({ id, reference, token });
    } else throw new Error(`not an acknowledgement: ${line}`);
  }
  return exemptions;
}

/** Ids acknowledged but not (or not fully) in the database; the test wants every list empty. */
function missing(dataDir: string, acked: Acknowledged, sample: Array<{ id: number; token: string }>) {
  // The file as the kill left it, before a kiosk start touches it.
  const raw = new Database(path.join(dataDir, DATABASE_FILE));
  const integrity = raw.pragma('integrity_check', { simple: true });
  raw.close();

  const services = createKioskServices({ dataDir, resourcesDir, env: {} });
  try {
    const { db } = services;
    const sessions = new Map(
      db
        .prepare<[], { id: number; ended_at: number | null; end_reason: string | null }>(
          'SELECT id, ended_at, end_reason FROM citizen_sessions',
        )
        .all()
        .map((r) => [r.id, r]),
    );
    const assisted = new Map(
      db
        .prepare<[], { id: number; ended_at: number | null; outcome: string | null; topics: number }>(
          `SELECT id, ended_at, outcome, (SELECT count(*) FROM assisted_session_topics t WHERE t.assisted_session_id = a.id) AS topics
           FROM assisted_sessions a`,
        )
        .all()
        .map((r) => [r.id, r]),
    );
    const exemptions = new Map(
      db
        .prepare<[], { id: number; reference: string; name_sealed: Buffer | null }>(
          'SELECT id, reference, name_sealed FROM exemption_requests',
        )
        .all()
        .map((r) => [r.id, r]),
    );
    // The first few missing, so a failure reads at a glance.
    const without = <T>(ids: Iterable<T>, holds: (id: T) => boolean) => {
      const absent = [...ids].filter((id) => !holds(id));
      return absent.length > 5 ? [...absent.slice(0, 5), `and ${absent.length - 5} more`] : absent;
    };
    return {
      integrity,
      notices: services.staffNotices.map((n) => n.code),
      damagedFiles: fs.readdirSync(dataDir).filter((f) => f.includes('.damaged-')),
      auditChain: services.audit.verify().ok,
      foreignKeys: db.pragma('foreign_key_check'),
      // A session the kill left open is ended as interrupted by the start above.
      sessionsStarted: without(acked.sessionsStarted, (id) => (sessions.get(id)?.ended_at ?? null) !== null),
      sessionsEnded: without(acked.sessionsEnded, (id) => sessions.get(id)?.end_reason === 'finished'),
      assistedStarted: without(acked.assistedStarted, (id) => assisted.has(id)),
      assistedFinished: without(acked.assistedFinished, (id) => {
        const row = assisted.get(id);
        return row !== undefined && row.ended_at !== null && row.outcome === 'solved' && row.topics === 1;
      }),
      exemptions: without(acked.exemptions.keys(), (id) => {
        const row = exemptions.get(id);
        return row?.reference === acked.exemptions.get(id)!.reference && row.name_sealed !== null;
      }),
      // The sealed data opens with the key file, to the name the writer sent.
      unreadable: sample
        .filter(({ id, token }) => services.exemptions.details(id).citizen.name !== `Karen Testesen ${token}`)
        .map(({ id }) => id),
    };
  } finally {
    services.close();
  }
}

// Starting the writer dominates the test: through tsx it takes about a second before its first
// write, bundled into one file a fifth of that. better-sqlite3 stays outside (its native part).
beforeAll(async () => {
  const native = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    entryPoints: [writerSource],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      {
        name: 'better-sqlite3-from-node-modules',
        setup: (b) => void b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: native, external: true })),
      },
    ],
  });
});
afterAll(() => fs.rmSync(writerDir, { recursive: true, force: true }));

describe('power loss', () => {
  it(`keeps every acknowledged write and an intact database over ${ROUNDS} kills at random points`, async () => {
    const random = seededRandom(seed);
    const dataDir = freshDataDir('kiosk-power-loss-');
    console.log(`power loss: seed ${seed} (POWER_LOSS_SEED=${seed} repeats these kill times), data in ${dataDir}`);
    const acked: Acknowledged = {
      sessionsStarted: new Set(),
      sessionsEnded: new Set(),
      assistedStarted: new Set(),
      assistedFinished: new Set(),
      exemptions: new Map(),
    };
    const began = performance.now();
    let checked = 0;
    let spawnAndKillMs = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const afterMs = 50 + Math.floor(random() * 351);
      const roundBegan = performance.now();
      const lines = await runAndKill(dataDir, Math.floor(random() * 2 ** 31), afterMs);
      spawnAndKillMs += performance.now() - roundBegan;
      const fresh = record(lines, acked);
      // Decrypt the newest requests of this round and one from an earlier round.
      const all = [...acked.exemptions].map(([id, e]) => ({ id, token: e.token }));
      const older = all[Math.floor(random() * all.length)];
      const sample = [...fresh.slice(-3), ...(older ? [older] : [])];

      const result = missing(dataDir, acked, sample);
      expect({ round, ...result }).toEqual({
        round,
        integrity: 'ok',
        notices: [],
        damagedFiles: [],
        auditChain: true,
        foreignKeys: [],
        sessionsStarted: [],
        sessionsEnded: [],
        assistedStarted: [],
        assistedFinished: [],
        exemptions: [],
        unreadable: [],
      });
      checked +=
        acked.sessionsStarted.size +
        acked.sessionsEnded.size +
        acked.assistedStarted.size +
        acked.assistedFinished.size +
        acked.exemptions.size;
    }
    const seconds = (performance.now() - began) / 1000;
    const written = [
      `${acked.sessionsEnded.size} citizen sessions`,
      `${acked.assistedFinished.size} assisted sessions`,
      `${acked.exemptions.size} exemption requests`,
    ].join(', ');
    console.log(
      `power loss: ${ROUNDS} rounds, ${written} acknowledged; ${checked} acknowledgements checked over all rounds; ` +
        `${seconds.toFixed(1)} s in all, ${(spawnAndKillMs / ROUNDS).toFixed(0)} ms a round to start, write and kill`,
    );
    expect(acked.exemptions.size).toBeGreaterThan(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 180_000);
});
