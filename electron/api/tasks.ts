/**
 * The public self-service tasks the kiosk can offer (see services.md). A centre chooses which of
 * them appear on its home screen in config; each becomes a guided flow in resources/flows/.
 */
export const taskIds = [
  'read-digital-post',
  'mitid',
  'digital-post-exemption',
  'read-access',
  'change-address',
  'health-insurance-card',
  'book-passport-licence',
  'tax-assessment',
  'housing-benefit',
  'state-pension',
  'life-in-denmark',
] as const;

export type TaskId = (typeof taskIds)[number];
