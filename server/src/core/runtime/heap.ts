import v8 from 'node:v8';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

/** A full garbage collection, where the runtime allows it (V8's `gc`, exposed on first use). */
function collectGarbage(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/**
 * For long streaming work (exports): a full collection at most every `everyMs`. Such work allocates
 * fast, and what one batch leaves behind outlives a few scavenges and is promoted; V8 then lets the
 * old generation grow to several times what is live before it collects. Measured on the complaint
 * export at scale L: 69 MB live, RSS 150 → 340 MB without, → 196 MB with a collection every 500 ms,
 * and no slower. Answers what to call between batches, and to await when it answers a promise.
 */
export function heapPacer(everyMs = 1000): () => Promise<void> | undefined {
  let last = Date.now();
  return () => {
    const now = Date.now();
    if (now - last < everyMs) return undefined;
    last = now;
    collectGarbage();
    // the collection's pause (30–60 ms at scale L) stands alone: the next batch is formatted in a turn of its own
    return yieldToLoop();
  };
}
