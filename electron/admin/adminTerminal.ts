import readline from 'node:readline';
import { runAdmin } from './adminCli';

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

/**
 * Runs one admin command with a terminal for its words and its PIN, then hands its exit code to
 * `exit`: process.exit under Node (npm run admin), app.exit in the installed kiosk (--admin).
 */
export function runAdminAtTerminal(args: string[], exit: (code: number) => void): void {
  runAdmin(args, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    readLine: readPin,
    env: process.env,
  }).then(exit, (error: unknown) => {
    console.error(`admin: ${error instanceof Error ? error.message : 'failed'}`);
    exit(1);
  });
}
