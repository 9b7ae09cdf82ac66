import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { createAuditTrail, type AuditTrail } from '../services/auditTrail';
import { appDataDir, resolveDataDir } from '../services/dataDir';
import { connectKioskDatabase, DATABASE_FILE } from '../services/database';
import { KioskError } from '../services/kioskError';
import { setLogSink } from '../services/log';
import { createStaffAccounts, isValidPin, type StaffRole } from '../services/staffAccounts';
import { exporters, exportKinds, parsePeriod, toCsv, type ExportKind, type ExportPeriod } from './exportRecords';

/**
 * npm run admin -- [--data-dir DIR] <command>: for IT staff who manage kiosks remotely. Plain
 * Node on the kiosk's own services. Every argument is checked before the database is opened, so
 * a bad command writes nothing. PINs are read from standard input, never from the command line.
 */
export const USAGE = `usage: npm run admin -- [--data-dir DIR] <command>

  staff add --name NAME --role staff|admin   the PIN (6-12 digits) is read from standard input
  staff list
  staff disable --id ID
  staff reset-pin --id ID                    the new PIN is read from standard input
  audit verify                               exit 0 with the entries checked, 1 naming the first broken one
  db check                                   integrity of the database file
  db backup --out FILE                       a consistent copy through SQLite's online backup
  export sessions|assisted|exemptions --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.csv
                                             records started in those local-time days, both included;
                                             FILE must not exist yet, and the export is audited

The data folder defaults as for the kiosk: KIOSK_DATA_DIR, else the app's data folder.`;

export interface AdminIo {
  out(line: string): void;
  err(line: string): void;
  /** The first line of standard input, for PINs. */
  readLine(): Promise<string>;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

type Command =
  | { name: 'staff add'; staffName: string; role: StaffRole }
  | { name: 'staff list' }
  | { name: 'staff disable' | 'staff reset-pin'; id: number }
  | { name: 'audit verify' | 'db check' }
  | { name: 'db backup'; out: string }
  | { name: 'export'; kind: ExportKind; period: ExportPeriod; out: string };

function parseCommand(argv: string[]): { dataDir?: string; command: Command } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        id: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const name = positionals.join(' ');
  const allowed: Record<string, string[]> = {
    'staff add': ['name', 'role'],
    'staff list': [],
    'staff disable': ['id'],
    'staff reset-pin': ['id'],
    'audit verify': [],
    'db check': [],
    'db backup': ['out'],
    ...Object.fromEntries(exportKinds.map((kind) => [`export ${kind}`, ['from', 'to', 'out']])),
  };
  const wanted = allowed[name];
  if (!wanted && positionals[0] === 'export') throw new UsageError(`export what? ${exportKinds.join(', ')}`);
  if (!wanted) throw new UsageError(name ? `unknown command "${name}"` : 'no command');
  for (const option of ['name', 'role', 'id', 'out', 'from', 'to'] as const) {
    const given = values[option] !== undefined;
    if (given && !wanted.includes(option)) throw new UsageError(`${name} takes no --${option}`);
    if (!given && wanted.includes(option)) throw new UsageError(`${name} needs --${option}`);
  }
  const dataDir = values['data-dir'];
  switch (name) {
    case 'staff add': {
      const role = values.role;
      if (role !== 'staff' && role !== 'admin') throw new UsageError('--role must be staff or admin');
      return { dataDir, command: { name, staffName: values.name!, role } };
    }
    case 'staff disable':
    case 'staff reset-pin': {
      const id = Number(values.id);
      if (!/^\d+$/.test(values.id!) || !Number.isSafeInteger(id) || id < 1)
        throw new UsageError('--id must be a number');
      return { dataDir, command: { name, id } };
    }
    case 'db backup':
      return { dataDir, command: { name, out: path.resolve(values.out!) } };
    case 'export sessions':
    case 'export assisted':
    case 'export exemptions': {
      const period = parsePeriod(values.from!, values.to!);
      if (typeof period === 'string') throw new UsageError(period);
      const kind = positionals[1] as ExportKind;
      return { dataDir, command: { name: 'export', kind, period, out: path.resolve(values.out!) } };
    }
    default:
      return { dataDir, command: { name } as Command };
  }
}

/**
 * A name as a terminal shows it, never as commands to the terminal: a staff name is typed (or
 * pasted) on the kiosk and may hold control characters, which a terminal would obey (escape
 * sequences that rewrite the screen, set the clipboard or the title). They are written as \u001b.
 */
export const terminalSafe = (text: string) =>
  [...text]
    .map((c) => {
      const code = c.codePointAt(0)!;
      const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
      return control ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    })
    .join('');

/** Runs one admin command; returns the exit code (0 done, 1 failed or found a problem, 2 bad arguments). */
export async function runAdmin(argv: string[], io: AdminIo): Promise<number> {
  setLogSink(() => {});
  let dataDir: string | undefined;
  let command: Command;
  try {
    ({ dataDir, command } = parseCommand(argv));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`admin: ${error.message}\n${USAGE}`);
    return 2;
  }
  const folder = dataDir ?? resolveDataDir(io.env, appDataDir());
  const file = path.join(folder, DATABASE_FILE);
  const creates = command.name === 'staff add';
  if (!creates && !fs.existsSync(file)) {
    io.err(`admin: no kiosk database at ${file}`);
    return 1;
  }
  if ((command.name === 'db backup' || command.name === 'export') && fs.existsSync(command.out)) {
    io.err(`admin: ${command.out} exists already; nothing was written`);
    return 1;
  }

  // The PIN is read and checked before the database is opened, so a bad one writes nothing.
  let pin = '';
  if (command.name === 'staff add' || command.name === 'staff reset-pin') {
    pin = await io.readLine();
    if (!isValidPin(pin)) {
      io.err(`admin: ${ADMIN_MESSAGES.staff_pin_format}`);
      return 1;
    }
  }

  let db;
  try {
    if (creates) fs.mkdirSync(folder, { recursive: true });
    db = connectKioskDatabase(file);
  } catch (error) {
    io.err(`admin: the database at ${file} is damaged (${(error as Error).message})`);
    return 1;
  }
  try {
    const audit = createAuditTrail(db);
    const staff = createStaffAccounts(db, audit);
    switch (command.name) {
      case 'db check':
        io.out(`ok: ${file} passed the integrity check`);
        return 0;
      case 'db backup':
        await db.backup(command.out);
        io.out(`backed up to ${command.out}`);
        return 0;
      case 'audit verify': {
        const result = audit.verify();
        if (result.ok) {
          io.out(`ok: ${result.entries} audit entries checked`);
          return 0;
        }
        io.err(`broken: audit entry ${result.firstBroken} (${result.why}); ${result.entries} entries before it hold`);
        return 1;
      }
      case 'export':
        return exportToFile(db, audit, command, io);
      case 'staff list':
        for (const m of staff.list()) {
          io.out(`${m.id}\t${m.role}\t${m.disabled ? 'disabled' : 'active'}\t${terminalSafe(m.name)}`);
        }
        return 0;
      case 'staff disable':
        staff.disable('admin-cli', command.id);
        io.out(`staff ${command.id} disabled`);
        return 0;
      case 'staff add': {
        const id = staff.add('admin-cli', command.staffName, command.role, pin);
        io.out(`staff ${id} added (${command.role})`);
        return 0;
      }
      case 'staff reset-pin':
        staff.resetPin('admin-cli', command.id, pin);
        io.out(`PIN of staff ${command.id} reset`);
        return 0;
    }
  } catch (error) {
    if (!(error instanceof KioskError)) throw error;
    io.err(`admin: ${ADMIN_MESSAGES[error.code] ?? error.code}`);
    return 1;
  } finally {
    db.close();
  }
}

/**
 * Writes the export beside its destination and renames it into place inside the transaction that
 * audits it: a failure leaves neither a half-written file nor an entry for an export that did not happen.
 */
function exportToFile(
  db: Database,
  audit: AuditTrail,
  command: Extract<Command, { name: 'export' }>,
  io: AdminIo,
): number {
  const { kind, period, out } = command;
  const temporary = `${out}.${process.pid}.tmp`;
  let placed = false;
  try {
    const rows = db.transaction(() => {
      const table = exporters[kind](db, period);
      fs.writeFileSync(temporary, toCsv(table), { flag: 'wx' });
      const details = { from: period.from, to: period.to, rows: table.rows.length, via: 'admin-cli' };
      audit.append(null, `export.${kind}`, details);
      fs.renameSync(temporary, out);
      placed = true;
      return table.rows.length;
    })();
    io.out(`exported ${rows} rows (${kind}) to ${out}`);
    return 0;
  } catch (error) {
    // The commit itself failed after the rename: the file goes too, since its audit entry did.
    if (placed) fs.rmSync(out, { force: true });
    io.err(`admin: could not export to ${out} (${(error as Error).message}); nothing was written`);
    return 1;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

// The command line speaks to IT staff in English; the kiosk's screens use the same codes translated.
const ADMIN_MESSAGES: Record<string, string> = {
  staff_pin_format: 'a PIN must be 6 to 12 digits; nothing was written',
  staff_name: 'a name must be 1 to 80 characters; nothing was written',
  staff_not_found: 'no staff member with that id',
};
