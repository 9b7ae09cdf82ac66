import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskApi } from '../../../../electron/api/client';
import type { KioskFailure } from '../../../../electron/api/result';
import type { Period } from './period';

interface DashboardActionsProps {
  kiosk: KioskApi;
  /** The period on screen: what staff print or export is what they see. */
  period: Period;
  onFailure: (failure: KioskFailure | null) => void;
}

/** Print and CSV export. Both are recorded in the audit trail by the services first. */
export function DashboardActions({ kiosk, period, onFailure }: DashboardActionsProps) {
  const { t } = useTranslation('dashboard');
  const [savedFile, setSavedFile] = useState<string | null>(null);
  // A second press while the first is on its way would print or export twice.
  const working = useRef(false);

  const once = (action: () => Promise<void>) => () => {
    if (working.current) return;
    working.current = true;
    void action().finally(() => {
      working.current = false;
    });
  };

  const print = once(async () => {
    const recorded = await kiosk.stats.print(period);
    onFailure(recorded.ok ? null : recorded.error);
    // No print without its audit entry.
    if (recorded.ok) window.print();
  });

  const exportCsv = once(async () => {
    const result = await kiosk.stats.export(period);
    onFailure(result.ok ? null : result.error);
    setSavedFile(result.ok ? result.value.file : null);
  });

  return (
    <div className="dashboard-actions">
      <div className="dashboard-actions__buttons">
        <button type="button" className="button" onClick={print}>
          {t('actions.print')}
        </button>
        <button type="button" className="button" onClick={exportCsv}>
          {t('actions.export')}
        </button>
      </div>
      <div role="status">{savedFile && <p>{t('actions.exported', { file: savedFile })}</p>}</div>
    </div>
  );
}
