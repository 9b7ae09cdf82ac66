import { lazy, Suspense, useState } from 'react';
import { useStaffMode } from './StaffMode';

const OnScreenKeyboard = lazy(() =>
  import('../keyboard/OnScreenKeyboard').then((m) => ({ default: m.OnScreenKeyboard })),
);

/**
 * A text field for staff with the kiosk's on-screen keyboard below it, in the staff language's
 * letters: a touch terminal may have no keyboard. A real keyboard types into it as usual.
 */
export function StaffTextField(props: {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  multiline?: boolean;
  /** Shown under the label and read with the field. */
  hint?: string;
  onChange(value: string): void;
}) {
  const { language } = useStaffMode();
  const [typing, setTyping] = useState(false);
  const common = {
    id: props.id,
    className: 'text-input',
    autoComplete: 'off',
    maxLength: props.maxLength,
    value: props.value,
    'aria-describedby': props.hint ? `${props.id}-hint` : undefined,
    onFocus: () => setTyping(true),
  };
  return (
    <>
      <label htmlFor={props.id} className="question__label">
        {props.label}
      </label>
      {props.hint && (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => props.onChange(event.target.value)} />
      )}
      {typing && (
        <Suspense fallback={null}>
          <OnScreenKeyboard
            inputId={props.id}
            digits={false}
            layoutLanguage={language}
            onDone={() => setTyping(false)}
          />
        </Suspense>
      )}
    </>
  );
}
