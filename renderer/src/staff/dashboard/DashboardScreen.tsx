import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskApi } from '../../../../electron/api/client';
import type { KioskFailure } from '../../../../electron/api/result';
import { ScreenHeading } from '../../components/ScreenHeading';
import { DashboardActions } from './DashboardActions';
import { DashboardReport } from './DashboardReport';
import { PeriodControls } from './PeriodControls';
import { presetPeriod, type Period } from './period';
import { useDashboard } from './useDashboard';
import './dashboard.css';

/**
 * For staff: how the kiosk was used in a chosen period, as figures, charts and tables, printable
 * and exportable as CSV. Anonymous counts only; opening, printing and exporting are audited.
 */
export function DashboardScreen({ kiosk }: { kiosk: KioskApi }) {
  const { t } = useTranslation('dashboard');
  const [period, setPeriod] = useState(() => presetPeriod('last30Days'));
  const { dashboard, loading, failure } = useDashboard(kiosk, period);
  const [actionFailure, setActionFailure] = useState<KioskFailure | null>(null);
  const shownFailure = actionFailure ?? failure;

  const choose = (next: Period) => {
    setActionFailure(null);
    setPeriod(next);
  };

  return (
    <div className="dashboard">
      <ScreenHeading>{t('heading')}</ScreenHeading>
      <p className="lead">{t('intro')}</p>
      <PeriodControls chosen={period} onChoose={choose} />
      <div role="alert">
        {shownFailure && (
          <p className="dashboard-failure">
            {/* Most API errors are the kiosk's own words; staff-only ones carry their namespace ("staff:…"). */}
            {t(shownFailure.messageKey, { ns: 'kiosk', ...shownFailure.params, defaultValue: t('failed') })}
          </p>
        )}
      </div>
      <p role="status" className="dashboard-loading">
        {loading ? t('loading') : ''}
      </p>
      {dashboard && (
        <>
          <DashboardActions
            kiosk={kiosk}
            period={{ from: dashboard.from, to: dashboard.to }}
            onFailure={setActionFailure}
          />
          <DashboardReport dashboard={dashboard} />
        </>
      )}
    </div>
  );
}
