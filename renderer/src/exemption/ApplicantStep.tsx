import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';
import { RadioChoices } from '../flows/FormFields';
import { ExemptionField } from './ExemptionField';
import type { Applicant, ExemptionAnswers, StepErrors } from './exemptionAnswers';

const APPLICANTS: Applicant[] = ['self', 'representative', 'guardian'];

/** Who applies: the citizen, a representative with a power of attorney, or a guardian. */
export function ApplicantStep(props: {
  answers: ExemptionAnswers;
  errors: StepErrors;
  change(patch: Partial<ExemptionAnswers>): void;
}) {
  const { t } = useTranslation('exemption');
  const { answers, errors, change } = props;
  return (
    <>
      <ScreenHeading id="exemption-heading">{t('applicant.heading')}</ScreenHeading>
      <fieldset className="question" aria-labelledby="exemption-heading">
        <RadioChoices
          name="applicant"
          question="applicant"
          options={APPLICANTS.map((id) => ({ id, label: t(`applicant.${id}`) }))}
          value={answers.applicant ?? undefined}
          error={errors.applicant ? { key: 'choose' } : undefined}
          onAnswer={(_, value) => change({ applicant: value as Applicant })}
        />
      </fieldset>
      {answers.applicant && answers.applicant !== 'self' && (
        <>
          <ExemptionField
            id="representative-name"
            label={t('applicant.name')}
            value={answers.representativeName}
            error={errors.representativeName}
            onChange={(value) => change({ representativeName: value })}
          />
          <ExemptionField
            id="representative-relation"
            label={t('applicant.relation')}
            value={answers.representativeRelation}
            error={errors.representativeRelation}
            onChange={(value) => change({ representativeRelation: value })}
          />
          <p className="hint">{t('applicant.bring')}</p>
        </>
      )}
    </>
  );
}
