import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, inputPaths, type ConfigProblem } from './configFields';

/** A field's name as staff read it on the screen; a weekday of the opening hours with its day. */
export function useFieldLabel(): (path: string) => string {
  const { t } = useTranslation();
  return (path) => {
    const day = /^operations\.openingHours\.(\w+)$/.exec(path)?.[1];
    if (day) return `${t('config.fields.operations.openingHours.label')}: ${t(`config.weekdays.${day}`)}`;
    return inputPaths.includes(path) ? t(`config.fields.${path}.label`) : path;
  };
}

/** Every problem at the top, each a link to its field (GOV.UK's error summary). */
export function ProblemSummary({ problems }: { problems: ConfigProblem[] }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  return (
    <div className="error-summary" id="config-problems" tabIndex={-1} aria-labelledby="config-problems-title">
      <h2 id="config-problems-title">{t('config.problemsHeading')}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <a href={`#${fieldId(p.field)}`}>
              {t('config.problem', {
                field: p.item ? `${label(p.field)} (“${p.item}”)` : label(p.field),
                reason: t(p.reason.messageKey, { ns: 'kiosk', ...p.reason.params }),
              })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a save changed, with focus on it so it is read at once. */
export function SavedSummary({ changed }: { changed: string[] }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [changed]);
  return (
    <section className="config-saved" aria-labelledby="config-saved-title">
      <h2 id="config-saved-title" tabIndex={-1} ref={heading}>
        {t(changed.length > 0 ? 'config.savedHeading' : 'config.nothingChanged')}
      </h2>
      {changed.length > 0 && (
        <>
          <p>{t('config.changedIntro')}</p>
          <ul className="config-changed">
            {changed.map((field) => (
              <li key={field}>{label(field)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Saved changes wait for a restart: the services were built on the config they started with. */
export function RestartNotice({ onRestart, busy }: { onRestart(): void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="staff-notice config-restart">
      <p>{t('config.takesEffect')}</p>
      <button type="button" className="button button--primary" disabled={busy} onClick={onRestart}>
        {t('config.restart')}
      </button>
    </div>
  );
}
