import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { grantablePermissions, kioskConfigSchema, weekdays } from '../../electron/services/config';
import { changedFields } from '../../electron/services/configAudit';
import {
  candidateOf,
  configGroups,
  draftOf,
  inputPaths,
  permissionNames,
  weekdayNames,
} from '../../renderer/src/staff/config/configFields';
import { repoRoot, resourcesDir } from '../helpers/kioskFixture';

const defaults = kioskConfigSchema.parse(
  JSON.parse(fs.readFileSync(path.join(resourcesDir, 'config.default.json'), 'utf8')),
);
const staffWords = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'locales', 'staff', language, 'staff.json'), 'utf8')) as object;
const wordAt = (words: object, key: string): unknown =>
  key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], words);

describe('the configuration screen', () => {
  it('has an input for every field of the config, and gives the config back unchanged', () => {
    // A field added to the config without a place on the screen shows up here.
    const everyLeaf = changedFields({}, defaults);
    expect([...inputPaths].sort()).toEqual([...everyLeaf].sort());
    expect(candidateOf(draftOf(defaults))).toEqual(defaults);
  });

  it('sends what staff typed: numbers as numbers, other text as typed, domains split at spaces and lines', () => {
    const draft = draftOf(defaults);
    draft['idle.timeoutSeconds'] = ' 300 ';
    draft['idle.warningSeconds'] = 'tredive';
    draft['officialSites.allowedDomains'] = 'borger.dk\nvejle.dk  mitid.dk,skat.dk\n';
    const candidate = candidateOf(draft) as typeof defaults;
    expect(candidate.idle).toEqual({ timeoutSeconds: 300, warningSeconds: 'tredive' });
    expect(candidate.officialSites.allowedDomains).toEqual(['borger.dk', 'vejle.dk', 'mitid.dk', 'skat.dk']);
  });

  it('offers the permissions and weekdays the services know', () => {
    expect(permissionNames).toEqual(grantablePermissions);
    expect(weekdayNames).toEqual(weekdays);
  });

  it.each(['da', 'en'])('has a label and a plain explanation for every field, and every option, in %s', (language) => {
    const words = staffWords(language);
    const missing: string[] = [];
    const need = (key: string) => {
      if (typeof wordAt(words, key) !== 'string') missing.push(key);
    };
    for (const group of configGroups) {
      need(`config.groups.${group.id}`);
      for (const field of group.fields) {
        need(`config.fields.${field.path}.label`);
        need(`config.fields.${field.path}.hint`);
        if (field.kind === 'choices' || field.kind === 'select')
          for (const option of field.options) need(`${field.optionWords}.${option}`);
      }
    }
    for (const day of weekdayNames) need(`config.weekdays.${day}`);
    expect(missing).toEqual([]);
  });
});
