import { useTranslation } from 'react-i18next';
import { stepById } from './flowPath';
import type { StepProps } from './StepContent';

/** "Check your answers": every question answered on the way here, each with a way back to change it. */
export function CheckAnswers({ flow, words, answers, history, onChange }: StepProps) {
  const { t } = useTranslation();
  const rows: { stepId: string; question: string; answer: string }[] = [];
  for (const stepId of history) {
    const step = stepById(flow, stepId);
    const at = `steps.${step.id}`;
    if (step.kind === 'choice') {
      const chosen = answers[step.id]?.choice;
      rows.push({
        stepId,
        question: words(`${at}.title`),
        answer: chosen ? words(`${at}.options.${chosen}`) : t('flow.notAnswered'),
      });
    }
    if (step.kind === 'form') {
      for (const field of step.fields) {
        const value = answers[step.id]?.[field.id];
        const shown = !value
          ? t('flow.notAnswered')
          : field.type === 'yesNo'
            ? t(value === 'yes' ? 'flow.yes' : 'flow.no')
            : field.type === 'choice'
              ? words(`${at}.fields.${field.id}.options.${value}`)
              : value;
        rows.push({ stepId, question: words(`${at}.fields.${field.id}.label`), answer: shown });
      }
    }
  }
  return (
    <dl className="answers">
      {rows.map((row) => (
        <div key={`${row.stepId}-${row.question}`} className="answers__row">
          <dt>{row.question}</dt>
          <dd>{row.answer}</dd>
          <dd>
            <button
              type="button"
              className="button"
              aria-label={t('flow.changeAnswer', { question: row.question })}
              onClick={() => onChange(row.stepId)}
            >
              {t('flow.change')}
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
