import net from 'node:net';

/** The range the bench's servers listen in: BENCH_PORTS ('4400-4899' by default), so a caller can keep it clear. */
function portRange(): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(process.env.BENCH_PORTS ?? '4400-4899');
  if (!m || Number(m[1]) > Number(m[2]) || Number(m[1]) < 1024 || Number(m[2]) > 65535)
    throw new Error(`BENCH_PORTS must read like 4400-4899 (got ${process.env.BENCH_PORTS})`);
  return [Number(m[1]), Number(m[2])];
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

let next: number | null = null;

/** The next free port of the range, each handed out once per run. */
export async function nextPort(): Promise<number> {
  const [from, to] = portRange();
  next ??= from;
  for (; next <= to; next++) if (await isFree(next)) return next++;
  throw new Error(`no free port left in BENCH_PORTS ${from}-${to}`);
}
