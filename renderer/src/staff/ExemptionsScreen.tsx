import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../electron/api/contract';
import type { KioskFailure } from '../../../electron/api/result';
import { useCitizenSession } from '../citizenSession/CitizenSession';
import { ScreenHeading } from '../components/ScreenHeading';
import { ExemptionDetails } from './ExemptionDetails';
import { StaffError } from './StaffError';

type Summary = ChannelOutput<'exemption.list'>['requests'][number];
type Status = Summary['status'];
const FILTERS: (Status | 'all')[] = ['requested', 'entered', 'withdrawn', 'deleted', 'all'];

/**
 * Exemption requests for staff: by status, oldest unentered flagged after 7 days. Opening one
 * shows its personal data (audited); from there it is reprinted, marked as entered in the national
 * register, or withdrawn. Selected requests are exported for the caseworker as CSV or PDF.
 */
export function ExemptionsScreen() {
  const { t, i18n } = useTranslation();
  const { kiosk } = useCitizenSession();
  const [filter, setFilter] = useState<Status | 'all'>('requested');
  const [requests, setRequests] = useState<Summary[]>([]);
  const [selected, setSelected] = useState<number[]>([]);
  const [opened, setOpened] = useState<number | null>(null);
  const [error, setError] = useState<KioskFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const refresh = useCallback(() => {
    void kiosk.exemption.list(filter === 'all' ? {} : { status: filter }).then((result) => {
      if (!result.ok) return setError(result.error);
      setRequests(result.value.requests);
      setSelected([]);
    });
  }, [kiosk, filter]);
  useEffect(refresh, [refresh]);

  const exportSelected = async (format: 'csv' | 'pdf') => {
    const result = await kiosk.exemption.export({ requestIds: selected, format });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(t('exemptions.exported', { file: result.value.file }));
  };
  const date = (ms: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(ms);
  const toggle = (id: number) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  return (
    <div className="staff-screen">
      <ScreenHeading>{t('exemptions.heading')}</ScreenHeading>
      <div role="group" aria-label={t('exemptions.filter')} className="staff-menu">
        {FILTERS.map((f) => (
          <button key={f} type="button" className="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {t(`exemptions.status.${f}`)}
          </button>
        ))}
      </div>
      <div role="status">{done && <p>{done}</p>}</div>
      <StaffError error={error} />
      {requests.length === 0 ? (
        <p>{t('exemptions.none')}</p>
      ) : (
        <table className="staff-table">
          <caption>{t('exemptions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exemptions.select')}</th>
              <th scope="col">{t('exemptions.reference')}</th>
              <th scope="col">{t('exemptions.requested')}</th>
              <th scope="col">{t('exemptions.state')}</th>
              <th scope="col">{t('exemptions.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id} data-overdue={r.overdue || undefined}>
                <td>
                  {r.status !== 'deleted' && (
                    <input
                      type="checkbox"
                      className="staff-table__select"
                      aria-label={t('exemptions.selectOne', { reference: r.reference })}
                      checked={selected.includes(r.id)}
                      onChange={() => toggle(r.id)}
                    />
                  )}
                </td>
                <th scope="row">
                  {r.reference}
                  {r.kind === 'resume' && ` (${t('exemptions.resume')})`}
                </th>
                <td>{date(r.requestedAt)}</td>
                <td>
                  {t(`exemptions.status.${r.status}`)}
                  {r.overdue && <strong className="staff-flag"> {t('exemptions.overdue')}</strong>}
                </td>
                <td>
                  {r.status !== 'deleted' && (
                    <button type="button" className="button" onClick={() => setOpened(r.id)}>
                      {t('exemptions.open', { reference: r.reference })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected.length > 0 && (
        <div className="flow__actions">
          <button type="button" className="button" onClick={() => void exportSelected('csv')}>
            {t('exemptions.exportCsv', { count: selected.length })}
          </button>
          <button type="button" className="button" onClick={() => void exportSelected('pdf')}>
            {t('exemptions.exportPdf', { count: selected.length })}
          </button>
        </div>
      )}
      {opened !== null && (
        <ExemptionDetails
          requestId={opened}
          onClose={() => setOpened(null)}
          onChanged={(message) => {
            setDone(message);
            setOpened(null);
            refresh();
          }}
        />
      )}
    </div>
  );
}
