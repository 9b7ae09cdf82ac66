import { parseCpr } from '../../../electron/api/cpr';

export type Kind = 'exemption' | 'resume';
export type Applicant = 'self' | 'representative' | 'guardian';
export type Step = 'intro' | 'applicant' | 'grounds' | 'details' | 'check' | 'sign' | 'verify' | 'done';

/** Everything typed so far. It lives only in the screen's memory: nothing is saved until staff verify. */
export interface ExemptionAnswers {
  kind: Kind;
  applicant: Applicant | null;
  representativeName: string;
  representativeRelation: string;
  grounds: number[] | 'not-stated';
  name: string;
  /** The CPR number as typed, until it is valid; then the ten digits, shown masked. */
  cprTyped: string;
  cpr: string | null;
  address: string;
  /** The signature drawn on screen as base64 PNG, or null. */
  signature: string | null;
  onPaper: boolean;
}

export const emptyAnswers = (): ExemptionAnswers => ({
  kind: 'exemption',
  applicant: null,
  representativeName: '',
  representativeRelation: '',
  grounds: [],
  name: '',
  cprTyped: '',
  cpr: null,
  address: '',
  signature: null,
  onPaper: false,
});

/** The steps in order for the kind of request: asking to get Digital Post again has no grounds. */
export function stepsFor(kind: Kind): Step[] {
  return kind === 'exemption'
    ? ['intro', 'applicant', 'grounds', 'details', 'check', 'sign', 'verify', 'done']
    : ['intro', 'applicant', 'details', 'check', 'sign', 'verify', 'done'];
}

/** Field id -> the error's key in the exemption words; empty when the step may be left. */
export type StepErrors = Record<string, string>;

const filled = (text: string) => text.trim().length > 0;

export function checkStep(step: Step, a: ExemptionAnswers): StepErrors {
  const errors: StepErrors = {};
  if (step === 'applicant') {
    if (!a.applicant) errors.applicant = 'errors.required';
    if (a.applicant && a.applicant !== 'self') {
      if (!filled(a.representativeName)) errors.representativeName = 'errors.required';
      if (!filled(a.representativeRelation)) errors.representativeRelation = 'errors.required';
    }
  }
  if (step === 'grounds' && a.grounds !== 'not-stated' && a.grounds.length === 0) errors.grounds = 'errors.grounds';
  if (step === 'details') {
    if (!filled(a.name)) errors.name = 'errors.required';
    if (!filled(a.address)) errors.address = 'errors.required';
    if (a.cpr === null) {
      const parsed = parseCpr(a.cprTyped);
      errors.cpr = !filled(a.cprTyped) ? 'errors.required' : parsed.ok ? '' : `errors.cpr.${parsed.problem}`;
      if (!errors.cpr) delete errors.cpr;
    }
  }
  if (step === 'sign' && !a.signature && !a.onPaper) errors.signature = 'errors.signature';
  return errors;
}
