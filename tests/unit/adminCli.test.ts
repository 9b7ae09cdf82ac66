import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runAdmin } from '../../electron/admin/adminCli';
import { spreadsheetSafe } from '../../electron/services/csvTable';
import { createKioskServices } from '../../electron/services/kioskServices';
import { setLogSink } from '../../electron/services/log';
import { freshDataDir, repoRoot, resourcesDir } from '../helpers/kioskFixture';

/** Runs one admin command in-process against a real data folder, with `stdin` as its input. */
async function admin(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readLine: () => Promise.resolve(stdin),
    env: {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

/** Local time, as the kiosk's clock would read it on the day and hour given. */
const local = (day: string, time = '00:00:00') => new Date(`${day}T${time}`).getTime();

/**
 * A kiosk that recorded March 2025 (and a moment either side) on a clock the test moves: two
 * citizen sessions in March, three assisted sessions in March, and records just outside.
 */
function kioskWithMarch() {
  setLogSink(() => {});
  const dataDir = freshDataDir();
  let clock = local('2025-02-28', '23:59:59');
  const kiosk = createKioskServices({ dataDir, resourcesDir, env: {}, now: () => clock });
  const at = (day: string, time?: string) => (clock = local(day, time));
  const staffId = kiosk.staff.createFirstAdmin('Mette', '482913');
  const finish = (id: number, record: Partial<Parameters<typeof kiosk.assisted.finish>[2]>) =>
    kiosk.assisted.finish(staffId, id, { topics: ['other'], language: 'da', outcome: 'solved', effort: 1, ...record });

  kiosk.citizenSessions.start('da'); // the day before: not exported
  at('2025-03-01');
  const first = kiosk.citizenSessions.start('da');
  kiosk.citizenSessions.useLanguage(first, 'ar');
  kiosk.citizenSessions.useSettings(first, { textSize: 150, highContrast: true, reducedMotion: false, speech: true });
  kiosk.helpRequests.request({ sessionId: first });
  at('2025-03-01', '00:01:00');
  const helped = kiosk.assisted.start(staffId, { sessionId: first }).assistedId;
  at('2025-03-01', '00:04:30');
  finish(helped, { topics: ['mitid', 'read-digital-post'], effort: 3, note: '=HYPERLINK("http://x.example","Klik")' });
  kiosk.citizenSessions.end(first, 'finished');
  at('2025-03-10', '10:00:00');
  const referred = kiosk.assisted.start(staffId, {}).assistedId;
  at('2025-03-10', '10:12:05');
  finish(referred, { language: 'uk', outcome: 'referred', note: 'Henvist til Udbetaling Danmark, ærinde løst' });
  at('2025-03-31', '23:59:59');
  kiosk.citizenSessions.start('uk'); // still open at export time
  kiosk.assisted.start(staffId, {});
  at('2025-04-01');
  kiosk.citizenSessions.start('da');
  kiosk.assisted.start(staffId, {});
  kiosk.close();
  return dataDir;
}

/** The CSV as lines, without its byte order mark. */
function csvLines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\n');
}

const march = ['--from', '2025-03-01', '--to', '2025-03-31'];

describe('the admin command line', () => {
  it('adds, lists, disables and resets staff, reading PINs from standard input, and audits it all', async () => {
    const dir = freshDataDir();
    expect(await admin(['--data-dir', dir, 'staff', 'add', '--name', 'Mette', '--role', 'admin'], '482913')).toEqual({
      code: 0,
      out: 'staff 1 added (admin)',
      err: '',
    });
    await admin(['--data-dir', dir, 'staff', 'add', '--name', 'Ali', '--role', 'staff'], '246810');
    expect((await admin(['--data-dir', dir, 'staff', 'list'])).out).toBe(
      '2\tstaff\tactive\tAli\n1\tadmin\tactive\tMette',
    );
    expect((await admin(['--data-dir', dir, 'staff', 'reset-pin', '--id', '2'], '975310')).code).toBe(0);
    expect((await admin(['--data-dir', dir, 'staff', 'disable', '--id', '2'])).code).toBe(0);
    expect((await admin(['--data-dir', dir, 'staff', 'list'])).out).toContain('2\tstaff\tdisabled\tAli');
    expect(await admin(['--data-dir', dir, 'audit', 'verify'])).toMatchObject({
      code: 0,
      out: 'ok: 4 audit entries checked',
    });
    const db = new Database(path.join(dir, 'kiosk.db'), { readonly: true });
    const details = db.prepare<[], { staff_id: number | null; details: string }>('SELECT * FROM audit_log').all();
    expect(details.every((d) => d.staff_id === null && JSON.parse(d.details).via === 'admin-cli')).toBe(true);
    expect(JSON.stringify(db.prepare('SELECT * FROM audit_log').all())).not.toMatch(/482913|975310|Mette|Ali/);
    db.close();
  });

  it('refuses a bad PIN and writes nothing', async () => {
    const dir = path.join(freshDataDir(), 'kiosk');
    const result = await admin(['--data-dir', dir, 'staff', 'add', '--name', 'Mette', '--role', 'admin'], '1234');
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining('6 to 12 digits') });
    expect(fs.existsSync(dir)).toBe(false);
  });

  it.each([
    [[]],
    [['staff']],
    [['staff', 'frob']],
    [['staff', 'add', '--name', 'Mette']],
    [['staff', 'add', '--name', 'Mette', '--role', 'boss']],
    [['staff', 'disable', '--id', 'abc']],
    [['staff', 'disable', '--id', '0']],
    [['staff', 'list', '--id', '1']],
    [['db', 'backup']],
    [['audit', 'verify', '--pin', '123456']],
    [['export', 'visits', ...march, '--out', 'x.csv']],
    [['export', ...march, '--out', 'x.csv']],
    [['export', 'sessions', ...march]],
    [['export', 'sessions', '--from', '2025-03-01', '--out', 'x.csv']],
    [['export', 'sessions', '--from', '2025-02-30', '--to', '2025-03-31', '--out', 'x.csv']],
    [['export', 'sessions', '--from', '2025-3-1', '--to', '2025-03-31', '--out', 'x.csv']],
    [['export', 'sessions', '--from', '2025-04-01', '--to', '2025-03-31', '--out', 'x.csv']],
    [['export', 'assisted', '--from', 'yesterday', '--to', '2025-03-31', '--out', 'x.csv']],
  ])('prints usage and exits 2 for %j, writing nothing', async (args) => {
    const dir = freshDataDir();
    const inDir = args.map((a) => (a === 'x.csv' ? path.join(dir, a) : a));
    const result = await admin(['--data-dir', dir, ...inDir], '482913');
    expect(result.code).toBe(2);
    expect(result.err).toContain('usage: npm run admin');
    expect(filesIn(dir)).toEqual([]);
  });

  it('verifies the audit trail and names the first broken entry', async () => {
    const dir = freshDataDir();
    await admin(['--data-dir', dir, 'staff', 'add', '--name', 'Mette', '--role', 'admin'], '482913');
    await admin(['--data-dir', dir, 'staff', 'add', '--name', 'Ali', '--role', 'staff'], '246810');
    await admin(['--data-dir', dir, 'staff', 'disable', '--id', '2']);
    const db = new Database(path.join(dir, 'kiosk.db'));
    db.prepare("UPDATE audit_log SET details = '{}' WHERE id = 2").run();
    db.close();
    expect(await admin(['--data-dir', dir, 'audit', 'verify'])).toMatchObject({
      code: 1,
      err: 'broken: audit entry 2 (altered); 1 entries before it hold',
    });
  });

  it('checks the database, backs it up consistently, and reports a damaged file without moving it', async () => {
    const dir = freshDataDir();
    expect(await admin(['--data-dir', dir, 'db', 'check'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('no kiosk database'),
    });
    await admin(['--data-dir', dir, 'staff', 'add', '--name', 'Mette', '--role', 'admin'], '482913');
    expect((await admin(['--data-dir', dir, 'db', 'check'])).code).toBe(0);

    const out = path.join(freshDataDir(), 'copy.db');
    expect(await admin(['--data-dir', dir, 'db', 'backup', '--out', out])).toMatchObject({ code: 0 });
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM staff').pluck().all()).toEqual(['Mette']);
    copy.close();
    expect((await admin(['--data-dir', dir, 'db', 'backup', '--out', out])).code).toBe(1);

    fs.writeFileSync(path.join(dir, 'kiosk.db'), 'not a database '.repeat(500));
    fs.rmSync(path.join(dir, 'kiosk.db-wal'), { force: true });
    fs.rmSync(path.join(dir, 'kiosk.db-shm'), { force: true });
    expect(await admin(['--data-dir', dir, 'db', 'check'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('damaged'),
    });
    expect(filesIn(dir)).toEqual(['kiosk.db']);
  });

  it('exports the citizen sessions started in the period, local days both included', async () => {
    const dir = kioskWithMarch();
    const out = path.join(freshDataDir(), 'sessions.csv');
    expect(await admin(['--data-dir', dir, 'export', 'sessions', ...march, '--out', out])).toEqual({
      code: 0,
      out: `exported 2 rows (sessions) to ${out}`,
      err: '',
    });
    expect(csvLines(out)).toEqual([
      'id,terminal_id,started_at,ended_at,end_reason,languages,text_size_max,high_contrast_used,reduced_motion_used,speech_used',
      '2,kiosk-1,2025-03-01 00:00:00,2025-03-01 00:04:30,finished,ar da,150,1,0,1',
      '3,kiosk-1,2025-03-31 23:59:59,,,uk,100,0,0,0',
    ]);
    expect(filesIn(path.dirname(out))).toEqual(['sessions.csv']);
  });

  it('exports the assisted sessions with measured durations, guarding notes against formulas', async () => {
    const dir = kioskWithMarch();
    const out = path.join(freshDataDir(), 'assisted.csv');
    expect((await admin(['--data-dir', dir, 'export', 'assisted', ...march, '--out', out])).code).toBe(0);
    expect(csvLines(out)).toEqual([
      'id,staff_id,citizen_session_id,help_request_id,terminal_id,started_at,ended_at,duration_seconds,language,topics,outcome,effort,note',
      `1,1,2,1,kiosk-1,2025-03-01 00:01:00,2025-03-01 00:04:30,210,da,mitid read-digital-post,solved,3,"'=HYPERLINK(""http://x.example"",""Klik"")"`,
      '2,1,,,kiosk-1,2025-03-10 10:00:00,2025-03-10 10:12:05,725,uk,other,referred,1,"Henvist til Udbetaling Danmark, ærinde løst"',
      '3,1,,,kiosk-1,2025-03-31 23:59:59,,,,,,,',
    ]);

    // Once retention has deleted the notes, they export empty.
    createKioskServices({ dataDir: dir, resourcesDir, env: {}, now: () => local('2025-07-01') }).close();
    const later = path.join(path.dirname(out), 'later.csv');
    expect((await admin(['--data-dir', dir, 'export', 'assisted', ...march, '--out', later])).code).toBe(0);
    expect(
      csvLines(later)
        .slice(1, 3)
        .map((line) => line.split(',').at(-1)),
    ).toEqual(['', '']);
  });

  it('guards every text cell a spreadsheet would run as a formula', () => {
    for (const risky of ['=1+1', '+45 12', '-2', '@SUM(A1)', '\t=1', '\r=1'])
      expect(spreadsheetSafe(risky)).toBe(`'${risky}`);
    for (const plain of ['Hjælp', '2025-03-01 00:00:00', 'a=b', ' =1', '']) expect(spreadsheetSafe(plain)).toBe(plain);
  });

  it('audits each export, and leaves nothing behind when one cannot be written', async () => {
    const dir = kioskWithMarch();
    const folder = freshDataDir();
    await admin(['--data-dir', dir, 'export', 'sessions', ...march, '--out', path.join(folder, 's.csv')]);
    await admin([
      '--data-dir',
      dir,
      'export',
      'assisted',
      '--from',
      '2025-03-10',
      '--to',
      '2025-03-10',
      '--out',
      path.join(folder, 'a.csv'),
    ]);
    const failed = await admin([
      '--data-dir',
      dir,
      'export',
      'sessions',
      ...march,
      '--out',
      path.join(folder, 'no', 'x.csv'),
    ]);
    expect(failed).toMatchObject({ code: 1, err: expect.stringContaining('nothing was written') });
    expect(filesIn(folder)).toEqual(['a.csv', 's.csv']);

    const db = new Database(path.join(dir, 'kiosk.db'), { readonly: true });
    const exports = db
      .prepare<[], { staff_id: number | null; action: string; details: string }>(
        "SELECT * FROM audit_log WHERE action LIKE 'export.%'",
      )
      .all()
      .map((r) => ({ staffId: r.staff_id, action: r.action, details: JSON.parse(r.details) }));
    db.close();
    expect(exports).toEqual([
      {
        staffId: null,
        action: 'export.sessions',
        details: { from: '2025-03-01', to: '2025-03-31', rows: 2, via: 'admin-cli' },
      },
      {
        staffId: null,
        action: 'export.assisted',
        details: { from: '2025-03-10', to: '2025-03-10', rows: 1, via: 'admin-cli' },
      },
    ]);
    expect((await admin(['--data-dir', dir, 'audit', 'verify'])).code).toBe(0);
  });

  it('refuses to overwrite a file, writing nothing', async () => {
    const dir = kioskWithMarch();
    const existing = path.join(freshDataDir(), 'keep.csv');
    fs.writeFileSync(existing, 'mine');
    expect(await admin(['--data-dir', dir, 'export', 'sessions', ...march, '--out', existing])).toMatchObject({
      code: 1,
      err: expect.stringContaining('exists already'),
    });
    expect(fs.readFileSync(existing, 'utf8')).toBe('mine');
  });

  it('exports exemption requests for tracking, without any of their personal data', async () => {
    setLogSink(() => {});
    const dataDir = freshDataDir();
    const kiosk = createKioskServices({ dataDir, resourcesDir, env: {}, now: () => local('2025-03-05', '11:00:00') });
    const staffId = kiosk.staff.createFirstAdmin('Mette', '482913');
    const { reference } = kiosk.exemptions.submit({
      kind: 'exemption',
      language: 'da',
      applicant: 'self',
      citizen: { name: 'Karen Blixen-Testesen', cpr: '0503461234', address: 'Strandvejen 1, 2960 Rungsted' },
      grounds: [1, 6],
      signaturePng: null,
      verification: { staffId, pin: '482913', idDocument: 'passport', powerOfAttorneySeen: false },
    });
    kiosk.close();
    const out = path.join(freshDataDir(), 'exemptions.csv');
    const result = await admin(['--data-dir', dataDir, 'export', 'exemptions', ...march, '--out', out]);
    expect(result.code).toBe(0);
    const csv = fs.readFileSync(out, 'utf8');
    expect(csv).toContain(`${reference},exemption,requested,kiosk-1,da,self,2025-03-05 11:00:00,1,passport,0,1`);
    for (const personal of ['Karen', 'Blixen', '050346', 'Strandvejen']) expect(csv).not.toContain(personal);
  });

  it('runs as `npm run admin`, reading the PIN from piped input and KIOSK_DATA_DIR for the folder', () => {
    const dir = freshDataDir();
    const run = (args: string[], input = '') =>
      execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['electron/admin/adminMain.ts', ...args], {
        cwd: repoRoot,
        input,
        env: { ...process.env, KIOSK_DATA_DIR: dir },
        encoding: 'utf8',
      });
    expect(run(['staff', 'add', '--name', 'Mette', '--role', 'admin'], '482913\n')).toBe('staff 1 added (admin)\n');
    expect(run(['staff', 'list'])).toBe('1\tadmin\tactive\tMette\n');
  });
});
