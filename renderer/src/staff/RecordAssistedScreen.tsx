import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../electron/api/contract';
import type { KioskFailure } from '../../../electron/api/result';
import { taskIds } from '../../../electron/api/tasks';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { StaffError } from './StaffError';
import { StaffTextField } from './StaffTextField';
import { useStaffMode } from './StaffMode';
import { useDuration } from './useDuration';

type Record = ChannelInput<'assisted.finish'>;
const TOPICS = [...taskIds, 'other'] as const;
const OUTCOMES = ['solved', 'partly-solved', 'referred', 'exemption-registered', 'not-solved'] as const;
const EFFORT = [1, 2, 3, 4, 5, 6] as const;

/** Large checkboxes or radios in a fieldset with its legend. */
function Choices<const T extends string | number>(props: {
  legend: string;
  type: 'checkbox' | 'radio';
  name: string;
  options: readonly T[];
  label(option: T): string;
  checked(option: T): boolean;
  onChange(option: T): void;
}) {
  return (
    <fieldset className="question">
      <legend className="question__label">{props.legend}</legend>
      <div className="radios">
        {props.options.map((option) => (
          <label key={option} className="choice">
            <input
              type={props.type}
              name={props.name}
              checked={props.checked(option)}
              onChange={() => props.onChange(option)}
            />
            <span>{props.label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Finishing an assisted session: what it was about, the language used with the citizen, how it
 * ended and the effort on the READ scale, with an optional note that must hold no personal data.
 * The length is measured by the kiosk, not typed.
 */
export function RecordAssistedScreen() {
  const { t } = useTranslation();
  const session = useCitizenSession();
  const { assisted, setAssisted } = useStaffMode();
  const duration = useDuration();
  const [topics, setTopics] = useState<Record['topics']>([]);
  const [language, setLanguage] = useState<Record['language']>(session.language);
  const [outcome, setOutcome] = useState<Record['outcome'] | null>(null);
  const [effort, setEffort] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<KioskFailure | null>(null);
  const [lasted, setLasted] = useState<number | null>(null);

  if (lasted !== null) {
    return (
      <div className="staff-screen">
        <ScreenHeading>{t('record.saved', { duration: duration(lasted) })}</ScreenHeading>
        <div className="flow__actions">
          <button type="button" className="button" onClick={() => session.replace({ name: 'staffHome' })}>
            {t('bar.menu')}
          </button>
          <button type="button" className="button button--primary" onClick={session.leaveStaffScreens}>
            {t('home.backToCitizen')}
          </button>
        </div>
      </div>
    );
  }

  const save = async () => {
    if (!assisted) return;
    if (topics.length === 0 || outcome === null || effort === null) {
      return setError({ code: 'record_incomplete', messageKey: 'staff:errors.recordIncomplete' });
    }
    const result = await session.kiosk.assisted.finish({
      assistedId: assisted.id,
      topics,
      language,
      outcome,
      effort,
      ...(note.trim() ? { note } : {}),
    });
    if (!result.ok) return setError(result.error);
    setAssisted(null);
    setLasted(result.value.durationSeconds);
  };

  const toggleTopic = (topic: (typeof TOPICS)[number]) =>
    setTopics((now) => (now.includes(topic) ? now.filter((x) => x !== topic) : [...now, topic]));

  return (
    <div className="staff-screen">
      <ScreenHeading>{t('record.heading')}</ScreenHeading>
      {!assisted && <p>{t('record.noneRunning')}</p>}
      {assisted && (
        <form
          className="staff-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Choices
            legend={t('record.topics')}
            type="checkbox"
            name="topics"
            options={TOPICS}
            label={(topic) => t(`tasks.${topic}`)}
            checked={(topic) => topics.includes(topic)}
            onChange={toggleTopic}
          />
          <label htmlFor="record-language" className="question__label">
            {t('record.language')}
          </label>
          <select
            id="record-language"
            className="text-input"
            value={language}
            onChange={(event) => setLanguage(event.target.value as Record['language'])}
          >
            {session.config.languages.enabled.map((code) => (
              <option key={code} value={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
          <Choices
            legend={t('record.outcome')}
            type="radio"
            name="outcome"
            options={OUTCOMES}
            label={(o) => t(`outcomes.${o}`)}
            checked={(o) => outcome === o}
            onChange={(o) => setOutcome(o)}
          />
          <Choices
            legend={t('record.effort')}
            type="radio"
            name="effort"
            options={EFFORT}
            label={(level) => t(`effort.${level}`)}
            checked={(level) => effort === level}
            onChange={(level) => setEffort(level)}
          />
          <StaffTextField
            id="record-note"
            label={t('record.note')}
            multiline
            hint={t('record.noteHint')}
            maxLength={1000}
            value={note}
            onChange={setNote}
          />
          <StaffError error={error} />
          <button type="submit" className="button button--primary">
            {t('record.save')}
          </button>
        </form>
      )}
    </div>
  );
}
