import { ref, watch } from 'vue';
import { currentUser, run } from './api';
import { MyOperationsDocument } from './generated/operations/graphql';

// the mutations the signed-in role may run, asked once per sign-in (reference data: cache-first)
const operations = ref<ReadonlySet<string> | null>(null);

/** Whether the signed-in user may run `mutation`; false until known, so nothing is offered that would be refused. */
export function useMayRun(): (mutation: string) => boolean {
  if (!operations.value)
    void run(MyOperationsDocument, {}).then((r) => (operations.value = new Set(r.data?.myOperations ?? [])));
  return (mutation) => !!operations.value?.has(mutation);
}

// another user may sign in next: forget them at every change of user
watch(currentUser, () => (operations.value = null));
