import { useTranslation } from 'react-i18next';
import { CountSection } from './CountSection';
import { FlowsSection } from './FlowsSection';
import { HelpSection } from './HelpSection';
import { SessionsSection } from './SessionsSection';
import { Totals } from './Totals';
import type { Dashboard } from './useDashboard';

// The accessibility settings in the order the citizen's settings screen lists them.
const settingKeys = ['largerText', 'highContrast', 'reducedMotion', 'speech'] as const;

/** Everything shown for one period, in the order the issue lists it; also what gets printed. */
export function DashboardReport({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('dashboard');
  // Ids the words do not know (a task added later) are shown as they are rather than as nothing.
  const named = (group: string, key: string, count: number) => ({
    key,
    name: t(`${group}.${key}`, { defaultValue: key }),
    count,
  });
  const { totals, settings } = dashboard;
  return (
    <div className="dashboard-report">
      <Totals dashboard={dashboard} />
      <SessionsSection perDay={dashboard.perDay} />
      <CountSection
        wordsKey="tasks"
        items={dashboard.topTasks.map((item) => named('taskNames', item.task, item.count))}
        whole={totals.flowRuns}
      />
      <CountSection
        wordsKey="topics"
        items={dashboard.assistedTopics.map((item) => named('taskNames', item.topic, item.count))}
        whole={totals.assistedSessions}
      />
      <CountSection
        wordsKey="languages"
        items={dashboard.languages.map((item) => named('languageNames', item.language, item.sessions))}
        whole={totals.sessions}
      />
      <CountSection
        wordsKey="outcomes"
        items={dashboard.outcomes.map((item) => named('outcomeNames', item.outcome, item.count))}
        whole={dashboard.outcomes.reduce((sum, item) => sum + item.count, 0)}
      />
      <FlowsSection flows={dashboard.flows} />
      <HelpSection totals={totals} />
      <CountSection
        wordsKey="settings"
        items={settingKeys.map((key) => named('settingNames', key, settings[key]))}
        whole={settings.sessions}
      />
    </div>
  );
}
