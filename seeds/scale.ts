/**
 * `npm run seed:scale -- --scale L|S [--seed N] [--sqlite DIR]`: fills the MySQL/MariaDB database named by
 * DATABASE_URL (default mysql://root@127.0.0.1:3306/serviceledger_bench), or with `--sqlite DIR` the
 * embedded SQLite file in DIR, with a deterministic data set for the benchmark. Scale L is DESIGN.md §7's:
 * 20k customers, 200k archives, 200k complaints, 100k returns, 100k reworks, 400k material lines,
 * 1M audit events.
 */
import 'reflect-metadata';
import { chainHash, GENESIS_HASH } from '../server/src/core/audit/audit-hash.js';
import { loadCalendar } from '../server/src/core/calendar/calendar.store.js';
import { deadline } from '../server/src/core/calendar/sla-clock.js';
import { addDays, localDate } from '../server/src/core/calendar/working-calendar.js';
import { openDatabase } from '../server/src/database.js';
import { HANDLING_SLA } from '../server/src/modules/complaint/complaint.rules.js';
import { seedUsers } from './demo-data.js';
import { pick, rng, weighted } from './random.js';
import { describeDb, openRaw, recreate, type BenchDb, type RawDb } from './scale-target.js';
import { mayDrop, scriptArgs } from './script-args.js';

export const SCALES = {
  L: {
    customers: 20_000,
    archives: 200_000,
    complaints: 200_000,
    returns: 100_000,
    reworks: 100_000,
    materialLines: 400_000,
    auditEvents: 1_000_000,
  },
  S: {
    customers: 400,
    archives: 4_000,
    complaints: 4_000,
    returns: 2_000,
    reworks: 2_000,
    materialLines: 8_000,
    auditEvents: 20_000,
  },
} as const;
export type ScaleName = keyof typeof SCALES;

export const DEFAULT_BENCH_URL = 'mysql://root@127.0.0.1:3306/serviceledger_bench';

/** The database a scale command works on: `--sqlite DIR` (default data/bench-sqlite), else DATABASE_URL or the bench database. */
export function benchDbFromArgs(): BenchDb {
  const i = process.argv.indexOf('--sqlite');
  if (i > 0)
    return {
      url: null,
      dataDir: process.argv[i + 1] && !process.argv[i + 1].startsWith('--') ? process.argv[i + 1] : 'data/bench-sqlite',
    };
  return { url: process.env.DATABASE_URL || DEFAULT_BENCH_URL, dataDir: '.' };
}
/** The scale data set's users (the benchmark runs the server with NODE_ENV=production, which refuses demo passwords). */
export const BENCH_PASSWORD = 'bench-password';

const CITIES = [
  '上海',
  '苏州',
  '杭州',
  '宁波',
  '南京',
  '无锡',
  '合肥',
  '武汉',
  '长沙',
  '成都',
  '重庆',
  '西安',
  '郑州',
  '济南',
  '青岛',
  '天津',
  '广州',
  '深圳',
  '东莞',
  '佛山',
];
const TRADES = ['精密机械', '汽车零部件', '食品', '包装', '纺织', '电子', '塑胶制品', '医药', '家具', '五金', '化工'];
const FAULTS = [
  '设备运行时异响',
  '排气温度过高，频繁停机',
  '变频器报过流故障',
  '露点偏高，压缩空气含水',
  '油气分离器漏油',
  '压力上不去',
  '控制面板黑屏',
  '电机轴承发热',
  '配件到货延误',
  '服务工程师未按约定上门',
];
const MODELS = ['KY200', 'KY350', 'LG50', 'XD12', 'BP75', 'GL30'];
const STATUSES = [
  ['CLOSED', 70],
  ['CALLBACK', 5],
  ['RESPONDED', 5],
  ['INVESTIGATING', 6],
  ['ACKNOWLEDGED', 5],
  ['RECEIVED', 4],
  ['REJECTED', 3],
  ['WITHDRAWN', 2],
] as const;
const ANALYZED = [
  'product_model',
  'material_requisition',
  'requisition_line',
  'customer',
  'service_archive',
  'complaint',
  'return_order',
  'rework_order',
  'material_line',
  'audit_event',
];
const BASE = ['version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy'];

async function bulk(
  conn: RawDb,
  table: string,
  columns: string[],
  count: number,
  row: (i: number) => unknown[],
): Promise<void> {
  const started = Date.now();
  const chunk = 2000;
  for (let i = 0; i < count; i += chunk) {
    const rows: unknown[][] = [];
    for (let j = i; j < Math.min(count, i + chunk); j++) rows.push(row(j));
    await conn.insert(table, columns, rows);
    if ((i / chunk) % 25 === 0 || i + chunk >= count)
      process.stdout.write(`\r  ${table}: ${Math.min(count, i + chunk).toLocaleString()} / ${count.toLocaleString()}`);
  }
  const s = (Date.now() - started) / 1000;
  process.stdout.write(
    `\r  ${table}: ${count.toLocaleString()} rows in ${s.toFixed(1)} s (${Math.round(count / Math.max(s, 0.001)).toLocaleString()} rows/s)\n`,
  );
}

/** Whether the database already holds this scale (a marker row in number_sequence). */
export async function scaleLoaded(db: BenchDb, scale: ScaleName): Promise<boolean> {
  try {
    const conn = openRaw(db, 1);
    const rows = await conn
      .rows('SELECT `last` FROM `number_sequence` WHERE `name` = ?', [`SCALE-${scale}`])
      .finally(() => conn.end());
    return rows.length > 0;
  } catch {
    return false;
  }
}

export async function seedScale(db: BenchDb, scale: ScaleName, seed = 42): Promise<number> {
  const n = SCALES[scale];
  const started = Date.now();
  await recreate(db);
  console.log(`scale ${scale} into ${describeDb(db)} (seed ${seed})`);
  const ds = await openDatabase({ databaseUrl: db.url, dataDir: db.dataDir });
  const users = await seedUsers(ds, BENCH_PASSWORD);
  const clerk = users.get('clerk')!.id;
  const cal = await loadCalendar(ds.manager, '2019-01-01', '2030-12-31');
  await ds.destroy();

  const r = rng(seed);
  const conn = openRaw(db, 1);
  await conn.rows(
    conn.kind === 'mysql' ? 'SET unique_checks = 0, foreign_key_checks = 0' : 'PRAGMA foreign_keys = OFF',
  );
  const now = new Date('2026-11-01T02:00:00Z');
  const fiveYears = 5 * 365 * 86_400_000;
  const at = (frac: number) => new Date(now.getTime() - fiveYears + frac * fiveYears);
  const base = (t: Date) => [1, t, clerk, t, clerk];
  const depts = await conn.rows(
    "SELECT `id` FROM `department` WHERE `name` IN ('品质部', '生产部', '客户服务部') ORDER BY `id`",
  );
  const deptIds = depts.map((d) => Number(d.id));

  await bulk(conn, 'product_model', [...BASE, 'code', 'name', 'category', 'active'], MODELS.length, (i) => [
    ...base(now),
    MODELS[i],
    `SL-${MODELS[i]}`,
    i === 2 || i === 3 ? '干燥机' : '空压机',
    true,
  ]);
  await bulk(
    conn,
    'warranty_policy',
    [
      ...BASE,
      'modelId',
      'modelCode',
      'modelName',
      'warrantyMonths',
      'startBasis',
      'consumerSanbao',
      'returnDays',
      'exchangeDays',
      'inspectionMonths',
    ],
    MODELS.length,
    (i) => [
      ...base(now),
      i + 1,
      MODELS[i],
      `SL-${MODELS[i]}`,
      [12, 18, 12, 24, 12, 6][i],
      i % 2 ? 'ACCEPTANCE' : 'INVOICE',
      i === 2 || i === 5,
      7,
      15,
      '1,3,6,12',
    ],
  );
  const tiers = ['KEY', 'LONG_TERM', 'REGULAR'];
  await bulk(
    conn,
    'customer',
    [...BASE, 'code', 'name', 'tier', 'region', 'contactName', 'phone'],
    n.customers,
    (i) => [
      ...base(at(r() * 0.2)),
      `C${String(i + 1).padStart(6, '0')}`,
      `${pick(r, CITIES)}${pick(r, TRADES)}${i}号有限公司`,
      weighted(r, [
        [tiers[0], 1],
        [tiers[1], 2],
        [tiers[2], 5],
      ]),
      pick(r, CITIES),
      '联系人',
      `138${String(i).padStart(8, '0')}`,
    ],
  );
  // skewed: a few customers own many units
  const archiveCustomer = new Int32Array(n.archives);
  const archiveInvoice: string[] = [];
  await bulk(
    conn,
    'service_archive',
    [...BASE, 'archiveNo', 'customerId', 'policyId', 'modelId', 'serialNo', 'invoiceDate', 'acceptanceDate'],
    n.archives,
    (i) => {
      const c = 1 + Math.floor(Math.pow(r(), 2.2) * n.customers);
      archiveCustomer[i] = c;
      const inv = at((i + r()) / n.archives);
      archiveInvoice[i] = localDate(inv);
      return [
        ...base(inv),
        `DA-${inv.getUTCFullYear()}-${String(i + 1).padStart(7, '0')}`,
        c,
        1 + (i % MODELS.length),
        1 + (i % MODELS.length),
        `${MODELS[i % MODELS.length]}-${String(i + 1).padStart(7, '0')}`,
        archiveInvoice[i],
        addDays(archiveInvoice[i], 5),
      ];
    },
  );
  const scopes = ['DEPARTMENT', 'CROSS_DEPARTMENT', 'CROSS_REGION'];
  let yearSeq = new Map<string, number>();
  // the same customer about the same unit within 90 days is a repeat (what the complaint hook marks on save);
  // complaints are generated in time order, so the unit's previous complaint is the last one seen
  const lastAbout = new Map<number, number>();
  await bulk(
    conn,
    'complaint',
    [
      ...BASE,
      'complaintNo',
      'receivedAt',
      'channel',
      'customerId',
      'archiveId',
      'anonymous',
      'modelId',
      'serialNo',
      'receiver',
      'kind',
      'causeCategory',
      'description',
      'handlingScope',
      'dueAt',
      'replyDueAt',
      'deadlineProvisional',
      'responsibleDeptId',
      'status',
      'escalated',
      'reopenCount',
      'isRepeat',
      'closedAt',
    ],
    n.complaints,
    (i) => {
      const got = at((i + r()) / n.complaints);
      const year = String(got.getUTCFullYear());
      const seq = (yearSeq.get(year) ?? 0) + 1;
      yearSeq.set(year, seq);
      const a = Math.floor(r() * n.archives);
      const scope = pick(r, scopes);
      const due = deadline(got, HANDLING_SLA[scope], cal);
      const status = weighted(r, STATUSES);
      const closed = ['CLOSED', 'REJECTED', 'WITHDRAWN'].includes(status)
        ? new Date(got.getTime() + (1 + r() * 6) * 86_400_000)
        : null;
      const previous = lastAbout.get(a);
      lastAbout.set(a, got.getTime());
      const repeat = previous !== undefined && got.getTime() - previous <= 90 * 86_400_000;
      return [
        ...base(got),
        `TS-${year}-${String(seq).padStart(6, '0')}`,
        got,
        pick(r, ['HOTLINE', 'PHONE', 'EMAIL', 'VISIT', 'LETTER']),
        archiveCustomer[a],
        a + 1,
        false,
        1 + (a % MODELS.length),
        `${MODELS[a % MODELS.length]}-${String(a + 1).padStart(7, '0')}`,
        '王丽',
        weighted(r, [
          ['APPEAL', 6],
          ['CLAIM', 2],
          ['NON_QUALITY', 2],
        ]),
        weighted(r, [
          ['QUALITY', 6],
          ['WORK_ERROR', 2],
          ['SERVICE_ATTITUDE', 2],
        ]),
        pick(r, FAULTS),
        scope,
        due.at,
        new Date(got.getTime() + 7 * 86_400_000),
        due.provisional,
        pick(r, deptIds),
        status,
        r() < 0.05,
        0,
        repeat,
        closed,
      ];
    },
  );
  for (const [year, last] of yearSeq)
    await conn.rows('INSERT INTO `number_sequence` (`name`, `last`) VALUES (?, ?)', [`TS-${year}`, last]);
  yearSeq = new Map();
  await bulk(
    conn,
    'return_order',
    [
      ...BASE,
      'orderNo',
      'archiveId',
      'modelId',
      'customerId',
      'complaintId',
      'type',
      'qtyClaimed',
      'qtyCounted',
      'receivedAt',
      'fault',
      'warrantyDecision',
      'decisionReason',
      'fee',
      'status',
      'completedAt',
    ],
    n.returns,
    (i) => {
      const a = Math.floor(r() * n.archives);
      const got = at((i + r()) / n.returns);
      const inWarranty = r() < 0.7;
      return [
        ...base(got),
        `TH-${got.getUTCFullYear()}-${String(i + 1).padStart(7, '0')}`,
        a + 1,
        1 + (a % MODELS.length),
        archiveCustomer[a],
        r() < 0.6 ? 1 + Math.floor(r() * n.complaints) : null,
        weighted(r, [
          ['REPAIR', 8],
          ['EXCHANGE', 1.5],
          ['RETURN', 0.5],
        ]),
        1,
        1,
        got,
        pick(r, FAULTS),
        inWarranty ? 'FREE_REPAIR' : 'CHARGED_REPAIR',
        inWarranty ? '在保修期内：免费维修' : '已过保修期：收费维修',
        inWarranty ? 0 : 500,
        'CLOSED',
        new Date(got.getTime() + 12 * 86_400_000),
      ];
    },
  );
  await bulk(
    conn,
    'rework_order',
    [
      ...BASE,
      'reworkNo',
      'returnOrderId',
      'archiveId',
      'modelId',
      'qty',
      'defect',
      'inspector',
      'inspectionResult',
      'defectCause',
      'partsNeeded',
      'labourHours',
      'labourRate',
      'status',
      'finalResult',
      'finalInspectedAt',
      'feedbackAt',
    ],
    n.reworks,
    (i) => {
      const t = at((i + r()) / n.reworks);
      const a = Math.floor(r() * n.archives);
      return [
        ...base(t),
        `FG-${t.getUTCFullYear()}-${String(i + 1).padStart(7, '0')}`,
        i + 1,
        a + 1,
        1 + (a % MODELS.length),
        1,
        pick(r, FAULTS),
        '陈刚',
        '确认部件损坏',
        pick(r, ['MATERIAL', 'ASSEMBLY', 'SETTING', 'WEAR']),
        true,
        1 + Math.round(r() * 10) / 2,
        80,
        'DONE',
        '试机合格',
        new Date(t.getTime() + 8 * 86_400_000),
        new Date(t.getTime() + 9 * 86_400_000),
      ];
    },
  );
  // what production issued: most added parts, on one issued requisition per rework
  const issued: Array<[number, string, number, number]> = [];
  await bulk(
    conn,
    'material_line',
    [...BASE, 'reworkOrderId', 'partNo', 'partName', 'qty', 'unitCost', 'action'],
    n.materialLines,
    (i) => {
      const line = [
        1 + Math.floor((i / n.materialLines) * n.reworks),
        `P-${String(Math.floor(r() * 500)).padStart(4, '0')}`,
        pick(r, ['轴承', '分离器芯', '电磁阀', '控制板', '滤芯']),
        1 + Math.floor(r() * 3),
        Math.round(r() * 3000),
        weighted(r, [
          ['ADD', 6],
          ['RECYCLE', 3],
          ['REMOVE', 1],
        ]),
      ] as const;
      if (line[5] === 'ADD' && r() < 0.8) issued.push([line[0], line[1], line[3], line[4]]);
      return [...base(at(r())), ...line];
    },
  );
  await bulk(
    conn,
    'material_requisition',
    [...BASE, 'reqNo', 'reworkOrderId', 'warehouse', 'status'],
    n.reworks,
    (i) => [...base(now), `LL-S-${String(i + 1).padStart(7, '0')}`, i + 1, '备件仓', 'ISSUED'],
  );
  await bulk(
    conn,
    'requisition_line',
    [...BASE, 'requisitionId', 'reworkOrderId', 'partNo', 'qtyRequested', 'qtyIssued', 'unitCost'],
    issued.length,
    (i) => {
      const [rework, part, qty, cost] = issued[i];
      return [...base(now), rework, rework, part, qty, qty, cost];
    },
  );
  // the chain goes on from what opening the database wrote (the official calendar, the users' departments)
  const heads = await conn.rows('SELECT `seq`, `hash` FROM `audit_head` WHERE `id` = 1');
  const first = heads.length ? Number(heads[0].seq) : 0;
  let prev = heads.length ? heads[0].hash : GENESIS_HASH;
  const entities = ['complaint', 'customer', 'serviceArchive', 'returnOrder', 'reworkOrder'];
  await bulk(
    conn,
    'audit_event',
    [
      'seq',
      'at',
      'userId',
      'action',
      'entity',
      'entityId',
      'field',
      'oldValue',
      'newValue',
      'batchId',
      'reason',
      'prevHash',
      'hash',
    ],
    n.auditEvents,
    (i) => {
      const e = {
        seq: first + i + 1,
        at: at(i / n.auditEvents),
        userId: clerk,
        action: i % 7 ? 'UPDATE' : 'CREATE',
        entity: pick(r, entities),
        entityId: 1 + Math.floor(r() * n.complaints),
        field: 'remark',
        oldValue: null,
        newValue: `备注 ${i}`,
        batchId: `scale-${Math.floor(i / 10)}`,
        reason: null,
      };
      const hash = chainHash(e, prev);
      const row = [
        e.seq,
        e.at,
        e.userId,
        e.action,
        e.entity,
        e.entityId,
        e.field,
        e.oldValue,
        e.newValue,
        e.batchId,
        e.reason,
        prev,
        hash,
      ];
      prev = hash;
      return row;
    },
  );
  await conn.rows('REPLACE INTO `audit_head` (`id`, `seq`, `hash`) VALUES (1, ?, ?)', [first + n.auditEvents, prev]);
  await conn.rows('INSERT INTO `number_sequence` (`name`, `last`) VALUES (?, 1)', [`SCALE-${scale}`]);
  await conn.rows(conn.kind === 'mysql' ? `ANALYZE TABLE ${ANALYZED.map((t) => `\`${t}\``).join(', ')}` : 'ANALYZE');
  await conn.end();
  const secs = (Date.now() - started) / 1000;
  console.log(`scale ${scale} loaded in ${secs.toFixed(0)} s`);
  return secs;
}

export const SCALE_USAGE = `npm run seed:scale -- [--scale L|S] [--seed N] [--sqlite [DIR]] [--yes]

Drops and refills the benchmark database with a deterministic data set:
  MySQL/MariaDB at DATABASE_URL, else ${DEFAULT_BENCH_URL} (this one only with --yes),
  or with --sqlite the embedded SQLite file in DIR (default data/bench-sqlite).
  --scale  L (DESIGN.md §7: 200k complaints, 1M audit events) or S (a fiftieth), default S
  --seed   the random seed, default 42
  --yes    drop the default database without DATABASE_URL naming it`;

if (/scale\.[jt]s$/.test(process.argv[1] ?? '')) {
  const args = scriptArgs({
    usage: SCALE_USAGE,
    flags: { scale: 'value', seed: 'value', sqlite: 'optional-value', yes: 'bool' },
  });
  const scale = String(args.scale ?? 'S').toUpperCase() as ScaleName;
  if (!(scale in SCALES)) {
    console.error('--scale must be L or S');
    process.exit(2);
  }
  const db = benchDbFromArgs();
  if (!mayDrop(args)) {
    console.error(`this drops and refills ${describeDb(db)}: name the database in DATABASE_URL, or add --yes`);
    process.exit(2);
  }
  seedScale(db, scale, Number(args.seed ?? '42')).then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
