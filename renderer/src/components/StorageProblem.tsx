import { useTranslation } from 'react-i18next';
import { useStorageProblem } from '../citizenSession/storageHealth';

/**
 * Says, in the screen's language, that the kiosk cannot save just now; gone once it can. An alert
 * is read out when it appears, so it is only in the page while there is something to say.
 */
export function StorageProblem() {
  const { t } = useTranslation();
  const problem = useStorageProblem();
  if (!problem) return null;
  return (
    <div role="alert" className="storage-problem">
      <p>{t(problem.messageKey)}</p>
    </div>
  );
}
