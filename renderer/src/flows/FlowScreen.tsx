import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flow, FlowStep } from '../../../electron/api/contract';
import { useCitizenSession, type FlowMemory } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { pathFrom, stepById, successor, type FlowAnswers } from './flowPath';
import { SitePanel } from './SitePanel';
import { StepContent } from './StepContent';
import { useFlowWords } from './useFlowWords';
import { validateField, type FieldError } from './validateField';

export type StepErrors = Record<string, FieldError>;

/** Checks the answers a step needs before the citizen may go on; empty when all is well. */
function stepErrors(step: FlowStep, answers: FlowAnswers): StepErrors {
  const errors: StepErrors = {};
  if (step.kind === 'choice' && !step.options.some((o) => o.id === answers[step.id]?.choice)) {
    errors.choice = { key: 'choose' };
  }
  if (step.kind === 'form') {
    for (const field of step.fields) {
      const error = validateField(field, answers[step.id]?.[field.id]);
      if (error) errors[field.id] = error;
    }
  }
  return errors;
}

/**
 * Plays one guided flow: a step at a time, "Step 3 of 7", Back that keeps every answer, checks
 * before going on, and a record of how far the citizen got. Where they are is kept in the
 * citizen session, so a visit to the settings or the language screen loses nothing.
 */
export function FlowScreen({ flow }: { flow: Flow }) {
  const { t } = useTranslation();
  const session = useCitizenSession();
  const { kiosk, language } = session;
  const words = useFlowWords(kiosk, flow.id, language);
  const [memory, setMemory] = useState<FlowMemory>(
    () =>
      session.flowMemory(flow.id) ?? {
        runId: session
          .sessionId()
          .then((id) => (id === null ? null : kiosk.flowRun.start({ sessionId: id, flowId: flow.id, language })))
          .then((result) => (result?.ok ? result.value.runId : null)),
        history: [],
        current: flow.steps[0]!.id,
        answers: {},
        completed: false,
      },
  );
  const [errors, setErrors] = useState<StepErrors>({});
  const errorSummary = useRef<HTMLDivElement>(null);

  const step = stepById(flow, memory.current);
  const position = memory.history.length + 1;
  const total = memory.history.length + pathFrom(flow, memory.current, memory.answers).length;

  useEffect(() => session.rememberFlow(flow.id, memory), [session, flow.id, memory]);

  // Record the furthest step, and the finish once the confirmation is shown.
  useEffect(() => {
    void memory.runId.then(async (runId) => {
      if (runId === null) return;
      const reached = kiosk.flowRun.reach({ runId, step: position });
      if (step.kind === 'confirmation' && !memory.completed) {
        setMemory((m) => ({ ...m, completed: true }));
        // In order: a run that ends before its last step is recorded would stop one step short.
        await reached;
        void kiosk.flowRun.end({ runId, outcome: 'completed' });
      }
    });
  }, [kiosk, memory.runId, memory.completed, position, step.kind]);

  useEffect(() => {
    if (Object.keys(errors).length > 0) errorSummary.current?.focus();
  }, [errors]);

  const answer = (question: string, value: string) =>
    setMemory((m) => ({ ...m, answers: { ...m.answers, [step.id]: { ...m.answers[step.id], [question]: value } } }));

  const goTo = (stepId: string, history: string[]) => {
    setErrors({});
    setMemory((m) => ({ ...m, current: stepId, history }));
  };

  const next = () => {
    const found = stepErrors(step, memory.answers);
    if (Object.keys(found).length > 0) return setErrors(found);
    const following = successor(flow, step, memory.answers);
    if (following) goTo(following, [...memory.history, step.id]);
  };

  const back = () => {
    const previous = memory.history.at(-1);
    if (previous) goTo(previous, memory.history.slice(0, -1));
    else session.back();
  };

  /** From "check your answers": back to that question, keeping everything. */
  const change = (stepId: string) => goTo(stepId, memory.history.slice(0, memory.history.indexOf(stepId)));

  if (!words.words) {
    return (
      <div className="flow" aria-busy={!words.failed}>
        <ScreenHeading>{t(`tasks.${flow.id}.title`)}</ScreenHeading>
        <p role={words.failed ? 'alert' : 'status'}>{words.failed ? t('flow.wordsFailed') : t('flow.loading')}</p>
      </div>
    );
  }

  return (
    <div
      className={step.kind === 'site' ? 'flow flow--with-site' : 'flow'}
      data-flow={flow.id}
      data-step={step.id}
      key={step.id}
    >
      <div className="flow__guide">
        <p className="flow__task">{t(`tasks.${flow.id}.title`)}</p>
        <p className="flow__progress">
          <span>{t('flow.progress', { current: position, total })}</span>
          <progress max={total} value={position} aria-hidden="true" />
        </p>
        {Object.keys(errors).length > 0 && (
          <div
            className="error-summary"
            role="alert"
            tabIndex={-1}
            ref={errorSummary}
            aria-labelledby="error-summary-title"
          >
            <h2 id="error-summary-title">{t('flow.errors.summary')}</h2>
            <ul>
              {Object.entries(errors).map(([question, error]) => (
                <li key={question}>
                  <a href={`#answer-${question}`}>{t(`flow.errors.${error.key}`, error.params ?? {})}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <StepContent
          flow={flow}
          step={step}
          words={words.words}
          answers={memory.answers}
          history={memory.history}
          errors={errors}
          onAnswer={answer}
          onChange={change}
        />
        <div className="flow__actions">
          {step.kind === 'confirmation' ? (
            <button type="button" className="button button--primary" onClick={() => session.go({ name: 'home' })}>
              {t('flow.toTasks')}
            </button>
          ) : (
            <>
              <button type="button" className="button" data-back onClick={back}>
                {t('flow.back')}
              </button>
              <button type="button" className="button button--primary" onClick={next}>
                {t('flow.next')}
              </button>
            </>
          )}
        </div>
      </div>
      {step.kind === 'site' && <SitePanel url={step.url} />}
    </div>
  );
}
