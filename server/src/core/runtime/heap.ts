import v8 from 'node:v8';
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
 * and no slower. Answers what to call between batches.
 */
export function heapPacer(everyMs = 1000): () => void {
  let last = Date.now();
  return () => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    collectGarbage();
  };
}
