import { useTranslation } from 'react-i18next';
import type { Flow, FlowStep } from '../../../electron/api/contract';
import { ScreenHeading } from '../components/ScreenHeading';
import { CheckAnswers } from './CheckAnswers';
import { FormFields, RadioChoices } from './FormFields';
import type { FlowAnswers } from './flowPath';
import type { StepErrors } from './FlowScreen';
import type { FlowWords } from './useFlowWords';
import { Icon } from '../components/Icon';

export interface StepProps {
  flow: Flow;
  step: FlowStep;
  words: FlowWords;
  answers: FlowAnswers;
  history: string[];
  errors: StepErrors;
  onAnswer(question: string, value: string): void;
  onChange(stepId: string): void;
}

/** A body's paragraphs are separated by blank lines in the words file. */
export function Paragraphs({ text }: { text: string }) {
  return text.split(/\n\s*\n/).map((paragraph, i) => <p key={i}>{paragraph}</p>);
}

export function hasBody(words: FlowWords, key: string): boolean {
  return words(key) !== key;
}

/** What one step shows, by its kind. The step's title is the screen's heading. */
export function StepContent(props: StepProps) {
  const { t } = useTranslation();
  const { step, words } = props;
  const at = `steps.${step.id}`;
  const body = hasBody(words, `${at}.body`) ? <Paragraphs text={words(`${at}.body`)} /> : null;

  switch (step.kind) {
    case 'choice':
      // The question is the legend, so the choices are announced with it (GOV.UK's pattern).
      return (
        <fieldset className="question" aria-describedby={props.errors.choice ? 'answer-choice-error' : undefined}>
          <legend>
            <ScreenHeading>{words(`${at}.title`)}</ScreenHeading>
          </legend>
          {body}
          <RadioChoices
            name={`choice-${step.id}`}
            question="choice"
            options={step.options.map((o) => ({ id: o.id, label: words(`${at}.options.${o.id}`) }))}
            value={props.answers[step.id]?.choice}
            error={props.errors.choice}
            onAnswer={props.onAnswer}
          />
        </fieldset>
      );
    case 'form':
      return (
        <>
          <ScreenHeading>{words(`${at}.title`)}</ScreenHeading>
          {body}
          <FormFields {...props} step={step} />
        </>
      );
    case 'check':
      return (
        <>
          <ScreenHeading>{words(`${at}.title`)}</ScreenHeading>
          {body}
          <CheckAnswers {...props} />
        </>
      );
    case 'checklist':
      return (
        <>
          <ScreenHeading>{words(`${at}.title`)}</ScreenHeading>
          {body}
          <h2 className="checklist__label">{t('flow.checklistLabel')}</h2>
          <ul className="checklist">
            {step.items.map((item) => (
              <li key={item}>
                <Icon name="check" />
                {words(`${at}.items.${item}`)}
              </li>
            ))}
          </ul>
        </>
      );
    case 'site':
      return (
        <>
          <ScreenHeading>{words(`${at}.title`)}</ScreenHeading>
          {body}
          <p className="site-address">{t('flow.siteAddress', { url: new URL(step.url).host })}</p>
        </>
      );
    case 'information':
    case 'confirmation':
      return (
        <>
          <ScreenHeading>{words(`${at}.title`)}</ScreenHeading>
          {body}
        </>
      );
  }
}
