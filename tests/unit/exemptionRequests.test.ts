import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExemptionHandlers } from '../../electron/api/exemptionHandlers';
import { createBridgePlatform } from '../../electron/bridge/bridgePlatform';
import type { ExemptionSubmission } from '../../electron/services/exemptionRequests';
import { createKioskServices } from '../../electron/services/kioskServices';
import { setLogSink } from '../../electron/services/log';
import { freshDataDir, resourcesDir } from '../helpers/kioskFixture';

setLogSink(() => {});
const DAY = 86_400_000;
const CHEAP_PINS = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

/** Services on a clock the test moves, with an administrator (id 1, PIN 246810). */
function kiosk() {
  let time = Date.UTC(2026, 10, 2, 10, 0);
  const dataDir = freshDataDir();
  const services = createKioskServices({ dataDir, resourcesDir, env: {}, now: () => time, pinHashing: CHEAP_PINS });
  const admin = services.staff.createFirstAdmin('Anna Andersen', '246810');
  return { services, admin, dataDir, wait: (ms: number) => void (time += ms) };
}

const request = (overrides: Partial<ExemptionSubmission> = {}): ExemptionSubmission => ({
  kind: 'exemption',
  language: 'da',
  applicant: 'self',
  citizen: { name: 'Karen Testesen', cpr: '050346-1234', address: 'Strandvejen 12, 7100 Vejle' },
  grounds: [3, 6],
  signaturePng: null,
  verification: { staffId: 1, pin: '246810', idDocument: 'passport', powerOfAttorneySeen: false },
  ...overrides,
});

describe('exemption requests', () => {
  it('are stored sealed, opened for staff, and audited', () => {
    const { services, admin } = kiosk();
    const { requestId, reference } = services.exemptions.submit(request());
    expect(reference).toMatch(/^DP-261102-[A-Z0-9]{5}$/);
    const details = services.exemptions.open(admin, requestId);
    expect(details).toMatchObject({
      citizen: { name: 'Karen Testesen', cpr: '0503461234', address: 'Strandvejen 12, 7100 Vejle' },
      grounds: [3, 6],
      status: 'requested',
      signaturePng: null,
    });
    const row = services.db.prepare('SELECT * FROM exemption_requests').get() as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain('Karen');
    expect(services.audit.entries().map((e) => e.action)).toEqual([
      'staff.firstAdmin',
      'staff.login',
      'exemption.requested',
      'exemption.opened',
    ]);
  });

  it('are refused without a valid staff PIN, a valid CPR number, or a seen power of attorney', () => {
    const { services } = kiosk();
    const wrongPin = request({ verification: { ...request().verification, pin: '111111' } });
    expect(() => services.exemptions.submit(wrongPin)).toThrow(expect.objectContaining({ code: 'staff_wrong_pin' }));
    expect(() =>
      services.exemptions.submit(request({ citizen: { ...request().citizen, cpr: '290201-1234' } })),
    ).toThrow(expect.objectContaining({ code: 'exemption_cpr' }));
    const representative = request({ applicant: 'representative', representative: { name: 'Bo', relation: 'søn' } });
    expect(() => services.exemptions.submit(representative)).toThrow(
      expect.objectContaining({ code: 'exemption_power_of_attorney' }),
    );
    expect(services.db.prepare('SELECT count(*) FROM exemption_requests').pluck().get()).toBe(0);
  });

  it('are flagged after 7 days unentered, and lose their personal data 30 days after entry', () => {
    const { services, admin, wait } = kiosk();
    const old = services.exemptions.submit(request()).requestId;
    wait(8 * DAY);
    const fresh = services.exemptions.submit(request({ kind: 'resume', grounds: 'not-stated' })).requestId;
    expect(services.exemptions.list('requested').map((r) => [r.id, r.overdue])).toEqual([
      [fresh, false],
      [old, true],
    ]);
    services.exemptions.markEntered(admin, old);
    services.exemptions.withdraw(admin, fresh);
    expect(() => services.exemptions.markEntered(admin, old)).toThrow(
      expect.objectContaining({ code: 'exemption_status' }),
    );
    wait(30 * DAY + 1);
    expect(services.retention.run().exemptionsDeleted).toBe(2);
    const rows = services.db.prepare('SELECT status, name_sealed, cpr_sealed, kind FROM exemption_requests').all();
    expect(rows).toEqual([
      { status: 'deleted', name_sealed: null, cpr_sealed: null, kind: 'exemption' },
      { status: 'deleted', name_sealed: null, cpr_sealed: null, kind: 'resume' },
    ]);
    expect(services.audit.entries().at(-1)).toMatchObject({
      action: 'retention.exemptionsDeleted',
      details: { count: 2, afterDays: 30 },
    });
    expect(services.audit.verify().ok).toBe(true);
  });

  it("exports (a caseworker's list holds CPR numbers) are deleted after the same retention", () => {
    const { services, wait } = kiosk();
    fs.mkdirSync(services.exportsDir, { recursive: true });
    const old = path.join(services.exportsDir, 'fritagelser-old.csv');
    const recent = path.join(services.exportsDir, 'fritagelser-recent.csv');
    fs.writeFileSync(old, 'cpr');
    fs.writeFileSync(recent, 'cpr');
    const clockNow = services.now();
    fs.utimesSync(old, new Date(clockNow - 31 * DAY), new Date(clockNow - 31 * DAY));
    fs.utimesSync(recent, new Date(clockNow - 2 * DAY), new Date(clockNow - 2 * DAY));
    wait(1000);
    expect(services.retention.run().exportsDeleted).toBe(1);
    expect(fs.readdirSync(services.exportsDir)).toEqual(['fritagelser-recent.csv']);
    expect(services.audit.entries().at(-1)).toMatchObject({
      action: 'retention.exportsDeleted',
      details: { count: 1 },
    });
  });

  it('need their key: a missing key file is a clear staff error, never an empty record', () => {
    const { services, dataDir } = kiosk();
    services.exemptions.submit(request());
    services.close();
    fs.rmSync(path.join(dataDir, 'exemption.key'));
    const again = createKioskServices({ dataDir, resourcesDir, env: {}, pinHashing: CHEAP_PINS });
    expect(() => again.exemptions.details(1)).toThrow(expect.objectContaining({ code: 'exemption_key_missing' }));
  });

  it('export for the caseworker with the CPR number, every cell safe from spreadsheet formulas', async () => {
    const { services, admin } = kiosk();
    // Names are trimmed when stored, so a leading tab or carriage return cannot reach a cell here;
    // spreadsheetSafe's own test (adminCli.test.ts) covers those two.
    const risky = ['=HYPERLINK(1)', '+45 1234', '-1', '@SUM(A1)'];
    const ids = risky.map(
      (name) => services.exemptions.submit(request({ citizen: { ...request().citizen, name } })).requestId,
    );
    services.staffSession.logIn(admin, '246810');
    const handlers = createExemptionHandlers(
      services,
      createBridgePlatform(services.config.officialSites.allowedDomains),
    );
    const { file } = await handlers['exemption.export']({ requestIds: ids, format: 'csv' });
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv).toContain('050346-1234');
    for (const name of risky) expect(csv).toContain(`'${name}`);
    expect(services.audit.entries().at(-1)).toMatchObject({ action: 'exemption.exported', details: { count: 4 } });
  });
});

describe('exemption references', () => {
  it('never repeat, even when many requests are stored on one day', () => {
    const { services } = kiosk();
    const references = new Set<string>();
    for (let i = 0; i < 400; i++) references.add(services.exemptions.storeVerified(request()).reference);
    expect(references.size).toBe(400);
  });
});
