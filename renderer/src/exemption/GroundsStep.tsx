import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';
import type { ExemptionAnswers, StepErrors } from './exemptionAnswers';

const GROUNDS = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * The eight legal grounds in plain words, one or more; or "I do not want to say", which is lawful
 * (digital-post.md) and clears the others, as choosing a ground clears it.
 */
export function GroundsStep(props: {
  answers: ExemptionAnswers;
  errors: StepErrors;
  change(patch: Partial<ExemptionAnswers>): void;
}) {
  const { t } = useTranslation('exemption');
  const { answers, errors, change } = props;
  const chosen = answers.grounds === 'not-stated' ? [] : answers.grounds;
  const toggle = (ground: number) =>
    change({
      grounds: chosen.includes(ground) ? chosen.filter((g) => g !== ground) : [...chosen, ground].sort(),
    });
  return (
    <>
      <ScreenHeading id="exemption-heading">{t('grounds.heading')}</ScreenHeading>
      <p className="lead" id="grounds-intro">
        {t('grounds.intro')}
      </p>
      <fieldset className="question" aria-labelledby="exemption-heading" aria-describedby="grounds-intro">
        {errors.grounds && (
          <p className="field-error" id="grounds-error">
            {t(errors.grounds)}
          </p>
        )}
        <div className="radios">
          {GROUNDS.map((ground, i) => (
            <label key={ground} className="choice">
              <input
                type="checkbox"
                id={i === 0 ? 'answer-grounds' : undefined}
                checked={chosen.includes(ground)}
                onChange={() => toggle(ground)}
              />
              <span>{t(`grounds.${ground}`)}</span>
            </label>
          ))}
          <label className="choice">
            <input
              type="checkbox"
              checked={answers.grounds === 'not-stated'}
              onChange={() => change({ grounds: answers.grounds === 'not-stated' ? [] : 'not-stated' })}
            />
            <span>{t('grounds.notStated')}</span>
          </label>
        </div>
      </fieldset>
    </>
  );
}
