import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCpr } from '../../../electron/api/cpr';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ApplicantStep } from './ApplicantStep';
import { CancelRequest } from './CancelRequest';
import { CheckStep } from './CheckStep';
import { DetailsStep } from './DetailsStep';
import { DoneStep } from './DoneStep';
import { checkStep, emptyAnswers, stepsFor, type ExemptionAnswers, type Kind, type Step } from './exemptionAnswers';
import { GroundsStep } from './GroundsStep';
import { IntroStep } from './IntroStep';
import { SignStep } from './SignStep';
import { VerifyStep, type Verification } from './VerifyStep';
import './exemption.css';

/** A valid CPR number still in the field (the citizen went on without leaving it) counts as entered. */
function withTypedCpr(a: ExemptionAnswers): ExemptionAnswers {
  const parsed = a.cpr === null ? parseCpr(a.cprTyped) : null;
  return parsed?.ok ? { ...a, cpr: parsed.cpr, cprTyped: '' } : a;
}

/**
 * The exemption request, step by step. Everything typed stays in this screen's memory until
 * staff verify it, and only then is the complete request stored: stopping, or an idle reset,
 * leaves nothing behind (the reset remounts the screen and its answers are gone).
 */
export function ExemptionScreen() {
  const { t, ready } = useTranslation('exemption');
  const session = useCitizenSession();
  const [answers, setAnswers] = useState<ExemptionAnswers>(emptyAnswers);
  const [step, setStep] = useState<Step>('intro');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<KioskFailure | null>(null);
  const [stored, setStored] = useState<{ requestId: number; reference: string } | null>(null);
  if (!ready) return <div aria-busy="true" />;

  const steps = stepsFor(answers.kind);
  const index = steps.indexOf(step);
  const change = (patch: Partial<ExemptionAnswers>) => setAnswers((a) => ({ ...a, ...patch }));
  const goTo = (next: Step) => {
    setErrors({});
    // The pad keeps no drawing between visits, so coming back to sign means signing again.
    if (next === 'sign') change({ signature: null });
    setStep(next);
  };
  const next = () => {
    const current = withTypedCpr(answers);
    const found = checkStep(step, current);
    setAnswers(current);
    setErrors(found);
    if (Object.keys(found).length === 0) goTo(steps[index + 1]!);
    else document.getElementById(`answer-${Object.keys(found)[0]}`)?.focus();
  };
  const choose = (kind: Kind) => {
    change({ kind });
    goTo('applicant');
  };
  const submit = async (verification: Verification) => {
    const result = await session.kiosk.exemption.submit({
      kind: answers.kind,
      language: session.language,
      applicant: answers.applicant!,
      ...(answers.applicant !== 'self'
        ? { representative: { name: answers.representativeName, relation: answers.representativeRelation } }
        : {}),
      citizen: { name: answers.name, cpr: answers.cpr!, address: answers.address },
      grounds: answers.kind === 'exemption' ? answers.grounds : 'not-stated',
      signaturePng: answers.onPaper ? null : answers.signature,
      verification,
    });
    if (!result.ok) return setFailure(result.error);
    setStored(result.value);
    // The request is stored: what the citizen typed is no longer needed on screen.
    setAnswers({ ...emptyAnswers(), kind: answers.kind });
    goTo('done');
  };

  const content = {
    intro: () => <IntroStep onChoose={choose} />,
    applicant: () => <ApplicantStep answers={answers} errors={errors} change={change} />,
    grounds: () => <GroundsStep answers={answers} errors={errors} change={change} />,
    details: () => <DetailsStep answers={answers} errors={errors} change={change} />,
    check: () => <CheckStep answers={answers} onChange={goTo} />,
    sign: () => <SignStep answers={answers} errors={errors} change={change} />,
    verify: () => <VerifyStep answers={answers} error={failure} onVerify={(v) => void submit(v)} />,
    done: () => stored && <DoneStep requestId={stored.requestId} reference={stored.reference} kind={answers.kind} />,
  }[step];

  return (
    <div className="exemption" data-step={step}>
      {step !== 'intro' && step !== 'done' && (
        <p className="flow__progress">
          <span>{t('progress', { step: index, total: steps.length - 2 })}</span>
        </p>
      )}
      {content()}
      {step !== 'intro' && step !== 'done' && (
        <div className="flow__actions">
          <button type="button" className="button" data-back onClick={() => goTo(steps[index - 1]!)}>
            {t('back')}
          </button>
          <CancelRequest onCancel={session.back} />
          {step !== 'verify' && (
            <button type="button" className="button button--primary" onClick={next}>
              {t('next')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
