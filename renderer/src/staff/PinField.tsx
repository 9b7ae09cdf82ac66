import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/**
 * A PIN field with its own large digit keypad, for a touch screen with no keyboard; a real
 * keyboard types into the field as usual. The PIN is never shown or kept after the screen goes.
 */
export function PinField(props: { label: string; value: string; onChange(value: string): void; id?: string }) {
  const { t } = useTranslation();
  const ownId = useId();
  const id = props.id ?? ownId;
  const { value, onChange } = props;
  return (
    <div className="pin-field">
      <label htmlFor={id} className="question__label">
        {props.label}
      </label>
      <input
        id={id}
        className="text-input pin-field__input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, 12))}
      />
      <div className="pin-pad" role="group" aria-label={t('pin.keypad')}>
        {KEYS.map((digit) => (
          <button
            key={digit}
            type="button"
            className="button pin-pad__key"
            onClick={() => onChange((value + digit).slice(0, 12))}
          >
            {digit}
          </button>
        ))}
        <button type="button" className="button pin-pad__key" onClick={() => onChange(value.slice(0, -1))}>
          {t('pin.delete')}
        </button>
      </div>
    </div>
  );
}
