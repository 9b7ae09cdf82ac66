/**
 * The process tests/unit/powerLoss.test.ts kills: the real services on the data folder it is
 * given, writing citizen sessions, assisted sessions and exemption requests in random order until
 * it is killed. After each call the services return from, it prints one line naming what they
 * acknowledged, so the test knows what must survive:
 *
 *   ack session-start 17 | ack session-end 17 | ack assisted-start 5 | ack assisted-finish 5
 *   ack exemption 3 DP-261125-7KQ3X 1234-3     (id, reference, the token in the citizen's name)
 *
 * Run: node --import tsx tests/helpers/powerLossWriter.ts <dataDir> <resourcesDir> <seed>
 * (the test runs it bundled into one file, which starts in a fifth of the time).
 */
import fs from 'node:fs';
import { createKioskServices } from '../../electron/services/kioskServices';
import { setLogSink } from '../../electron/services/log';

const ADMIN_PIN = '246810';
const CHEAP_PINS = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

const [dataDir, resourcesDir, seedArg] = process.argv.slice(2);
if (!dataDir || !resourcesDir) throw new Error('usage: powerLossWriter.ts <dataDir> <resourcesDir> <seed>');

// Nothing but acknowledgements on stdout.
setLogSink(() => {});

/**
 * One line, written before the next call starts. The loop below never yields to the event loop,
 * so process.stdout (asynchronous for pipes on some platforms) could hold lines back; a pipe may
 * also be non-blocking, hence the retry. A line this short is written whole or not at all.
 */
function acknowledge(line: string): void {
  const bytes = Buffer.from(`ack ${line}\n`);
  for (;;) {
    try {
      fs.writeSync(1, bytes);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

// mulberry32: the order of writes follows the seed (their timing, and so the kill point, does not).
let state = Number(seedArg ?? 1) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const services = createKioskServices({ dataDir, resourcesDir, env: {}, pinHashing: CHEAP_PINS });
const adminId = services.staff.needsSetup()
  ? services.staff.createFirstAdmin('Power Loss', ADMIN_PIN)
  : services.staff.list()[0]!.id;
let lastSessionId: number | undefined;
let written = 0;

const writes = [
  function citizenSession() {
    const id = services.citizenSessions.start('da');
    acknowledge(`session-start ${id}`);
    services.citizenSessions.end(id, 'finished');
    acknowledge(`session-end ${id}`);
    lastSessionId = id;
  },
  function assistedSession() {
    const { assistedId } = services.assisted.start(adminId, lastSessionId ? { sessionId: lastSessionId } : {});
    acknowledge(`assisted-start ${assistedId}`);
    services.assisted.finish(adminId, assistedId, { topics: ['other'], language: 'da', outcome: 'solved', effort: 2 });
    acknowledge(`assisted-finish ${assistedId}`);
  },
  function exemptionRequest() {
    const token = `${process.pid}-${written}`;
    const { requestId, reference } = services.exemptions.submit({
      kind: 'exemption',
      language: 'da',
      applicant: 'self',
      citizen: { name: `Karen Testesen ${token}`, cpr: '050346-1234', address: 'Strandvejen 12, 7100 Vejle' },
      grounds: [3, 6],
      signaturePng: null,
      verification: { staffId: adminId, pin: ADMIN_PIN, idDocument: 'passport', powerOfAttorneySeen: false },
    });
    acknowledge(`exemption ${requestId} ${reference} ${token}`);
  },
];

for (;;) {
  writes[Math.floor(random() * writes.length)]!();
  written += 1;
}
