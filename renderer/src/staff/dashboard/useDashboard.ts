import { useEffect, useState } from 'react';
import type { KioskApi } from '../../../../electron/api/client';
import type { ChannelOutput } from '../../../../electron/api/contract';
import type { KioskFailure } from '../../../../electron/api/result';
import type { Period } from './period';

export type Dashboard = ChannelOutput<'stats.dashboard'>;

interface Answer {
  period: Period;
  failure: KioskFailure | null;
}

/**
 * The statistics for a period. The last dashboard that arrived stays on screen while another
 * period loads or if it fails; it names its own period, so staff can tell which one they see.
 * Each call is written to the audit trail, hence one call per chosen period, not per keystroke.
 */
export function useDashboard(kiosk: KioskApi, period: Period) {
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    let current = true;
    void kiosk.stats.dashboard(period).then((result) => {
      // A slower answer for a period no longer chosen must not replace the newer one.
      if (!current) return;
      if (result.ok) setDashboard(result.value);
      setAnswer({ period, failure: result.ok ? null : result.error });
    });
    return () => {
      current = false;
    };
  }, [kiosk, period]);

  const answered = answer?.period === period;
  return { dashboard, loading: !answered, failure: answered ? answer.failure : null };
}
