import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runAdmin } from '../../electron/admin/adminCli';
import { freshDataDir, repoRoot } from '../helpers/kioskFixture';

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
  ])('prints usage and exits 2 for %j, writing nothing', async (args) => {
    const dir = freshDataDir();
    const result = await admin(['--data-dir', dir, ...args], '482913');
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

  it('runs as `npm run admin`, reading the PIN from piped input and KIOSK_DATA_DIR for the folder', () => {
    const dir = freshDataDir();
    const run = (args: string[], input = '') =>
      execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['electron/admin/adminCli.ts', ...args], {
        cwd: repoRoot,
        input,
        env: { ...process.env, KIOSK_DATA_DIR: dir },
        encoding: 'utf8',
      });
    expect(run(['staff', 'add', '--name', 'Mette', '--role', 'admin'], '482913\n')).toBe('staff 1 added (admin)\n');
    expect(run(['staff', 'list'])).toBe('1\tadmin\tactive\tMette\n');
  });
});
