import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { createBridgePlatform } from '../../electron/bridge/bridgePlatform';
import { kioskConfigSchema, mergeConfig, type KioskConfig } from '../../electron/services/config';
import { overrideOf } from '../../electron/services/configEditor';
import type { KioskServices } from '../../electron/services/kioskServices';
import { setLogSink } from '../../electron/services/log';
import { freshDataDir, freshServices, resourcesDir } from '../helpers/kioskFixture';

const CHEAP_PINS = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };
const defaults = kioskConfigSchema.parse(
  JSON.parse(fs.readFileSync(path.join(resourcesDir, 'config.default.json'), 'utf8')),
);

beforeEach(() => setLogSink(() => {}));
afterEach(() => vi.restoreAllMocks());

/** Services on a data folder (fresh unless given) with an administrator (id 1) in staff mode. */
function kioskWithAdmin(env: NodeJS.ProcessEnv = {}, dataDir = freshDataDir()) {
  const services = freshServices(env, dataDir, CHEAP_PINS);
  const admin = services.staffSession.setUp('Anna Andersen', '246810').id;
  return { services, admin, dataDir };
}

/** The defaults with some fields changed, as the screen would send the whole config. */
function edited(change: (config: KioskConfig) => void): KioskConfig {
  const config = structuredClone(defaults);
  change(config);
  return config;
}

const configEntries = (services: KioskServices) =>
  services.audit.entries().filter((e) => e.action.startsWith('config.'));
const lastSeen = (services: KioskServices) =>
  services.db.prepare("SELECT value FROM kiosk_state WHERE key = 'config.lastSeen'").pluck().get() as string;

const vejle = edited((c) => {
  c.centreName = 'Vejle Bibliotek';
  c.idle.timeoutSeconds = 300;
  c.languages.enabled = ['da', 'en', 'uk'];
  c.operations.openingHours.sunday = '10:00-14:00';
});

describe('the config editor', () => {
  it('describes a kiosk on its defaults: the config, where a save goes, writable, no restart pending', () => {
    const { services, dataDir } = kioskWithAdmin();
    expect(services.configEditor.describe()).toEqual({
      config: defaults,
      defaults,
      source: 'defaults',
      file: path.join(dataDir, 'config.json'),
      namedBy: 'dataFolder',
      writable: true,
      restartNeeded: false,
    });
  });

  it('writes only what differs from the defaults (objects key by key, lists whole) and audits the field names', () => {
    const { services, admin, dataDir } = kioskWithAdmin();
    const result = services.configEditor.save(admin, vejle);
    const fields = ['centreName', 'idle.timeoutSeconds', 'languages.enabled', 'operations.openingHours.sunday'];
    expect(result).toEqual({ saved: true, changed: fields });

    const file = path.join(dataDir, 'config.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      centreName: 'Vejle Bibliotek',
      idle: { timeoutSeconds: 300 },
      languages: { enabled: ['da', 'en', 'uk'] },
      operations: { openingHours: { sunday: '10:00-14:00' } },
    });
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('config'))).toEqual(['config.json']);

    const entries = configEntries(services);
    expect(entries).toEqual([
      expect.objectContaining({
        staffId: admin,
        action: 'config.changed',
        details: { fields: fields.join(' '), source: file },
      }),
    ]);
    // Names only, never values.
    expect(JSON.stringify(entries)).not.toContain('Vejle');
    expect(services.audit.verify().ok).toBe(true);

    // The running services keep their config; the screen shows the saved one and a restart pending.
    expect(services.config).toEqual(defaults);
    expect(services.configEditor.describe()).toMatchObject({ config: vejle, restartNeeded: true });
  });

  it('updates the last-seen snapshot, so the next start runs on the saved config without auditing it again', () => {
    const { services, admin } = kioskWithAdmin();
    services.configEditor.save(admin, vejle);
    expect(JSON.parse(lastSeen(services))).toEqual(vejle);
    services.close();
    const restarted = services.reopen();
    expect(restarted.config).toEqual(vejle);
    expect(restarted.staffNotices).toEqual([]);
    expect(configEntries(restarted)).toHaveLength(1);
    expect(restarted.configEditor.describe()).toMatchObject({ source: 'file', restartNeeded: false });
    restarted.close();
  });

  it('refuses an invalid config with each field and its reason, and changes nothing', () => {
    const { services, admin, dataDir } = kioskWithAdmin();
    services.configEditor.save(admin, vejle);
    const file = path.join(dataDir, 'config.json');
    const before = { text: fs.readFileSync(file, 'utf8'), audit: services.audit.entries(), seen: lastSeen(services) };

    const tooLong = edited((c) => (c.idle.warningSeconds = c.idle.timeoutSeconds));
    expect(services.configEditor.save(admin, tooLong)).toEqual({
      saved: false,
      problems: [{ field: 'idle.warningSeconds', reason: { messageKey: 'configReasons.warningTooLong', params: {} } }],
    });
    const wrongTypes = {
      ...edited((c) => c.officialSites.allowedDomains.push('https://vejle.dk')),
      staff: { idleMinutes: 'fem' },
    };
    expect(services.configEditor.save(admin, wrongTypes)).toEqual({
      saved: false,
      problems: [
        {
          field: 'officialSites.allowedDomains',
          reason: { messageKey: 'configReasons.domain', params: {} },
          item: 'https://vejle.dk',
        },
        { field: 'staff.idleMinutes', reason: { messageKey: 'configReasons.expected.number', params: {} } },
      ],
    });
    expect(services.configEditor.check(tooLong)).toHaveLength(1);
    expect(services.configEditor.check(vejle)).toEqual([]);

    expect(fs.readFileSync(file, 'utf8')).toBe(before.text);
    expect(services.audit.entries()).toEqual(before.audit);
    expect(lastSeen(services)).toBe(before.seen);
  });

  it.each([
    ['writing the temporary file', 'fsyncSync'],
    ['swapping it in', 'renameSync'],
  ] as const)('loses nothing already saved when %s fails', (_when, step) => {
    const { services, admin, dataDir } = kioskWithAdmin();
    services.configEditor.save(admin, vejle);
    const file = path.join(dataDir, 'config.json');
    const before = { text: fs.readFileSync(file, 'utf8'), audit: services.audit.entries(), seen: lastSeen(services) };

    vi.spyOn(fs, step).mockImplementation(() => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    });
    const next = edited((c) => (c.centreName = 'Horsens Bibliotek'));
    expect(() => services.configEditor.save(admin, next)).toThrow(
      expect.objectContaining({
        code: 'config_not_saved',
        messageKey: 'staff:errors.configNotSaved',
        params: { file },
      }),
    );
    vi.restoreAllMocks();

    expect(fs.readFileSync(file, 'utf8')).toBe(before.text);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('config'))).toEqual(['config.json']);
    expect(services.audit.entries()).toEqual(before.audit);
    expect(lastSeen(services)).toBe(before.seen);
    expect(services.configEditor.describe().config).toEqual(vejle);
  });

  it('saves to the file named in KIOSK_CONFIG when the config comes from there', () => {
    const folder = freshDataDir('kiosk-config-');
    const named = path.join(folder, 'kiosk.json');
    fs.writeFileSync(named, JSON.stringify({ centreName: 'Vejle Bibliotek' }));
    const { services, admin, dataDir } = kioskWithAdmin({ KIOSK_CONFIG: named });
    expect(services.configEditor.describe()).toMatchObject({
      source: 'file',
      file: named,
      namedBy: 'KIOSK_CONFIG',
      writable: true,
    });
    const result = services.configEditor.save(admin, { ...services.config, terminalId: 'vejle-2' });
    expect(result).toEqual({ saved: true, changed: ['terminalId'] });
    expect(JSON.parse(fs.readFileSync(named, 'utf8'))).toEqual({
      centreName: 'Vejle Bibliotek',
      terminalId: 'vejle-2',
    });
    expect(fs.existsSync(path.join(dataDir, 'config.json'))).toBe(false);
    expect(configEntries(services)[0]!.details).toEqual({ fields: 'terminalId', source: named });
  });

  it('says when the file cannot be written, and refuses to save there', () => {
    // A folder that is a file: not writable even for root, unlike a read-only mode.
    const notAFolder = path.join(freshDataDir('kiosk-config-'), 'not-a-folder');
    fs.writeFileSync(notAFolder, '');
    const named = path.join(notAFolder, 'config.json');
    const { services, admin } = kioskWithAdmin({ KIOSK_CONFIG: named });
    expect(services.configEditor.describe()).toMatchObject({ source: 'defaults', file: named, writable: false });
    expect(() => services.configEditor.save(admin, vejle)).toThrow(
      expect.objectContaining({
        code: 'config_not_writable',
        messageKey: 'staff:errors.configNotWritable',
        params: { file: named },
      }),
    );
    expect(configEntries(services)).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('treats a read-only config file as not to be changed', () => {
    const dataDir = freshDataDir();
    const file = path.join(dataDir, 'config.json');
    fs.writeFileSync(file, '{}', { mode: 0o444 });
    const { services } = kioskWithAdmin({}, dataDir);
    expect(services.configEditor.describe().writable).toBe(false);
  });

  it('replaces a file that did not validate (the kiosk ran on its defaults) with a valid one', () => {
    const dataDir = freshDataDir();
    fs.writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ idle: { timeoutSeconds: 5 } }));
    const { services, admin } = kioskWithAdmin({}, dataDir);
    expect(services.configEditor.describe()).toMatchObject({ source: 'defaults', writable: true });
    expect(services.configEditor.save(admin, vejle)).toMatchObject({ saved: true });
    services.close();
    const restarted = services.reopen();
    expect(restarted.staffNotices).toEqual([]);
    expect(restarted.config).toEqual(vejle);
    restarted.close();
  });

  it('writes and audits nothing when nothing changed', () => {
    const { services, admin, dataDir } = kioskWithAdmin();
    expect(services.configEditor.save(admin, structuredClone(defaults))).toEqual({ saved: true, changed: [] });
    expect(fs.existsSync(path.join(dataDir, 'config.json'))).toBe(false);
    expect(configEntries(services)).toEqual([]);
  });
});

describe('the override of a config', () => {
  it('merged over the defaults gives the config back; the defaults themselves need none', () => {
    expect(mergeConfig(defaults, overrideOf(defaults, vejle) as never)).toEqual(vejle);
    const fewerLists = edited((c) => {
      c.flows.enabled = ['mitid'];
      c.lockdown.allowedPermissions = ['fullscreen'];
    });
    expect(overrideOf(defaults, fewerLists)).toEqual({
      flows: { enabled: ['mitid'] },
      lockdown: { allowedPermissions: ['fullscreen'] },
    });
    expect(overrideOf(defaults, defaults)).toBeUndefined();
  });
});

describe('config.get and config.save', () => {
  function api(role: 'admin' | 'staff' | 'nobody') {
    const services = freshServices({}, undefined, CHEAP_PINS);
    const admin = services.staffSession.setUp('Anna Andersen', '246810').id;
    if (role !== 'admin') services.staffSession.end('logout');
    if (role === 'staff') {
      const id = services.staff.add(admin, 'Bo Lund', 'staff', '135790');
      services.staffSession.logIn(id, '135790');
    }
    const handlers = createHandlers(services, createBridgePlatform(services.config.officialSites.allowedDomains));
    return { services, call: (channel: string, input: unknown) => dispatch(handlers, channel, input) };
  }

  it.each([
    ['staff', 'staff_not_allowed'],
    ['nobody', 'staff_session_required'],
  ] as const)('are refused to %s in staff mode', async (role, code) => {
    const { services, call } = api(role);
    for (const [channel, input] of [
      ['config.get', {}],
      ['config.save', { config: vejle }],
    ] as const) {
      expect(await call(channel, input)).toMatchObject({ ok: false, error: { code } });
    }
    expect(fs.existsSync(path.join(services.dataDir, 'config.json'))).toBe(false);
  });

  it('give an administrator the config, and the problems of an invalid one as a value', async () => {
    const { call } = api('admin');
    expect(await call('config.get', {})).toMatchObject({ ok: true, value: { config: defaults, writable: true } });
    const invalid = edited((c) => (c.languages.default = 'so')) as Record<string, unknown>;
    (invalid.languages as { enabled: string[] }).enabled = ['da'];
    expect(await call('config.save', { config: invalid })).toEqual({
      ok: true,
      value: {
        saved: false,
        problems: [
          { field: 'languages.default', reason: { messageKey: 'configReasons.defaultNotEnabled', params: {} } },
        ],
      },
    });
    expect(await call('config.save', { config: vejle })).toMatchObject({ ok: true, value: { saved: true } });
  });
});
