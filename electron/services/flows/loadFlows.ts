import fs from 'node:fs';
import path from 'node:path';
import { isAllowedSiteUrl } from '../../api/officialSites';
import { log } from '../log';
import type { StaffNotice } from '../staffNotices';
import { reasonFor } from '../validationReasons';
import { flowSchema, requiredWordKeys, type Flow } from './flowSchema';

export interface LoadFlowsOptions {
  flowsDir: string;
  localesDir: string;
  /** Every enabled language must have the flow's words, or the flow is left out. */
  languages: readonly string[];
  allowedDomains: readonly string[];
}

function invalidField(file: string, field: string, reason: StaffNotice['reason']): StaffNotice {
  return { code: 'flow_invalid_field', messageKey: 'notices.flowInvalidField', params: { file, field }, reason };
}

function lookup(words: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined),
      words,
    );
}

/** The first problem with a flow beyond its schema: its file name, its sites, its words. */
function checkFlow(flow: Flow, file: string, options: LoadFlowsOptions): StaffNotice | null {
  if (path.basename(file, '.json') !== flow.id) {
    return invalidField(file, 'id', { messageKey: 'configReasons.flowIdFileName', params: {} });
  }
  for (const [i, step] of flow.steps.entries()) {
    if (step.kind === 'site' && !isAllowedSiteUrl(step.url, options.allowedDomains)) {
      return invalidField(file, `steps.${i}.url`, { messageKey: 'configReasons.siteNotAllowed', params: {} });
    }
  }
  const keys = requiredWordKeys(flow);
  for (const language of options.languages) {
    const wordsFile = path.join(options.localesDir, language, `${flow.id}.json`);
    let words: unknown = null;
    try {
      words = JSON.parse(fs.readFileSync(wordsFile, 'utf8'));
    } catch {
      // Reported below as the first key missing.
    }
    const missing = keys.find((key) => typeof lookup(words, key) !== 'string');
    if (missing) {
      return {
        code: 'flow_words_missing',
        messageKey: 'notices.flowWordsMissing',
        params: { file: wordsFile, key: missing },
      };
    }
  }
  return null;
}

/**
 * Reads every flow in resources/flows. A file that is not JSON, breaks the schema, opens a site
 * outside the allowed domains, or lacks words in an enabled language is reported to staff with
 * its path and the field at fault, and left out; the other flows and the kiosk carry on.
 */
export function loadFlows(options: LoadFlowsOptions): { flows: Flow[]; notices: StaffNotice[] } {
  const flows: Flow[] = [];
  const notices: StaffNotice[] = [];
  const files = fs.existsSync(options.flowsDir)
    ? fs
        .readdirSync(options.flowsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const name of files) {
    const file = path.join(options.flowsDir, name);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch {
      notices.push({ code: 'flow_not_json', messageKey: 'notices.flowNotJson', params: { file } });
      continue;
    }
    const parsed = flowSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      notices.push(invalidField(file, issue.path.join('.') || '(root)', reasonFor(issue)));
      continue;
    }
    const problem = checkFlow(parsed.data, file, options);
    if (problem) notices.push(problem);
    else flows.push(parsed.data);
  }
  if (notices.length > 0)
    log.warn('flows.leftOut', {
      count: notices.length,
      files: notices.map((n) => path.basename(String(n.params.file))).join(' '),
    });
  return { flows, notices };
}
