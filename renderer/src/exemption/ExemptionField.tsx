import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeyboardFor } from '../keyboard/oneKeyboard';

const OnScreenKeyboard = lazy(() =>
  import('../keyboard/OnScreenKeyboard').then((m) => ({ default: m.OnScreenKeyboard })),
);

/** A labelled text field with its hint, its error beside it, and the on-screen keyboard below. */
export function ExemptionField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  digits?: boolean;
  onChange(value: string): void;
}) {
  const { t } = useTranslation('exemption');
  const { id, error, hint } = props;
  const [typing, setTyping] = useKeyboardFor(id);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="question">
      <label className="question__label" htmlFor={id}>
        {props.label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
      <input
        id={id}
        className="text-input"
        type="text"
        inputMode={props.digits ? 'numeric' : 'text'}
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => props.onChange(event.target.value)}
        onFocus={() => setTyping(true)}
        // The keyboard moves to the next field typed in (useKeyboardFor); otherwise it stays, so
        // nothing jumps under a finger.
      />
      {typing && (
        <Suspense fallback={null}>
          <OnScreenKeyboard inputId={id} digits={props.digits ?? false} onDone={() => setTyping(false)} />
        </Suspense>
      )}
    </div>
  );
}
