import { describe, expect, it } from 'vitest';
import { createHelpRequests } from '../../electron/services/helpRequests';
import { setLogSink } from '../../electron/services/log';
import { freshServices } from '../helpers/kioskFixture';

setLogSink(() => {});

describe('flow runs', () => {
  it('records the furthest step and the outcome, and abandons what a reset leaves open', () => {
    const services = freshServices();
    const session = services.citizenSessions.start('ar');
    const finished = services.flowRuns.start(session, 'mitid', 'ar');
    services.flowRuns.reach(finished, 3);
    services.flowRuns.reach(finished, 2);
    services.flowRuns.end(finished, 'completed');
    const left = services.flowRuns.start(session, 'change-address', 'ar');
    services.flowRuns.reach(left, 4);
    services.helpRequests.request({ sessionId: session, flowId: 'change-address', stepId: 'deadline' });
    services.citizenSessions.end(session, 'idle');

    expect(services.flowRuns.get(finished)).toMatchObject({
      furthest_step: 3,
      outcome: 'completed',
      help_requested: 0,
    });
    expect(services.flowRuns.get(left)).toMatchObject({ furthest_step: 4, outcome: 'abandoned', help_requested: 1 });
    expect(() => services.flowRuns.reach(finished, 5)).toThrow(expect.objectContaining({ code: 'flow_run_closed' }));
  });
});

describe('help requests', () => {
  it('are listed for staff until acknowledged, and the wait is measured', () => {
    let clock = 1_000_000;
    const services = freshServices();
    const requests = createHelpRequests(services.db, 'desk-2', () => clock);
    const id = requests.request({ flowId: 'mitid', stepId: 'has-mitid' });
    expect(requests.open()).toEqual([
      { id, terminalId: 'desk-2', flowId: 'mitid', stepId: 'has-mitid', requestedAt: 1_000_000 },
    ]);
    clock += 95_000;
    expect(requests.acknowledge(id)).toBe(95);
    expect(requests.open()).toEqual([]);
    expect(() => requests.acknowledge(id)).toThrow(expect.objectContaining({ code: 'help_request_answered' }));
  });
});
