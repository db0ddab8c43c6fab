import type {
  ObservableQuery,
  ObservableSubscription,
  OperationVariables,
  TypedDocumentNode,
} from '@apollo/client/core';
import { onScopeDispose, shallowRef, watch } from 'vue';
import { apollo } from './api';

/**
 * A query watched in the client's cache while `enabled`: its result follows every refetch (the
 * saves' afterWrite, a poll). What @vue/apollo-composable's useQuery does for these two pages, in
 * 40 lines: that library (with vue-demi) cost the first ledger page 2.7 KB gzip, which put it over
 * its 400 KB budget (bench figure 7).
 */
export function useWatchedQuery<R, V extends OperationVariables>(
  doc: TypedDocumentNode<R, V>,
  variables: () => V,
  options: () => { enabled: boolean; pollInterval?: number },
) {
  /** The answer, with the variables it answers (so a page never shows one cell's history under another's heading). */
  const result = shallowRef<{ data: R; key: string } | null>(null);
  let query: ObservableQuery<R, V> | null = null;
  let subscription: ObservableSubscription | null = null;
  const stop = () => {
    subscription?.unsubscribe();
    subscription = null;
    query = null;
  };
  watch(
    () => ({ vars: JSON.stringify(variables()), ...options() }),
    (now, before) => {
      if (before && now.vars === before.vars && now.enabled === before.enabled) return;
      stop();
      if (!now.enabled) return;
      const vars = variables();
      query = apollo.watchQuery({
        query: doc,
        variables: vars,
        fetchPolicy: 'network-only',
        pollInterval: now.pollInterval,
      });
      subscription = query.subscribe(({ data }) => {
        if (data) result.value = { data, key: now.vars };
      });
    },
    { immediate: true },
  );
  onScopeDispose(stop);
  return {
    result,
    /** Reads it again now (when it is not watched yet, `enabled` starts it). */
    refetch: () => query?.refetch(),
    /** The key of the variables asked for now, to hold against `result.key`. */
    keyNow: () => JSON.stringify(variables()),
  };
}
