import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE, LOG_FOLDER, rotatingLogSink, withoutPersonalData } from '../../electron/services/logFile';
import { freshDataDir } from '../helpers/kioskFixture';

describe('the log file', () => {
  it('writes each line with its level and event to logs/main.log in the data folder', () => {
    const dataDir = freshDataDir('kiosk-log-');
    const sink = rotatingLogSink(dataDir);
    sink('info', 'app.ready', { version: '1.0.0', packaged: true });
    sink('error', 'renderer.gone', { reason: 'crashed', exitCode: 133 });
    const text = fs.readFileSync(path.join(dataDir, LOG_FOLDER, LOG_FILE), 'utf8');
    expect(text).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} info app\.ready \{"version":"1\.0\.0","packaged":true\}$/m,
    );
    expect(text).toMatch(/ error renderer\.gone \{"reason":"crashed","exitCode":133\}$/m);
  });

  it('rotates at the size limit, keeping one old file, so the log never fills the disk', () => {
    const dataDir = freshDataDir('kiosk-log-');
    const sink = rotatingLogSink(dataDir, { maxBytes: 4096 });
    for (let i = 0; i < 400; i++) sink('info', 'site.refused', { kind: 'navigation', target: 'https://example.org' });
    const folder = path.join(dataDir, LOG_FOLDER);
    expect(fs.readdirSync(folder).sort()).toEqual(['main.log', 'main.old.log']);
    expect(fs.statSync(path.join(folder, 'main.log')).size).toBeLessThanOrEqual(4096 + 200);
    console.log(
      `log rotation: 400 lines in ${fs.statSync(path.join(folder, 'main.log')).size} + ${fs.statSync(path.join(folder, 'main.old.log')).size} bytes`,
    );
  });

  it('never writes something that looks like a CPR number or a long number, even if a caller passes one', () => {
    expect(
      withoutPersonalData({ file: 'exemptions-0503461234.csv', count: 3, note: '050346-1234', ok: 'fine' }),
    ).toEqual({
      file: '[removed]',
      count: 3,
      note: '[removed]',
      ok: 'fine',
    });
    expect(withoutPersonalData({ phone: 'call 12345678' })).toEqual({ phone: '[removed]' });
    const dataDir = freshDataDir('kiosk-log-');
    rotatingLogSink(dataDir)('warn', 'oops', { typed: '0503461234' });
    const text = fs.readFileSync(path.join(dataDir, LOG_FOLDER, LOG_FILE), 'utf8');
    expect(text).toContain('oops {"typed":"[removed]"}');
    expect(text).not.toContain('0503461234');
  });
});
