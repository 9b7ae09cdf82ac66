import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { kioskConfigSchema, loadKioskConfig, mergeConfig } from '../../electron/services/config';
import { setLogSink } from '../../electron/services/log';
import { freshDataDir, resourcesDir } from '../helpers/kioskFixture';

const defaultsFile = path.join(resourcesDir, 'config.default.json');
const defaults = JSON.parse(fs.readFileSync(defaultsFile, 'utf8'));

function withConfig(json: unknown | string) {
  const dataDir = freshDataDir();
  fs.writeFileSync(path.join(dataDir, 'config.json'), typeof json === 'string' ? json : JSON.stringify(json));
  return loadKioskConfig({ defaultsFile, dataDir, env: {} });
}

beforeEach(() => setLogSink(() => {}));

describe('kiosk configuration', () => {
  it('ships valid defaults with all ten languages, Danish first', () => {
    const config = kioskConfigSchema.parse(defaults);
    expect(config.languages.enabled).toHaveLength(10);
    expect(config.languages.default).toBe('da');
    expect(config.idle.warningSeconds).toBeGreaterThanOrEqual(30);
  });

  it('runs on defaults when there is no override', () => {
    const loaded = loadKioskConfig({ defaultsFile, dataDir: freshDataDir(), env: {} });
    expect(loaded).toMatchObject({ source: null, notices: [] });
    expect(loaded.config).toEqual(defaults);
  });

  it('applies config.json in the data folder over the defaults, field by field', () => {
    const loaded = withConfig({ centreName: 'Roskilde Bibliotek', idle: { timeoutSeconds: 300 } });
    expect(loaded.notices).toEqual([]);
    expect(loaded.config.centreName).toBe('Roskilde Bibliotek');
    expect(loaded.config.idle).toEqual({ timeoutSeconds: 300, warningSeconds: defaults.idle.warningSeconds });
    expect(loaded.config.languages).toEqual(defaults.languages);
  });

  it('prefers the file named in KIOSK_CONFIG over the data folder', () => {
    const dataDir = freshDataDir();
    fs.writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ centreName: 'From data folder' }));
    const named = path.join(freshDataDir(), 'kiosk.json');
    fs.writeFileSync(named, JSON.stringify({ centreName: 'From KIOSK_CONFIG' }));
    const loaded = loadKioskConfig({ defaultsFile, dataDir, env: { KIOSK_CONFIG: named } });
    expect(loaded.config.centreName).toBe('From KIOSK_CONFIG');
    expect(loaded.source).toBe(named);
  });

  it('names the field and the reason when a value is wrong, and starts on the defaults', () => {
    const loaded = withConfig({ centreName: 'Vejle', idle: { timeoutSeconds: 'soon' } });
    expect(loaded.config).toEqual(defaults);
    expect(loaded.notices).toEqual([
      expect.objectContaining({
        code: 'config_invalid_field',
        messageKey: 'notices.configInvalidField',
        params: expect.objectContaining({ field: 'idle.timeoutSeconds' }),
        reason: { messageKey: 'configReasons.expected.number', params: {} },
      }),
    ]);
  });

  it.each([
    [{ languages: { enabled: ['da', 'xx'] } }, 'languages.enabled.1', 'configReasons.oneOf'],
    [{ languages: { enabled: ['en'], default: 'da' } }, 'languages.default', 'configReasons.defaultNotEnabled'],
    [{ languages: { enabled: [] } }, 'languages.enabled', 'configReasons.tooFew'],
    [{ idle: { warningSeconds: 10 } }, 'idle.warningSeconds', 'configReasons.tooSmall'],
    [{ idle: { timeoutSeconds: 60, warningSeconds: 60 } }, 'idle.warningSeconds', 'configReasons.warningTooLong'],
    [
      { officialSites: { allowedDomains: ['https://borger.dk/'] } },
      'officialSites.allowedDomains.0',
      'configReasons.domain',
    ],
    [{ terminalId: 'kiosk 1; drop' }, 'terminalId', 'configReasons.terminalId'],
    [{ centreName: '' }, 'centreName', 'configReasons.empty'],
    [{ idleTimeout: 5 }, '(root)', 'configReasons.unknownSetting'],
    [{ operations: { dailyRestart: '25:00' } }, 'operations.dailyRestart', 'configReasons.clockTime'],
    [{ operations: { dailyRestart: '3.30' } }, 'operations.dailyRestart', 'configReasons.clockTime'],
    [
      { operations: { openingHours: { monday: '9-17' } } },
      'operations.openingHours.monday',
      'configReasons.openingHours',
    ],
    [
      { operations: { openingHours: { friday: '18:00-08:00' } } },
      'operations.openingHours.friday',
      'configReasons.closesBeforeOpening',
    ],
    [{ lockdown: { allowedPermissions: ['camera'] } }, 'lockdown.allowedPermissions.0', 'configReasons.oneOf'],
    [
      { lockdown: { allowedPermissions: ['fullscreen', 'fullscreen'] } },
      'lockdown.allowedPermissions',
      'configReasons.duplicate',
    ],
    [{ lockdown: { allowDownloads: 'yes' } }, 'lockdown.allowDownloads', 'configReasons.expected.boolean'],
  ])('explains %j as a problem with %s', (override, field, reasonKey) => {
    const loaded = withConfig(override);
    expect(loaded.config).toEqual(defaults);
    const notice = loaded.notices.find((n) => n.params.field === field);
    expect(notice?.reason?.messageKey).toBe(reasonKey);
  });

  it('accepts a daily restart, closed days and chosen permissions', () => {
    const loaded = withConfig({
      lockdown: { allowedPermissions: ['fullscreen'], allowDownloads: true },
      operations: { dailyRestart: '03:30', openingHours: { saturday: '', sunday: '12:00-16:00' } },
    });
    expect(loaded.notices).toEqual([]);
    expect(loaded.config.operations).toMatchObject({
      dailyRestart: '03:30',
      openingHours: { monday: '08:00-18:00', saturday: '', sunday: '12:00-16:00' },
    });
    expect(loaded.config.lockdown).toEqual({ allowedPermissions: ['fullscreen'], allowDownloads: true });
  });

  it('tells staff when the file is not JSON or is missing', () => {
    expect(withConfig('{ "centreName": ').notices.map((n) => n.code)).toEqual(['config_not_json']);
    const missing = loadKioskConfig({
      defaultsFile,
      dataDir: freshDataDir(),
      env: { KIOSK_CONFIG: '/nowhere/kiosk.json' },
    });
    expect(missing.notices.map((n) => n.code)).toEqual(['config_file_missing']);
    expect(missing.config).toEqual(defaults);
  });

  it('merges objects key by key and replaces lists whole', () => {
    expect(mergeConfig({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] } })).toEqual({ a: { b: 1, c: [3] }, d: 1 });
  });
});
