import { runAdmin } from './adminCli';
import { readPin } from './readPin';

/*
 * The admin command line's entry point for `npm run admin -- …` in the repository. The installed
 * kiosk runs the same commands in its own main process (`Borgerkiosk --admin …`, see main.ts and
 * resources/admin/borgerkiosk-admin.*), because its executable is not allowed to run as Node.
 */

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
