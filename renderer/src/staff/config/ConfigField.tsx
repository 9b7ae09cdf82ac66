import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffMode } from '../StaffMode';
import { fieldId, weekdayNames, type ConfigProblem, type Draft, type DraftValue, type FieldSpec } from './configFields';

const OnScreenKeyboard = lazy(() =>
  import('../../keyboard/OnScreenKeyboard').then((m) => ({ default: m.OnScreenKeyboard })),
);

export interface FieldProps {
  field: FieldSpec;
  draft: Draft;
  /** The services' problems, by field path. */
  problems: Map<string, ConfigProblem[]>;
  /** The text field the on-screen keyboard types into; one at a time on so long a page. */
  typingIn: string | null;
  onTyping(id: string | null): void;
  onChange(path: string, value: DraftValue): void;
}

/** The services' reasons beside a field, in the staff language (the reasons are the kiosk's words). */
function Problems({ id, problems }: { id: string; problems: ConfigProblem[] | undefined }) {
  const { t } = useTranslation();
  if (!problems?.length) return null;
  return (
    <div className="field-error" id={`${id}-error`}>
      {problems.map((p, i) => {
        const reason = t(p.reason.messageKey, { ns: 'kiosk', ...p.reason.params });
        return (
          <p key={i}>{p.item ? t('config.errorItem', { item: p.item, reason }) : t('config.error', { reason })}</p>
        );
      })}
    </div>
  );
}

/** The label, explanation, problems and the input: one line, a box (domains) or a number, with the keyboard. */
function TextInput(props: FieldProps & { path: string; label: string; hint?: string }) {
  const { language } = useStaffMode();
  const { field, path } = props;
  const id = fieldId(path);
  const problems = props.problems.get(path);
  const common = {
    id,
    className: 'text-input',
    autoComplete: 'off',
    value: props.draft[path] as string,
    'aria-invalid': problems ? true : undefined,
    'aria-describedby': [props.hint && `${id}-hint`, problems && `${id}-error`].filter(Boolean).join(' ') || undefined,
    onFocus: () => props.onTyping(id),
  };
  return (
    <div className="config-field">
      <label htmlFor={id} className="question__label">
        {props.label}
      </label>
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <Problems id={id} problems={problems} />
      {field.kind === 'domains' ? (
        <textarea {...common} rows={6} onChange={(e) => props.onChange(path, e.target.value)} />
      ) : (
        <input
          {...common}
          inputMode={field.kind === 'number' ? 'numeric' : undefined}
          maxLength={field.kind === 'text' ? field.maxLength : undefined}
          onChange={(e) => props.onChange(path, e.target.value)}
        />
      )}
      {props.typingIn === id && (
        <Suspense fallback={null}>
          <OnScreenKeyboard
            inputId={id}
            digits={field.kind === 'number'}
            layoutLanguage={language}
            onDone={() => props.onTyping(null)}
          />
        </Suspense>
      )}
    </div>
  );
}

/** A list chosen from fixed options. Order matters to the kiosk (it is the screen's order): kept, new ones last. */
function Choices(props: FieldProps & { label: string; hint: string; options: readonly string[]; words: string }) {
  const { t } = useTranslation();
  const { path } = props.field;
  const id = fieldId(path);
  const problems = props.problems.get(path);
  const chosen = props.draft[path] as string[];
  const flip = (option: string) =>
    props.onChange(path, chosen.includes(option) ? chosen.filter((o) => o !== option) : [...chosen, option]);
  return (
    <fieldset className="question config-field" aria-describedby={`${id}-hint${problems ? ` ${id}-error` : ''}`}>
      <legend className="question__label">{props.label}</legend>
      <p className="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <Problems id={id} problems={problems} />
      <div className="config-choices">
        {props.options.map((option, i) => (
          <label key={option} className="choice">
            <input
              type="checkbox"
              id={i === 0 ? id : undefined}
              checked={chosen.includes(option)}
              onChange={() => flip(option)}
            />
            <span>{t(`${props.words}.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One field of the config, with its label and plain explanation from the staff words. */
export function ConfigField(props: FieldProps) {
  const { t } = useTranslation();
  const { field, draft, problems, onChange } = props;
  const id = fieldId(field.path);
  const label = t(`config.fields.${field.path}.label`);
  const hint = t(`config.fields.${field.path}.hint`);
  const own = problems.get(field.path);
  const describedBy = `${id}-hint${own ? ` ${id}-error` : ''}`;

  switch (field.kind) {
    case 'text':
    case 'number':
    case 'domains':
      return <TextInput {...props} path={field.path} label={label} hint={hint} />;
    case 'choices':
      return <Choices {...props} label={label} hint={hint} options={field.options} words={field.optionWords} />;
    case 'select':
      return (
        <div className="config-field">
          <label htmlFor={id} className="question__label">
            {label}
          </label>
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
          <Problems id={id} problems={own} />
          <select
            id={id}
            className="text-input"
            value={draft[field.path] as string}
            aria-invalid={own ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(field.path, e.target.value)}
          >
            {field.options.map((option) => (
              <option key={option} value={option}>
                {t(`${field.optionWords}.${option}`)}
              </option>
            ))}
          </select>
        </div>
      );
    case 'toggle':
      return (
        <div className="config-field">
          <label className="choice config-toggle">
            <input
              type="checkbox"
              role="switch"
              id={id}
              checked={draft[field.path] as boolean}
              aria-describedby={describedBy}
              onChange={(e) => onChange(field.path, e.target.checked)}
            />
            <span className="question__label">{label}</span>
          </label>
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
          <Problems id={id} problems={own} />
        </div>
      );
    case 'week':
      return (
        <fieldset className="question config-field" aria-describedby={`${id}-hint`}>
          <legend className="question__label">{label}</legend>
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
          <Problems id={id} problems={own} />
          <div className="config-week">
            {weekdayNames.map((day) => (
              <TextInput key={day} {...props} path={`${field.path}.${day}`} label={t(`config.weekdays.${day}`)} />
            ))}
          </div>
        </fieldset>
      );
  }
}
