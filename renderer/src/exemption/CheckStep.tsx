import { useTranslation } from 'react-i18next';
import { maskCpr } from '../../../electron/api/cpr';
import { ScreenHeading } from '../components/ScreenHeading';
import type { ExemptionAnswers, Step } from './exemptionAnswers';

/** Every answer with a way back to change it, then the declaration on honour to be signed next. */
export function CheckStep({ answers, onChange }: { answers: ExemptionAnswers; onChange(step: Step): void }) {
  const { t } = useTranslation('exemption');
  const rows: { step: Step; label: string; value: string }[] = [
    {
      step: 'applicant',
      label: t('check.applicant'),
      value: answers.applicant ? t(`applicant.${answers.applicant}`) : '',
    },
  ];
  if (answers.applicant && answers.applicant !== 'self') {
    rows.push({
      step: 'applicant',
      label: t('check.representative'),
      value: `${answers.representativeName} (${answers.representativeRelation})`,
    });
  }
  if (answers.kind === 'exemption') {
    rows.push({
      step: 'grounds',
      label: t('check.grounds'),
      value:
        answers.grounds === 'not-stated'
          ? t('grounds.notStated')
          : answers.grounds.map((g) => t(`grounds.${g}`)).join(' '),
    });
  }
  rows.push(
    { step: 'details', label: t('check.name'), value: answers.name },
    { step: 'details', label: t('check.cpr'), value: answers.cpr ? maskCpr(answers.cpr) : '' },
    { step: 'details', label: t('check.address'), value: answers.address },
  );
  return (
    <>
      <ScreenHeading>{t('check.heading')}</ScreenHeading>
      <dl className="answers">
        {rows.map((row) => (
          <div key={row.label} className="answers__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
            <dd>
              <button
                type="button"
                className="button"
                aria-label={t('check.changeWhat', { what: row.label })}
                onClick={() => onChange(row.step)}
              >
                {t('check.change')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t('check.declarationHeading')}</h2>
      <p className="exemption__declaration">
        {t(answers.kind === 'exemption' ? 'check.declaration' : 'check.declarationResume')}
      </p>
    </>
  );
}
