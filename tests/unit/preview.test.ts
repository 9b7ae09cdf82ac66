import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDataDir, repoRoot } from '../helpers/kioskFixture';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const preview = path.join(repoRoot, 'electron', 'bridge', 'preview.ts');

describe('npm run preview', () => {
  it('--headless serves the kiosk on 127.0.0.1 and prints the address', async () => {
    const dataDir = freshDataDir();
    const child = spawn(tsx, [preview, '--headless', '--port', '0'], {
      env: { ...process.env, KIOSK_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const found = out.match(/^http:\/\/127\.0\.0\.1:\d+\/$/m);
          if (found) resolve(found[0]);
        });
        child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('kiosk-bridge-token');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('explains its options and exits 2 on a bad one', () => {
    const result = spawnSync(tsx, [preview, '--port', 'eighty'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run preview -- [--headless] [--port N]');
  });
});
