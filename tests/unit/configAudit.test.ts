import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { changedFields } from '../../electron/services/configAudit';
import { setLogSink } from '../../electron/services/log';
import { freshDataDir, freshServices } from '../helpers/kioskFixture';

beforeEach(() => setLogSink(() => {}));

/** Starts the kiosk on `dataDir` once with config.json as given (none when undefined); returns its config audit entries. */
function startWith(dataDir: string, config?: unknown) {
  const file = path.join(dataDir, 'config.json');
  if (config === undefined) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  const services = freshServices({}, dataDir);
  const entries = services.audit.entries().filter((e) => e.action.startsWith('config.'));
  const verified = services.audit.verify();
  const lastSeen = services.db.prepare("SELECT value FROM kiosk_state WHERE key = 'config.lastSeen'").pluck().get();
  services.close();
  return { entries, verified, lastSeen, config: services.config, file };
}

describe('config changes in the audit trail', () => {
  it('keeps the config of the first start as the baseline, unaudited, and audits nothing when nothing changed', () => {
    const dataDir = freshDataDir();
    const first = startWith(dataDir, { idle: { timeoutSeconds: 300 } });
    expect(first.entries).toEqual([]);
    expect(JSON.parse(first.lastSeen as string)).toEqual(first.config);
    expect(first.config.idle.timeoutSeconds).toBe(300);
    expect(startWith(dataDir, { idle: { timeoutSeconds: 300 } }).entries).toEqual([]);
  });

  it('names each changed field and the file it came from, never the values', () => {
    const dataDir = freshDataDir();
    startWith(dataDir);
    const changed = startWith(dataDir, {
      centreName: 'Roskilde Bibliotek',
      idle: { timeoutSeconds: 300 },
      languages: { enabled: ['da', 'en'] },
    });
    expect(changed.entries).toHaveLength(1);
    expect(changed.entries[0]).toMatchObject({
      staffId: null,
      action: 'config.changed',
      details: { fields: 'centreName idle.timeoutSeconds languages.enabled', source: changed.file },
    });
    expect(JSON.stringify(changed.entries)).not.toContain('Roskilde');
    expect(changed.verified.ok).toBe(true);
    const again = startWith(dataDir, JSON.parse(fs.readFileSync(changed.file, 'utf8')));
    expect(again.entries).toHaveLength(1);
  });

  it('records the fall-back to the defaults when the file turns invalid', () => {
    const dataDir = freshDataDir();
    startWith(dataDir, { idle: { timeoutSeconds: 300 } });
    const fallen = startWith(dataDir, '{ not json');
    expect(fallen.entries.at(-1)).toMatchObject({
      action: 'config.changed',
      details: { fields: 'idle.timeoutSeconds', source: 'defaults' },
    });
  });
});

describe('changed fields', () => {
  it('lists leaves by dotted path, a list as one leaf, and every leaf of a section added', () => {
    const before = { idle: { timeoutSeconds: 120, warningSeconds: 30 }, languages: { enabled: ['da', 'en'] } };
    const after = {
      idle: { timeoutSeconds: 120, warningSeconds: 45 },
      languages: { enabled: ['en', 'da'] },
      retention: { assistedNoteDays: 90 },
    };
    expect(changedFields(before, after)).toEqual([
      'idle.warningSeconds',
      'languages.enabled',
      'retention.assistedNoteDays',
    ]);
    expect(changedFields(after, after)).toEqual([]);
    expect(changedFields(undefined, { a: { b: 1 }, c: 2 })).toEqual(['a.b', 'c']);
  });
});
