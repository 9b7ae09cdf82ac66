import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowStep } from '../../../electron/api/contract';
import type { StepProps } from './StepContent';
import type { FieldError } from './validateField';

// The keyboard and its ten layouts load only when a citizen first types, keeping start-up small.
const OnScreenKeyboard = lazy(() =>
  import('../keyboard/OnScreenKeyboard').then((m) => ({ default: m.OnScreenKeyboard })),
);

function ErrorMessage({ id, error }: { id: string; error?: FieldError }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field-error" id={id}>
      {t(`flow.errors.${error.key}`, error.params ?? {})}
    </p>
  );
}

/** Large radio buttons for a choice; the first gets the id the error summary links to. */
export function RadioChoices(props: {
  name: string;
  question: string;
  options: { id: string; label: string }[];
  value: string | undefined;
  error?: FieldError;
  onAnswer(question: string, value: string): void;
}) {
  return (
    <div className="radios">
      <ErrorMessage id={`answer-${props.question}-error`} error={props.error} />
      {props.options.map((option, i) => (
        <label key={option.id} className="choice">
          <input
            type="radio"
            id={i === 0 ? `answer-${props.question}` : undefined}
            name={props.name}
            value={option.id}
            checked={props.value === option.id}
            onChange={() => props.onAnswer(props.question, option.id)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

/** A form step's questions, each with its label, hint and error next to it. */
export function FormFields(props: StepProps & { step: Extract<FlowStep, { kind: 'form' }> }) {
  const { t } = useTranslation();
  // The field the on-screen keyboard types into; it opens under the field when it gets focus.
  const [typingIn, setTypingIn] = useState<string | null>(null);
  const closeKeyboard = useCallback(() => setTypingIn(null), []);
  const { step, words } = props;
  const answers = props.answers[step.id] ?? {};
  return (
    <div className="form-fields">
      {step.fields.map((field) => {
        const at = `steps.${step.id}.fields.${field.id}`;
        const hint = words(`${at}.hint`) !== `${at}.hint` ? words(`${at}.hint`) : null;
        const error = props.errors[field.id];
        const describedBy = [hint && `answer-${field.id}-hint`, error && `answer-${field.id}-error`]
          .filter(Boolean)
          .join(' ');
        if (field.type === 'yesNo' || field.type === 'choice') {
          const options =
            field.type === 'yesNo'
              ? [
                  { id: 'yes', label: t('flow.yes') },
                  { id: 'no', label: t('flow.no') },
                ]
              : field.options.map((o) => ({ id: o, label: words(`${at}.options.${o}`) }));
          return (
            <fieldset key={field.id} className="question" aria-describedby={describedBy || undefined}>
              <legend className="question__label">{words(`${at}.label`)}</legend>
              {hint && (
                <p className="hint" id={`answer-${field.id}-hint`}>
                  {hint}
                </p>
              )}
              <RadioChoices
                name={`${step.id}-${field.id}`}
                question={field.id}
                options={options}
                value={answers[field.id]}
                error={error}
                onAnswer={props.onAnswer}
              />
            </fieldset>
          );
        }
        return (
          <div key={field.id} className="question">
            <label className="question__label" htmlFor={`answer-${field.id}`}>
              {words(`${at}.label`)}
            </label>
            {hint && (
              <p className="hint" id={`answer-${field.id}-hint`}>
                {hint}
              </p>
            )}
            <ErrorMessage id={`answer-${field.id}-error`} error={error} />
            <input
              id={`answer-${field.id}`}
              className="text-input"
              type="text"
              inputMode={field.type === 'number' ? 'decimal' : field.type === 'date' ? 'numeric' : 'text'}
              autoComplete="off"
              spellCheck={false}
              value={answers[field.id] ?? ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              onChange={(event) => props.onAnswer(field.id, event.target.value)}
              onFocus={() => setTypingIn(field.id)}
            />
            {typingIn === field.id && (
              <Suspense fallback={null}>
                <OnScreenKeyboard
                  inputId={`answer-${field.id}`}
                  digits={field.type !== 'text'}
                  onDone={closeKeyboard}
                />
              </Suspense>
            )}
          </div>
        );
      })}
    </div>
  );
}
