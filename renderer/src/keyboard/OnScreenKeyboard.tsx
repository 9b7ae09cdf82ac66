import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SimpleKeyboard as Keyboard } from 'simple-keyboard';
import 'simple-keyboard/build/css/index.css';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { digitsLayout, letterLayout } from './keyboardLayouts';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Changes a React-controlled field as typing would, so React sees the new value. */
function typeInto(field: Field, value: string) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A large on-screen keyboard under the field being filled in, in the layout of the screen's
 * language (digits for numbers and dates). Its keys are real buttons, so the arrow keys and Enter
 * work them too; touching a key keeps the field's focus and caret.
 */
export function OnScreenKeyboard({
  inputId,
  digits,
  onDone,
  layoutLanguage,
}: {
  inputId: string;
  digits: boolean;
  onDone(): void;
  /** The letters to show; the citizen's language unless staff type (in Danish or English). */
  layoutLanguage?: string;
}) {
  // The kiosk's own words for its keys, also inside the staff area, whose default words are the staff's.
  const { t } = useTranslation('kiosk');
  const citizen = useCitizenSession();
  const language = layoutLanguage ?? citizen.language;
  const container = useRef<HTMLDivElement>(null);
  const [shifted, setShifted] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const keyboard = new Keyboard(container.current, {
      layout: digits ? digitsLayout : letterLayout(language),
      layoutName: shifted ? 'shift' : 'default',
      useButtonTag: true,
      preventMouseDownDefault: true,
      // A key held down must not repeat: a trembling or slow finger would type letters twice.
      disableButtonHold: true,
      display: {
        '{bksp}': t('osk.backspace'),
        '{space}': t('osk.space'),
        '{shift}': t('osk.shift'),
        '{enter}': t('osk.done'),
      },
      onKeyPress: (key: string) => {
        const input = document.getElementById(inputId);
        if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) return;
        if (key === '{enter}') return onDone();
        if (key === '{shift}') return setShifted((s) => !s);
        const value = key === '{bksp}' ? input.value.slice(0, -1) : input.value + (key === '{space}' ? ' ' : key);
        typeInto(input, value);
      },
    });
    // The library reacts to pointers; Enter and Space on a key (the five-key keypad) press it too.
    const element = container.current;
    const pressByKey = (event: KeyboardEvent) => {
      const key = (event.target as HTMLElement).dataset.skbtn;
      if (!key || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      keyboard.handleButtonClicked(key);
    };
    element.addEventListener('keydown', pressByKey);
    return () => {
      element.removeEventListener('keydown', pressByKey);
      keyboard.destroy();
    };
  }, [digits, language, shifted, inputId, onDone, t]);

  return (
    <section className="osk" aria-label={t('osk.label')} dir={digits ? 'ltr' : undefined}>
      <div ref={container} className="simple-keyboard" />
    </section>
  );
}
