import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDay, periodPresets, periodProblem, presetPeriod, samePeriod, type Period } from './period';

interface PeriodControlsProps {
  chosen: Period;
  onChoose: (period: Period) => void;
}

/**
 * Choosing the period: a preset shows its days at once; typed dates are shown when staff press
 * the button, so half-typed dates never fetch (each fetch is written to the audit trail).
 */
export function PeriodControls({ chosen, onChoose }: PeriodControlsProps) {
  const { t } = useTranslation('dashboard');
  const [draft, setDraft] = useState(chosen);
  const [problem, setProblem] = useState<'missing' | 'order' | null>(null);
  const presetsLabel = useId();
  const problemId = useId();
  const today = new Date();

  const choose = (period: Period) => {
    setDraft(period);
    setProblem(null);
    onChoose(period);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(draft);
    setProblem(found);
    if (!found) onChoose({ ...draft });
  };

  return (
    <div className="dashboard-period">
      <div role="group" aria-labelledby={presetsLabel}>
        <p id={presetsLabel} className="dashboard-period__label">
          {t('period.presets')}
        </p>
        <div className="dashboard-period__presets">
          {periodPresets.map((preset) => {
            const period = presetPeriod(preset, today);
            return (
              <button
                key={preset}
                type="button"
                className="button"
                aria-current={samePeriod(period, chosen) ? 'true' : undefined}
                onClick={() => choose(period)}
              >
                {t(`period.${preset}`)}
              </button>
            );
          })}
        </div>
      </div>
      <form className="dashboard-period__form" noValidate onSubmit={submit}>
        <fieldset>
          <legend>{t('period.custom')}</legend>
          <div className="dashboard-period__fields">
            <DateField
              label={t('period.from')}
              value={draft.from}
              max={isoDay(today)}
              problemId={problem ? problemId : undefined}
              onChange={(from) => setDraft((current) => ({ ...current, from }))}
            />
            <DateField
              label={t('period.to')}
              value={draft.to}
              max={isoDay(today)}
              problemId={problem ? problemId : undefined}
              onChange={(to) => setDraft((current) => ({ ...current, to }))}
            />
            <button type="submit" className="button button--primary">
              {t('period.show')}
            </button>
          </div>
          {problem && (
            <p id={problemId} className="field-error" role="alert">
              {t(`period.${problem}`)}
            </p>
          )}
        </fieldset>
      </form>
    </div>
  );
}

interface DateFieldProps {
  label: string;
  value: string;
  max: string;
  /** The message saying what is wrong with the dates, when something is. */
  problemId: string | undefined;
  onChange: (value: string) => void;
}

function DateField({ label, value, max, problemId, onChange }: DateFieldProps) {
  const id = useId();
  return (
    <div className="dashboard-period__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        className="text-input"
        value={value}
        max={max}
        required
        aria-invalid={problemId ? true : undefined}
        aria-describedby={problemId}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
