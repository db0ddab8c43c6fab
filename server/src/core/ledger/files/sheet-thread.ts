import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { FromSheetThread, ToSheetThread } from './sheet-worker.js';
import type { SheetLayout } from './sheet-xml.js';

/** What a sheet hears back from the thread that writes it. */
export interface SheetEvents {
  data(bytes: Uint8Array): void;
  ack(): void;
  closed(crc: number, size: number, digests: Uint8Array): void;
  failed(error: Error): void;
}

/**
 * The thread's young generation, in MB a semispace. The server runs with 32 MB semispaces
 * (node-flags.ts), a V8 flag every isolate of the process takes when it starts, over any resource
 * limit; the thread's short-lived rows need far less. Measured at scale L, five complaint exports
 * each: peak RSS 294 MB with 32, 272 with 16, 245 with 4, at the same speed (4.6–5.5 s each way).
 */
const THREAD_SEMI_SPACE_MB = 4;

/** The process's own semispace flag (0: V8's default), to be set back once the thread has its heap. */
function ownSemiSpaceFlag(): number {
  const args = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  const flag = args.map((a) => /^--max-semi-space-size=(\d+)$/.exec(a)).find((m) => m);
  return flag ? Number(flag[1]) : 0;
}

/** Starts a worker with a small young generation, leaving the process's own flag as it was once the worker runs. */
function withSmallYoungGeneration(start: () => Worker): Worker {
  v8.setFlagsFromString(`--max-semi-space-size=${THREAD_SEMI_SPACE_MB}`);
  const worker = start();
  const restore = () => v8.setFlagsFromString(`--max-semi-space-size=${ownSemiSpaceFlag()}`);
  worker.once('online', restore);
  worker.once('error', restore);
  return worker;
}

function startWorker(): Worker {
  const here = import.meta.url;
  return withSmallYoungGeneration(() => {
    if (!here.endsWith('.ts')) return new Worker(new URL('./sheet-worker.js', here));
    // run from the sources (the tests): the thread compiles the worker's TypeScript as it loads it, through tsx
    const tsx = pathToFileURL(
      createRequire(here)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href; // its ESM build
    const worker = new URL('./sheet-worker.ts', here).href;
    return new Worker(
      `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); })`,
      {
        eval: true,
      },
    );
  });
}

/**
 * The one thread beside the main one that builds and deflates the sheets of ledger exports (one is
 * what two cores have room for; exports at once share it). It is started when first needed, kept
 * while the process lives, and holds the process open only while a sheet is being written; if it
 * dies, the sheets it was writing fail and the next sheet starts a new one.
 */
class SheetThread {
  private readonly worker = startWorker();
  private readonly sheets = new Map<number, SheetEvents>();
  private nextId = 1;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (m: FromSheetThread) => this.heard(m));
    this.worker.on('error', (e) => this.lost(e));
    this.worker.on('exit', (code) => this.lost(new Error(`the sheet-writing thread stopped (exit code ${code})`)));
  }

  /** Opens a sheet on the thread; answers how to send it its rows and its end. */
  open(layout: SheetLayout, events: SheetEvents): (m: { op: 'rows'; blocks: string[] } | { op: 'close' }) => void {
    const id = this.nextId++;
    this.sheets.set(id, events);
    if (this.sheets.size === 1) this.worker.ref();
    this.send({ op: 'open', id, layout });
    return (m) => this.send({ ...m, id });
  }

  private send(m: ToSheetThread): void {
    this.worker.postMessage(m);
  }

  private heard(m: FromSheetThread): void {
    const sheet = this.sheets.get(m.id);
    if (!sheet) return;
    if (m.op === 'data') sheet.data(m.bytes);
    else if (m.op === 'ack') sheet.ack();
    else {
      this.forget(m.id);
      if (m.op === 'closed') sheet.closed(m.crc, m.size, m.digests);
      else sheet.failed(new Error(m.message));
    }
  }

  private forget(id: number): void {
    this.sheets.delete(id);
    if (this.sheets.size === 0) this.worker.unref();
  }

  /** Stops the thread: the sheets it was writing fail. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private lost(e: Error): void {
    if (thread === this) thread = null;
    const open = [...this.sheets.values()];
    this.sheets.clear();
    for (const sheet of open) sheet.failed(e);
  }
}

let thread: SheetThread | null = null;

/** The sheet-writing thread, started on first use. */
export const sheetThread = (): SheetThread => (thread ??= new SheetThread());

/** Stops the sheet-writing thread, if it runs (the sheets it was writing fail; the next sheet starts a new one). */
export async function stopSheetThread(): Promise<void> {
  await thread?.stop();
}
