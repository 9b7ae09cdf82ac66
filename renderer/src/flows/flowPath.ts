import type { Flow, FlowStep } from '../../../electron/api/contract';

/** A citizen's answers in one flow: per step, per question (a choice step's answer is under "choice"). */
export type FlowAnswers = Record<string, Record<string, string>>;

export function stepById(flow: Flow, id: string): FlowStep {
  const step = flow.steps.find((s) => s.id === id);
  if (!step) throw new Error(`flow ${flow.id} has no step ${id}`);
  return step;
}

/** The step after `step`, given the answers so far; null after a confirmation. */
export function successor(flow: Flow, step: FlowStep, answers: FlowAnswers): string | null {
  if (step.kind === 'confirmation') return null;
  if (step.kind === 'choice') {
    const chosen = step.options.find((o) => o.id === answers[step.id]?.choice);
    if (chosen?.next) return chosen.next;
  }
  if (step.next) return step.next;
  return flow.steps[flow.steps.indexOf(step) + 1]?.id ?? null;
}

/**
 * The steps from `from` to the end as things stand (an unanswered choice follows the flow's
 * default path), so "Step 3 of 7" can count what is still ahead.
 */
export function pathFrom(flow: Flow, from: string, answers: FlowAnswers): string[] {
  const path: string[] = [];
  for (let id: string | null = from; id && !path.includes(id); id = successor(flow, stepById(flow, id), answers)) {
    path.push(id);
  }
  return path;
}
