import { useTranslation } from 'react-i18next';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { ExemptionCheck, type Verification } from '../staff/ExemptionCheck';
import { StaffArea } from '../staff/StaffArea';
import type { ExemptionAnswers } from './exemptionAnswers';

export type { Verification };

/** What the citizen reads while staff check: in the citizen's language. */
function ForTheCitizen() {
  const { t } = useTranslation('exemption');
  const { language } = useCitizenSession();
  return (
    <div className="exemption__for-citizen" lang={language}>
      <ScreenHeading>{t('verify.heading')}</ScreenHeading>
      <p>{t('verify.intro')}</p>
      <p>{t('verify.documents')}</p>
    </div>
  );
}

/** The step: the citizen's explanation, and the staff check beside it in the staff language. */
export function VerifyStep(props: {
  answers: ExemptionAnswers;
  error: KioskFailure | null;
  onVerify(verification: Verification): void;
}) {
  // The receipt's words name the documents in the citizen's language, for staff to show on request.
  const { t } = useTranslation('exemption-receipt');
  const { language } = useCitizenSession();
  return (
    <div className="exemption__verify">
      <ForTheCitizen />
      <StaffArea className="staff-area">
        <ExemptionCheck {...props} citizen={{ language, say: (key) => t(key) }} />
      </StaffArea>
    </div>
  );
}
