import { useEffect, useState } from 'react';
import type { KioskApi } from '../../../electron/api/client';
import type { LanguageCode } from '../../../electron/api/languages';
import type { TaskId } from '../../../electron/api/tasks';

export type FlowWords = (key: string) => string;

// Flow words are public text, the same for every citizen: fetched once per flow and language.
const fetched = new Map<string, FlowWords>();

function lookup(words: unknown, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>(
      (at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined),
      words,
    );
  return typeof value === 'string' ? value : key;
}

/**
 * A flow's words in the screen's language, fetched from the services (they live beside the flow
 * files, so a centre can add a flow without rebuilding the kiosk). The start checked that every
 * enabled language has every word a flow needs.
 */
export function useFlowWords(kiosk: KioskApi, flowId: TaskId, language: LanguageCode) {
  const wanted = `${flowId}/${language}`;
  const [state, setState] = useState<{ key: string; words: FlowWords | null; failed: boolean }>(() => ({
    key: wanted,
    words: fetched.get(wanted) ?? null,
    failed: false,
  }));

  useEffect(() => {
    if (fetched.has(wanted)) return;
    let current = true;
    void kiosk.flows.words({ flowId, language }).then((result) => {
      if (result.ok) fetched.set(wanted, (key) => lookup(result.value.words, key));
      if (current) setState({ key: wanted, words: fetched.get(wanted) ?? null, failed: !result.ok });
    });
    return () => {
      current = false;
    };
  }, [kiosk, flowId, language, wanted]);

  const cached = fetched.get(wanted);
  if (cached) return { key: wanted, words: cached, failed: false };
  return state.key === wanted ? state : { key: wanted, words: null, failed: false };
}
