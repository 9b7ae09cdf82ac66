import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';
import type { ExemptionAnswers, StepErrors } from './exemptionAnswers';

// The signature library loads with this step only.
const SignaturePad = lazy(() => import('./SignaturePad').then((m) => ({ default: m.SignaturePad })));

/** A signature drawn with a finger, or "I will sign on paper" for anyone who cannot draw one. */
export function SignStep(props: {
  answers: ExemptionAnswers;
  errors: StepErrors;
  change(patch: Partial<ExemptionAnswers>): void;
}) {
  const { t } = useTranslation('exemption');
  const { answers, errors, change } = props;
  return (
    <>
      <ScreenHeading>{t('sign.heading')}</ScreenHeading>
      <p className="exemption__declaration">
        {t(answers.kind === 'exemption' ? 'check.declaration' : 'check.declarationResume')}
      </p>
      {errors.signature && (
        <p className="field-error" id="answer-signature">
          {t(errors.signature)}
        </p>
      )}
      {!answers.onPaper && (
        <Suspense fallback={null}>
          <SignaturePad
            label={t('sign.label')}
            clearLabel={t('sign.clear')}
            emptyHint={t('sign.hint')}
            onChange={(png) => change({ signature: png ? png.replace(/^data:image\/png;base64,/, '') : null })}
          />
        </Suspense>
      )}
      <label className="choice">
        <input
          type="checkbox"
          checked={answers.onPaper}
          onChange={() => change({ onPaper: !answers.onPaper, signature: null })}
        />
        <span>{t('sign.onPaper')}</span>
      </label>
    </>
  );
}
