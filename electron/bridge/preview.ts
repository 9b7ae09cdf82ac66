import path from 'node:path';
import { appDataDir, resolveDataDir } from '../services/dataDir';
import { createKioskServices, type KioskServices } from '../services/kioskServices';
import { KioskError } from '../services/kioskError';
import { setLogFile } from '../services/log';
import { rotatingLogSink } from '../services/logFile';
import { startKioskBridge } from './kioskBridge';
import { findChromium } from './chromium';

/**
 * npm run preview [-- --headless] [-- --port N]
 * The kiosk's renderer and services in Chromium through the browser bridge, without Electron.
 */
function parseArgs(argv: string[]): { headless: boolean; port: number } {
  let headless = false;
  let port = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--headless') headless = true;
    else if (arg === '--port') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0 || value > 65535) usage(`--port needs a number from 0 to 65535`);
      port = value;
    } else usage(`unknown option ${arg}`);
  }
  return { headless, port };
}

function usage(problem: string): never {
  console.error(`preview: ${problem}\nusage: npm run preview -- [--headless] [--port N]`);
  process.exit(2);
}

async function main() {
  const { headless, port } = parseArgs(process.argv.slice(2));
  const root = path.resolve(import.meta.dirname, '..', '..');
  const dataDir = resolveDataDir(process.env, appDataDir());
  // The same rotating log file in the data folder as the kiosk's.
  setLogFile(rotatingLogSink(dataDir));
  let services: KioskServices;
  try {
    services = createKioskServices({ dataDir, resourcesDir: path.join(root, 'resources') });
  } catch (error) {
    // A full disk, a read-only data folder or a database another program holds: say which.
    if (!(error instanceof KioskError)) throw error;
    console.error(`preview: the services could not start (${error.code}); the data folder was left as it was`);
    process.exit(1);
  }
  const bridge = await startKioskBridge(services, {
    rendererDir: path.join(root, 'dist', 'renderer'),
    port,
    // The staff exit has no kiosk mode to leave here: the preview stops, as the kiosk would quit.
    onLeave: () => setTimeout(() => void stop(), 500),
  });
  console.log(`Borgerkiosk preview (data folder ${dataDir})`);
  console.log(bridge.url);

  const stop = async () => {
    await bridge.close();
    bridge.services().close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  if (!headless) {
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({
      headless: false,
      executablePath: findChromium(),
      // Chromium refuses to run as root without --no-sandbox (CI containers, some kiosk images).
      args: [`--app=${bridge.url}`, '--start-maximized', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    });
    browser.on('disconnected', () => void stop());
  }
}

void main();
