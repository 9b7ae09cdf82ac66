import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { AuditTrail } from './auditTrail';
import { kioskConfigSchema, overrideFileFor, type KioskConfig } from './config';
import { changedFields, rememberConfigSeen } from './configAudit';
import { KioskError } from './kioskError';
import { log } from './log';
import type { NoticeParams } from './staffNotices';
import { reasonFor } from './validationReasons';

/** Why one field cannot be saved; `item` is the list entry at fault (a domain), when it is one. */
export interface ConfigProblem {
  field: string;
  reason: { messageKey: string; params: NoticeParams };
  item?: string;
}

export type ConfigSaveResult = { saved: true; changed: string[] } | { saved: false; problems: ConfigProblem[] };

export interface ConfigDescription {
  /** The config the next start will run on: the one saved from the screen, else the running one. */
  config: KioskConfig;
  defaults: KioskConfig;
  /** Where the running config comes from: the override file, or the built-in defaults. */
  source: 'file' | 'defaults';
  /** The override file a save writes, and what names it. */
  file: string;
  namedBy: 'KIOSK_CONFIG' | 'dataFolder';
  writable: boolean;
  /** Saved from the screen since the start: the kiosk runs on the old config until it restarts. */
  restartNeeded: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What `config` changes from `defaults`, as an override file holds it: objects key by key, any other
 * value (a list included) whole, and nothing where the two agree. Undefined when nothing differs.
 */
export function overrideOf(defaults: unknown, config: unknown): unknown {
  if (!isObject(defaults) || !isObject(config)) {
    return JSON.stringify(defaults) === JSON.stringify(config) ? undefined : config;
  }
  const differing = Object.entries(config).flatMap(([key, value]) => {
    const override = overrideOf(defaults[key], value);
    return override === undefined ? [] : [[key, override] as const];
  });
  return differing.length === 0 ? undefined : Object.fromEntries(differing);
}

/** The schema's complaints as problems per field; a list counts as one field, naming the entry at fault. */
export function configProblems(issues: readonly z.core.$ZodIssue[], candidate: unknown): ConfigProblem[] {
  return issues.map((issue) => {
    const entry = issue.path.findIndex((part) => typeof part === 'number');
    const fieldPath = entry === -1 ? issue.path : issue.path.slice(0, entry);
    const problem: ConfigProblem = { field: fieldPath.map(String).join('.') || '(root)', reason: reasonFor(issue) };
    if (entry !== -1) {
      const item = issue.path.slice(0, entry + 1).reduce<unknown>((at, part) => (at as never)?.[part], candidate);
      if (typeof item === 'string') problem.item = item.slice(0, 100);
    }
    return problem;
  });
}

/** Writes the file whole and on disk (a power cut must not leave half a config), then swaps it in. */
function writeDurably(temporary: string, text: string, mode: number): void {
  const fd = fs.openSync(temporary, 'w', mode);
  try {
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export interface ConfigEditorOptions {
  db: Database;
  audit: AuditTrail;
  defaultsFile: string;
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** The config the services run on, and the override file it came from (null: the defaults). */
  running: { config: KioskConfig; source: string | null };
}

/**
 * The configuration screen's side of the config: what it is, whether a candidate is valid, and
 * saving it to the override file. The running services keep the config they started on; a save
 * takes effect when the kiosk restarts (kiosk.restart), as everything built on it is built once.
 */
export function createConfigEditor({ db, audit, defaultsFile, dataDir, env, running }: ConfigEditorOptions) {
  const defaults = kioskConfigSchema.parse(JSON.parse(fs.readFileSync(defaultsFile, 'utf8')));
  const { file, namedBy } = overrideFileFor(dataDir, env);
  let saved: KioskConfig | null = null;

  // A link (IT may point config.json elsewhere) is followed, so the save replaces its target.
  const target = () => (fs.existsSync(file) ? fs.realpathSync(file) : file);

  const writable = (): boolean => {
    try {
      const folder = path.dirname(target());
      // The temporary file is made beside it, and renamed over it.
      if (!fs.statSync(folder).isDirectory()) return false;
      fs.accessSync(folder, fs.constants.W_OK);
      // A file made read-only is IT's way of saying the screen must not change it.
      if (fs.existsSync(target())) fs.accessSync(target(), fs.constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };

  const check = (candidate: unknown): ConfigProblem[] => {
    const parsed = kioskConfigSchema.safeParse(candidate);
    return parsed.success ? [] : configProblems(parsed.error.issues, candidate);
  };

  return {
    describe(): ConfigDescription {
      return {
        config: saved ?? running.config,
        defaults,
        source: running.source === null ? 'defaults' : 'file',
        file,
        namedBy,
        writable: writable(),
        restartNeeded: saved !== null,
      };
    },

    check,

    /**
     * Saves a valid config as only what differs from the defaults, audits the names of the changed
     * fields with the administrator's id, and records it as last seen so the next start does not
     * audit the same change again. Invalid: the problems, and nothing written.
     */
    save(adminId: number, candidate: unknown): ConfigSaveResult {
      const parsed = kioskConfigSchema.safeParse(candidate);
      if (!parsed.success) return { saved: false, problems: configProblems(parsed.error.issues, candidate) };
      if (!writable()) throw new KioskError('config_not_writable', 'staff:errors.configNotWritable', { file });
      const next = parsed.data;
      const changed = changedFields(saved ?? running.config, next);
      if (changed.length === 0) return { saved: true, changed };

      const destination = target();
      const temporary = `${destination}.saving`;
      const mode = fs.existsSync(destination) ? fs.statSync(destination).mode & 0o777 : 0o644;
      try {
        writeDurably(temporary, `${JSON.stringify(overrideOf(defaults, next) ?? {}, null, 2)}\n`, mode);
        db.transaction(() => {
          audit.append(adminId, 'config.changed', { fields: changed.join(' '), source: file });
          rememberConfigSeen(db, next);
          // Last: if the file cannot be swapped in, the audit entry and the snapshot roll back. (Were
          // the commit itself to fail after the swap, the next start would audit the change, unsigned.)
          fs.renameSync(temporary, destination);
        })();
      } catch (error) {
        fs.rmSync(temporary, { force: true });
        log.warn('config.saveFailed', { file, error: (error as NodeJS.ErrnoException).code ?? 'unknown' });
        throw new KioskError('config_not_saved', 'staff:errors.configNotSaved', { file });
      }
      saved = next;
      log.info('config.saved', { file, fields: changed.join(' ') });
      return { saved: true, changed };
    },
  };
}

export type ConfigEditor = ReturnType<typeof createConfigEditor>;
