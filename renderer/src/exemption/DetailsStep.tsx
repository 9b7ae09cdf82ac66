import { useTranslation } from 'react-i18next';
import { maskCpr } from '../../../electron/api/cpr';
import { ScreenHeading } from '../components/ScreenHeading';
import { ExemptionField } from './ExemptionField';
import type { ExemptionAnswers, StepErrors } from './exemptionAnswers';

/**
 * The person the request is for: name, CPR number and address. Once a valid CPR number has been
 * entered (the citizen goes on to the next step) it is only ever shown masked (DDMMYY-XXXX), so
 * the next person in the queue cannot read it. Masking happens on Next, not when the field loses
 * focus: the field turning into a line of text under a finger would move the Next button away.
 */
export function DetailsStep(props: {
  answers: ExemptionAnswers;
  errors: StepErrors;
  change(patch: Partial<ExemptionAnswers>): void;
}) {
  const { t } = useTranslation('exemption');
  const { answers, errors, change } = props;
  return (
    <>
      <ScreenHeading>{t('details.heading')}</ScreenHeading>
      <ExemptionField
        id="answer-name"
        label={t('details.name')}
        value={answers.name}
        error={errors.name}
        onChange={(value) => change({ name: value })}
      />
      {answers.cpr === null ? (
        <ExemptionField
          id="answer-cpr"
          label={t('details.cpr')}
          hint={t('details.cprHint')}
          value={answers.cprTyped}
          error={errors.cpr}
          digits
          onChange={(value) => change({ cprTyped: value })}
        />
      ) : (
        <div className="question exemption__cpr">
          <p className="question__label">{t('details.cprShown', { masked: maskCpr(answers.cpr) })}</p>
          <button type="button" className="button" onClick={() => change({ cpr: null, cprTyped: '' })}>
            {t('details.changeCpr')}
          </button>
        </div>
      )}
      <ExemptionField
        id="answer-address"
        label={t('details.address')}
        hint={t('details.addressHint')}
        value={answers.address}
        error={errors.address}
        onChange={(value) => change({ address: value })}
      />
    </>
  );
}
