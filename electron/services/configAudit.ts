import type { Database } from 'better-sqlite3';
import type { AuditTrail } from './auditTrail';
import { log } from './log';

const LAST_SEEN_KEY = 'config.lastSeen';

export type ConfigAuditOutcome = { kind: 'baseline' } | { kind: 'changed'; fields: string[] } | { kind: 'unchanged' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The dotted paths of every leaf that differs. Lists count as one leaf, since their order matters;
 * a section added or removed as a whole lists each of its leaves.
 */
export function changedFields(before: unknown, after: unknown, prefix = ''): string[] {
  if (before === undefined && isObject(after)) before = {};
  if (after === undefined && isObject(before)) after = {};
  if (!isObject(before) || !isObject(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix || '(root)'];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => changedFields(before[key], after[key], prefix ? `${prefix}.${key}` : key));
}

/**
 * Records `config` as the one last seen, so the next start compares against it. The configuration
 * screen calls this when it saves, having audited the change itself with the administrator's id.
 */
export function rememberConfigSeen(db: Database, config: unknown): void {
  db.prepare(
    'INSERT INTO kiosk_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(LAST_SEEN_KEY, JSON.stringify(config));
}

/**
 * The config is a file staff or IT edit outside the kiosk, so the kiosk notices changes itself: at
 * each start it compares the config in effect with the one it last saw (kept in kiosk_state) and
 * appends `config.changed` with the fields that differ. Only field names go in the audit, never values.
 * The very first start only records the config as the baseline, unaudited: nothing changed yet,
 * and a new kiosk's trail then begins with its first staff action (the staff tests rely on that).
 * Falling back to the defaults because the file became invalid, and a new version adding fields,
 * both show as changes too: the config in effect did change. `source` is the file's path or 'defaults'.
 */
export function auditConfigChanges(
  db: Database,
  audit: AuditTrail,
  loaded: { config: unknown; source: string | null },
): ConfigAuditOutcome {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM kiosk_state WHERE key = ?');
  const source = loaded.source ?? 'defaults';
  return db.transaction((): ConfigAuditOutcome => {
    const stored = read.get(LAST_SEEN_KEY)?.value;
    let outcome: ConfigAuditOutcome;
    if (stored === undefined) {
      log.info('config.baseline', { source });
      outcome = { kind: 'baseline' };
    } else {
      let before: unknown;
      try {
        before = JSON.parse(stored);
      } catch {
        // An unreadable record (edited by hand) counts as nothing seen: every field shows as changed.
      }
      const fields = changedFields(before, loaded.config);
      if (fields.length === 0) return { kind: 'unchanged' };
      // Audit details are flat (see AuditDetails), so the paths go as one space-separated string.
      audit.append(null, 'config.changed', { fields: fields.join(' '), source });
      outcome = { kind: 'changed', fields };
    }
    rememberConfigSeen(db, loaded.config);
    return outcome;
  })();
}
