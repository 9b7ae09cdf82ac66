import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kioskConfigSchema } from '../../electron/services/config';
import { flowSchema } from '../../electron/services/flows/flowSchema';
import { loadFlows } from '../../electron/services/flows/loadFlows';
import { setLogSink } from '../../electron/services/log';
import { freshDataDir, repoRoot, resourcesDir } from '../helpers/kioskFixture';

setLogSink(() => {});
const flowsDir = path.join(resourcesDir, 'flows');
const localesDir = path.join(repoRoot, 'locales');
const defaults = kioskConfigSchema.parse(
  JSON.parse(fs.readFileSync(path.join(resourcesDir, 'config.default.json'), 'utf8')),
);
const shipped = fs.readdirSync(flowsDir).filter((f) => f.endsWith('.json'));

const load = (dir: string, languages: readonly string[] = ['da', 'en']) =>
  loadFlows({ flowsDir: dir, localesDir, languages, allowedDomains: defaults.officialSites.allowedDomains });

/** A folder holding one flow file, made from the shipped change-address flow and `change`. */
function withFlow(change: (flow: Record<string, unknown>) => unknown, name = 'change-address.json'): string {
  const dir = freshDataDir('kiosk-flows-');
  const flow = JSON.parse(fs.readFileSync(path.join(flowsDir, 'change-address.json'), 'utf8'));
  const changed = change(flow);
  fs.writeFileSync(path.join(dir, name), typeof changed === 'string' ? changed : JSON.stringify(flow));
  return dir;
}

describe('the shipped flows', () => {
  it.each(shipped)('%s follows the flow schema', (file) => {
    expect(() => flowSchema.parse(JSON.parse(fs.readFileSync(path.join(flowsDir, file), 'utf8')))).not.toThrow();
  });

  it('all load in every shipped language, with only allowed sites, and no notice', () => {
    const loaded = load(flowsDir, defaults.languages.enabled);
    expect(loaded.notices).toEqual([]);
    expect(loaded.flows.map((f) => `${f.id}.json`).sort()).toEqual([...shipped].sort());
  });

  it.each(shipped)('%s starts with information, has a checklist and a site, and ends in a confirmation', (file) => {
    const flow = flowSchema.parse(JSON.parse(fs.readFileSync(path.join(flowsDir, file), 'utf8')));
    expect(flow.steps[0]!.kind).toBe('information');
    expect(flow.steps.some((s) => s.kind === 'checklist')).toBe(true);
    expect(flow.steps.some((s) => s.kind === 'site')).toBe(true);
    expect(flow.steps.some((s) => s.kind === 'confirmation')).toBe(true);
  });
});

describe('a bad flow file', () => {
  const cases: [string, (flow: Record<string, unknown>) => unknown, string, string, string?][] = [
    ['is not JSON', () => '{ "id": "change-address", ', 'flow_not_json', ''],
    [
      'points to a step that does not exist',
      (f) => {
        (f.steps as { next?: string }[])[0]!.next = 'nowhere';
      },
      'flow_invalid_field',
      'steps.0.next',
      'configReasons.noSuchStep',
    ],
    [
      'has an unknown step kind',
      (f) => {
        (f.steps as { kind: string }[])[1]!.kind = 'video';
      },
      'flow_invalid_field',
      'steps.1.kind',
    ],
    [
      'opens a site that is not allowed',
      (f) => {
        const site = (f.steps as { kind: string; url?: string }[]).find((s) => s.kind === 'site')!;
        site.url = 'https://borger.dk.example.com/';
      },
      'flow_invalid_field',
      'url',
      'configReasons.siteNotAllowed',
    ],
    ['is named after another id', () => undefined, 'flow_invalid_field', 'id', 'configReasons.flowIdFileName'],
    [
      'lacks words for a step',
      (f) => {
        (f.steps as unknown[]).unshift({ id: 'extra', kind: 'check', next: 'intro' });
      },
      'flow_words_missing',
      '',
    ],
  ];

  it.each(cases)(
    '%s: staff are told the file and the field, the flow is left out',
    (_, change, code, field, reason) => {
      const dir = withFlow(change, _ === 'is named after another id' ? 'mitid.json' : 'change-address.json');
      const loaded = load(dir);
      expect(loaded.flows).toEqual([]);
      expect(loaded.notices).toHaveLength(1);
      const notice = loaded.notices[0]!;
      expect(notice.code).toBe(code);
      // The file at fault: the flow itself, or for missing words the words file.
      expect(String(notice.params.file)).toContain(code === 'flow_words_missing' ? 'change-address.json' : dir);
      if (field) expect(String(notice.params.field)).toContain(field);
      if (reason) expect(notice.reason?.messageKey).toBe(reason);
      if (code === 'flow_words_missing') expect(notice.params.key).toBe('steps.extra.title');
    },
  );

  it('does not stop the others from loading', () => {
    const dir = withFlow(() => '[]', 'mitid.json');
    fs.copyFileSync(path.join(flowsDir, 'change-address.json'), path.join(dir, 'change-address.json'));
    const loaded = load(dir);
    expect(loaded.flows.map((f) => f.id)).toEqual(['change-address']);
    expect(loaded.notices.map((n) => n.code)).toEqual(['flow_invalid_field']);
  });
});
