import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { createAuditTrail } from '../services/auditTrail';
import { appDataDir, resolveDataDir } from '../services/dataDir';
import { connectKioskDatabase, DATABASE_FILE } from '../services/database';
import { KioskError } from '../services/kioskError';
import { setLogSink } from '../services/log';
import { createStaffAccounts, isValidPin, type StaffRole } from '../services/staffAccounts';

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
  | { name: 'db backup'; out: string };

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
  };
  const wanted = allowed[name];
  if (!wanted) throw new UsageError(name ? `unknown command "${name}"` : 'no command');
  for (const option of ['name', 'role', 'id', 'out'] as const) {
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
    default:
      return { dataDir, command: { name } as Command };
  }
}

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
  if (command.name === 'db backup' && fs.existsSync(command.out)) {
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
      case 'staff list':
        for (const m of staff.list()) io.out(`${m.id}\t${m.role}\t${m.disabled ? 'disabled' : 'active'}\t${m.name}`);
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

// The command line speaks to IT staff in English; the kiosk's screens use the same codes translated.
const ADMIN_MESSAGES: Record<string, string> = {
  staff_pin_format: 'a PIN must be 6 to 12 digits; nothing was written',
  staff_name: 'a name must be 1 to 80 characters; nothing was written',
  staff_not_found: 'no staff member with that id',
};

/** The PIN: typed at a terminal without being shown, or the first line of piped input. */
async function readPin(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = readline.createInterface({ input, terminal: false });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }
  process.stderr.write('PIN: ');
  input.setRawMode(true);
  input.setEncoding('utf8');
  return new Promise((resolve) => {
    let pin = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0003') {
          input.setRawMode(false);
          input.off('data', onData);
          input.pause();
          process.stderr.write('\n');
          return resolve(char === '\u0003' ? '' : pin);
        }
        pin = char === '\u007f' ? pin.slice(0, -1) : pin + char;
      }
    };
    input.on('data', onData);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runAdmin(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    readLine: readPin,
    env: process.env,
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`admin: ${error instanceof Error ? error.message : 'failed'}`);
      process.exit(1);
    },
  );
}
