import { runAdminAtTerminal } from './adminTerminal';

/*
 * The admin command line's entry point for `npm run admin -- …` in the repository. The installed
 * kiosk runs the same commands in its own main process (`Borgerkiosk --admin …`, see main.ts and
 * resources/admin/borgerkiosk-admin.*), because its executable is not allowed to run as Node.
 */

runAdminAtTerminal(process.argv.slice(2), (code) => process.exit(code));
