import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput } from '../../../../electron/api/contract';
import type { KioskFailure } from '../../../../electron/api/result';
import { useCitizenSession } from '../../citizenSession/CitizenSession';
import { ScreenHeading } from '../../components/ScreenHeading';
import { StaffError } from '../StaffError';
import { ConfigField } from './ConfigField';
import {
  candidateOf,
  configGroups,
  draftOf,
  fieldId,
  inputPaths,
  type ConfigProblem,
  type Draft,
  type DraftValue,
} from './configFields';
import { ProblemSummary, RestartNotice, SavedSummary } from './ConfigOutcome';
import './config.css';

type About = ChannelOutput<'config.get'>;

/**
 * For administrators: the kiosk's config, one section per group, each field with a plain
 * explanation. The services judge every value; their problems appear beside the fields and
 * nothing is saved. A save takes effect when the kiosk restarts, offered at once.
 */
export function ConfigScreen() {
  const { t } = useTranslation();
  const { kiosk } = useCitizenSession();
  const [about, setAbout] = useState<About | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<ConfigProblem[]>([]);
  const [changed, setChanged] = useState<string[] | null>(null);
  const [error, setError] = useState<KioskFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [typingIn, setTypingIn] = useState<string | null>(null);

  useEffect(() => {
    void kiosk.config.get({}).then((result) => {
      if (!result.ok) return setError(result.error);
      setAbout(result.value);
      setDraft(draftOf(result.value.config));
    });
  }, [kiosk]);

  const byField = useMemo(() => {
    const map = new Map<string, ConfigProblem[]>();
    for (const p of problems) map.set(p.field, [...(map.get(p.field) ?? []), p]);
    return map;
  }, [problems]);

  // Focus goes to the first field in the screen's order that is wrong (or the summary, if none is shown).
  useEffect(() => {
    if (problems.length === 0) return;
    const first = inputPaths.find((path) => byField.has(path));
    (document.getElementById(first ? fieldId(first) : 'config-problems') as HTMLElement | null)?.focus();
  }, [problems, byField]);

  const change = (path: string, value: DraftValue) => setDraft((d) => d && { ...d, [path]: value });

  const save = async () => {
    if (!draft || busy) return;
    setBusy(true);
    setTypingIn(null);
    const result = await kiosk.config.save({ config: candidateOf(draft) as ChannelInput<'config.save'>['config'] });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    if (!result.value.saved) {
      setChanged(null);
      return setProblems(result.value.problems);
    }
    setProblems([]);
    setChanged(result.value.changed);
    if (result.value.changed.length > 0) setAbout((a) => a && { ...a, restartNeeded: true });
  };

  const restart = async () => {
    setBusy(true);
    const result = await kiosk.kiosk.restart({});
    // The services start again from their files; the page starts again with them.
    if (result.ok) return window.location.reload();
    setBusy(false);
    setError(result.error);
  };

  return (
    <div className="staff-screen config-screen">
      <ScreenHeading>{t('config.heading')}</ScreenHeading>
      <p>{t('config.intro')}</p>
      {about && (
        <div className="config-source">
          <p>{t(about.source === 'file' ? 'config.source.file' : 'config.source.defaults', { file: about.file })}</p>
          {about.namedBy === 'KIOSK_CONFIG' && <p>{t('config.source.kioskConfig')}</p>}
          {!about.writable && (
            <p className="staff-notice" id="config-not-writable">
              {t('config.notWritable', { file: about.file })}
            </p>
          )}
        </div>
      )}
      <StaffError error={error} />
      {changed && <SavedSummary changed={changed} />}
      {about?.restartNeeded && <RestartNotice busy={busy} onRestart={() => void restart()} />}
      {problems.length > 0 && <ProblemSummary problems={problems} />}
      {about && draft && (
        <form
          className="config-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {configGroups.map((group) => (
            <fieldset key={group.id} className="settings__group config-group">
              <legend>{t(`config.groups.${group.id}`)}</legend>
              {group.fields.map((field) => (
                <ConfigField
                  key={field.path}
                  field={field}
                  draft={draft}
                  problems={byField}
                  typingIn={typingIn}
                  onTyping={setTypingIn}
                  onChange={change}
                />
              ))}
            </fieldset>
          ))}
          <div className="flow__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={!about.writable || busy}
              aria-describedby={about.writable ? undefined : 'config-not-writable'}
            >
              {t('config.save')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
