import type { Readable } from 'node:stream';

/**
 * An object stream's items in arrays of `size`, taken with `read()` as long as the stream holds
 * some: one promise a batch rather than one an item (a streamed export's rows: 400,000 promises
 * for the material lines). Leaving early (a break, an error downstream) destroys the stream, as a
 * `for await` over it does.
 */
export async function* readableBatches<T>(stream: Readable, size: number): AsyncGenerator<T[]> {
  let ended = false;
  let failed: Error | null = null;
  stream.once('end', () => (ended = true));
  stream.once('error', (e: Error) => (failed = e));
  let batch: T[] = [];
  try {
    for (;;) {
      for (let item = stream.read() as T | null; item !== null; item = stream.read() as T | null) {
        batch.push(item);
        if (batch.length === size) {
          yield batch;
          batch = [];
        }
      }
      if (failed) throw failed;
      if (ended) break;
      await new Promise<void>((resolve) => {
        const go = () => {
          stream.off('readable', go);
          stream.off('end', go);
          stream.off('error', go);
          resolve();
        };
        stream.on('readable', go);
        stream.on('end', go);
        stream.on('error', go);
      });
    }
    if (batch.length) yield batch;
  } finally {
    if (!ended) stream.destroy();
  }
}
