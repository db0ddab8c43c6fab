import type { DataSource } from 'typeorm';
import { newBatchId } from '../server/src/core/audit/audit-trail.js';
import { inTransaction } from '../server/src/core/db/transaction.js';
import { findByField, findByIds, readKeys } from '../server/src/core/ledger/query/ledger-store.js';
import type { Row, SaveContext } from '../server/src/core/ledger/schema/ledger.types.js';
import { moveBalance } from '../server/src/core/ledger/write/balance.js';
import { batchSave, type Actor } from '../server/src/core/ledger/write/batch-save.js';
import { commitAudit, insertAudited, updateAudited, writeContext } from '../server/src/core/ledger/write/row-writer.js';
import { serviceArchiveLedger } from '../server/src/modules/archive/service-archive.ledger.js';
import { customerLedger } from '../server/src/modules/customer/customer.ledger.js';
import { productModelLedger } from '../server/src/modules/product/product-model.ledger.js';
import { faultSolutionLedger } from '../server/src/modules/field-service/fault-solution.ledger.js';
import { completeFromUnit } from '../server/src/modules/field-service/field-service.hooks.js';
import { withDueTimes } from '../server/src/modules/field-service/service-request.rules.js';
import { serviceRequestLedger } from '../server/src/modules/field-service/service-request.ledger.js';
import { serviceVisitLedger } from '../server/src/modules/field-service/service-visit.ledger.js';
import {
  partMovementLedger,
  partStockLedger,
  sparePartLedger,
  stockLocationLedger,
} from '../server/src/modules/field-service/spare-part.ledgers.js';
import { technicianLedger } from '../server/src/modules/field-service/technician.ledger.js';
import { INSPECTED_PARTS, returnFaultyPart, type FaultyPartStory } from './demo-faulty-parts.js';
import { pick, rng, weighted } from './random.js';

type DemoUser = { id: number; displayName: string; role: string };
const actorOf = (u: DemoUser): Actor => ({ userId: u.id, role: u.role, displayName: u.displayName });

/** Stations and their technicians; 武汉 covers the most ground and is the slow one of the story. */
const TECHNICIANS = [
  ['JS001', '张伟', '上海服务站', '上海', 'KY200、KY350、BP75、空压机', 'tech'],
  ['JS002', '李强', '上海服务站', '上海', 'XD12、LG50、干燥机', null],
  ['JS003', '王磊', '苏州服务站', '苏州', '空压机、干燥机', null],
  ['JS004', '刘洋', '杭州服务站', '杭州', 'KY200、BP75、空压机、过滤器', null],
  ['JS005', '陈杰', '武汉服务站', '武汉', '空压机、干燥机', null],
  ['JS006', '赵鹏', '广州服务站', '广州', 'BP75、KY350、空压机', null],
] as const;

/** Which station a customer's city is served from. */
const STATION_OF_CITY: Record<string, string> = {
  上海: 'JS001',
  苏州: 'JS003',
  无锡: 'JS003',
  南京: 'JS003',
  合肥: 'JS003',
  杭州: 'JS004',
  宁波: 'JS004',
  厦门: 'JS004',
  福州: 'JS004',
  广州: 'JS006',
  深圳: 'JS006',
  东莞: 'JS006',
  佛山: 'JS006',
};

const PARTS = [
  ['BJ-KY-KL01', '空气滤芯', 'KY200、KY350、BP75', 85, 10],
  ['BJ-KY-YL01', '机油滤芯', 'KY200、KY350、BP75', 120, 10],
  ['BJ-KY-YF01', '油气分离器', 'KY200、KY350', 680, 4],
  ['BJ-BP-BPQ1', '变频器驱动板', 'BP75', 2400, 2],
  ['BJ-XD-QHF1', '吸附塔切换阀', 'XD12', 950, 4],
  ['BJ-LG-WK01', '冷干机温控器', 'LG50', 260, 3],
  ['BJ-TY-ZC01', '电机轴承', '空压机', 340, 6],
  ['BJ-TY-MF01', '密封圈套件', '空压机、干燥机', 45, 20],
] as const;

/** Faults per model, with the part a fix usually takes. */
const FAULTS = [
  [
    'GZ-001',
    'KY200、KY350',
    '排气温度过高，频繁停机报警',
    '空气滤芯堵塞，散热不良',
    '更换空气滤芯，清洗冷却器',
    'BJ-KY-KL01',
  ],
  ['GZ-002', 'KY200、KY350', '油气分离器漏油，压缩空气含油量大', '分离器滤芯破损', '更换油气分离器', 'BJ-KY-YF01'],
  ['GZ-003', 'BP75', '变频器报过流故障，无法启动', '驱动板损坏', '更换变频器驱动板并重设参数', 'BJ-BP-BPQ1'],
  ['GZ-004', 'XD12', '干燥机切换阀卡死，露点升高', '切换阀阀芯磨损', '更换吸附塔切换阀', 'BJ-XD-QHF1'],
  ['GZ-005', 'LG50', '冷干机露点偏高，压缩空气含水', '温控器失灵', '更换温控器，检查冷媒压力', 'BJ-LG-WK01'],
  ['GZ-006', '空压机', '电机轴承发热，运行异响', '轴承润滑不良或磨损', '更换电机轴承，按周期加注润滑脂', 'BJ-TY-ZC01'],
  ['GZ-007', '空压机、干燥机', '管路接头漏气，压力上不去', '密封圈老化', '更换密封圈套件，紧固接头', 'BJ-TY-MF01'],
  ['GZ-008', '空压机', '控制面板黑屏无显示', '控制电源保险丝熔断', '更换保险丝，检查电源电压', null],
  [
    'GZ-009',
    'KY200、KY350、BP75',
    '机油消耗快，需频繁加油',
    '机油滤芯堵塞，回油不畅',
    '更换机油滤芯，疏通回油管',
    'BJ-KY-YL01',
  ],
] as const;

const MODEL_FAULTS: Record<string, number[]> = {
  KY200: [0, 1, 5, 6, 7, 8],
  KY350: [0, 1, 5, 6, 8],
  BP75: [2, 5, 6, 8],
  XD12: [3, 3, 3, 6],
  LG50: [4, 6],
  GL30: [6],
};

const HOUR = 3_600_000;

/** A value the story put there: missing means the story itself is wrong. */
function got<K, V>(m: ReadonlyMap<K, V>, k: K): V {
  const v = m.get(k);
  if (v === undefined) throw new Error(`demo field service: no ${String(k)}`);
  return v;
}

const OPEN_TODAY = [
  { hoursAgo: 30, stage: 'DISPATCHED', technician: 'JS005' },
  { hoursAgo: 20, stage: 'DISPATCHED', technician: 'JS001' },
  { hoursAgo: 9, stage: 'DISPATCHED', technician: 'JS001' },
  { hoursAgo: 6, stage: 'ON_SITE', technician: 'JS003' },
  { hoursAgo: 3, stage: 'RECEIVED', technician: '' },
  { hoursAgo: 0.5, stage: 'RECEIVED', technician: '' },
] as const;

/**
 * Field service of the demo: five stations and six technicians (张伟 signs in as `tech`), spare parts
 * in the central warehouse and on each van, a knowledge base of nine faults, and 18 months of repair
 * requests told consistently — 武汉服务站 covers the most ground and arrives late more often; the
 * XD12 switching valve ran short in spring, so its repairs then took a second visit.
 */
export async function seedFieldService(
  ds: DataSource,
  users: Map<string, DemoUser>,
  now: Date,
  r: () => number,
): Promise<string> {
  const clerk = got(users, 'clerk');
  const pmc = got(users, 'pmc');
  const must = <T extends { ok: boolean; errors: unknown[] }>(x: T, what: string): T => {
    if (!x.ok) throw new Error(`demo ${what}: ${JSON.stringify(x.errors).slice(0, 400)}`);
    return x;
  };
  must(
    await batchSave(ds, technicianLedger, actorOf(clerk), {
      creates: TECHNICIANS.map(([code, name, station, region, skills, username], i) => ({
        ref: `t${i}`,
        values: { code, name, station, region, skills, username, phone: `1390000${String(i + 1).padStart(4, '0')}` },
      })),
    }),
    'technicians',
  );
  must(
    await batchSave(ds, stockLocationLedger, actorOf(clerk), {
      creates: [
        { ref: 'wh', values: { code: 'CK-01', name: '总部备件库', kind: 'WAREHOUSE' } },
        { ref: 'qa', values: { code: 'PZ-01', name: '品质部待检（旧件）', kind: 'QA' } },
        ...TECHNICIANS.map(([code, name]) => ({
          ref: code,
          values: { code: `CL-${code.slice(2)}`, name: `${name}随车`, kind: 'VAN', technician: code },
        })),
      ],
    }),
    'locations',
  );
  must(
    await batchSave(ds, sparePartLedger, actorOf(pmc), {
      creates: PARTS.map(([partNo, name, fits, unitCost, minLevel]) => ({
        ref: partNo,
        values: { partNo, name, fits, unitCost, minLevel },
      })),
    }),
    'parts',
  );
  must(
    await batchSave(ds, faultSolutionLedger, actorOf(got(users, 'quality')), {
      creates: FAULTS.map(([code, appliesTo, symptom, cause, solution]) => ({
        ref: code,
        values: { code, appliesTo, symptom, cause, solution },
      })),
    }),
    'knowledge base',
  );
  return inTransaction(ds, (em) => seedRequests(em, users, now, r));
}

async function seedRequests(
  em: SaveContext['em'],
  users: Map<string, DemoUser>,
  now: Date,
  r: () => number,
): Promise<string> {
  const audit: SaveContext['audit'] = [];
  // every step of the story queues on one audit list, committed once at its end
  const ctxOf = (u: DemoUser, at: Date): SaveContext => ({
    ...writeContext(em, { userId: u.id, role: u.role, displayName: u.displayName }, at, newBatchId()),
    audit,
  });
  const clerk = got(users, 'clerk');
  const pmc = got(users, 'pmc');
  const tech = got(users, 'tech');
  const techs = new Map(
    (
      await findByField(
        em,
        technicianLedger,
        'code',
        TECHNICIANS.map((t) => t[0]),
      )
    ).map((t) => [String(t.code), t]),
  );
  const locations = new Map(
    (await findByField(em, stockLocationLedger, 'kind', ['WAREHOUSE', 'VAN', 'QA'])).map((l) => [String(l.code), l]),
  );
  const parts = new Map(
    (
      await findByField(
        em,
        sparePartLedger,
        'partNo',
        PARTS.map((p) => p[0]),
      )
    ).map((p) => [String(p.partNo), p]),
  );
  const faults = new Map(
    (
      await findByField(
        em,
        faultSolutionLedger,
        'code',
        FAULTS.map((f) => f[0]),
      )
    ).map((f) => [String(f.code), f]),
  );
  const warehouse = got(locations, 'CK-01');
  const start = new Date(now.getTime() - 548 * 86_400_000);
  const springYear =
    new Date(now.getTime() + 8 * HOUR).getUTCMonth() >= 4 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const inSpring = (at: Date) => at.getUTCFullYear() === springYear && [2, 3].includes(at.getUTCMonth());

  // 张伟 files his own reports on the phone; the other technicians' paper reports are typed by the office
  const whoFor = (t: Row) => (t.code === 'JS001' ? tech : clerk);
  const move = async (
    at: Date,
    kind: string,
    partNo: string,
    qty: number,
    from: Row | null,
    to: Row | null,
    extra: Record<string, unknown> = {},
  ) => {
    const ctx = ctxOf(kind === 'CONSUME' ? (from?.technicianId === got(techs, 'JS001').id ? tech : clerk) : pmc, at);
    const part = got(parts, partNo);
    for (const [loc, delta] of [
      [from, -qty],
      [to, qty],
    ] as const) {
      if (!loc || (kind === 'RECEIPT' && delta < 0) || (kind === 'CONSUME' && delta > 0)) continue;
      const moved = await moveBalance(
        ctx,
        partStockLedger,
        'qty',
        { keys: { locationId: loc.id, partId: part.id }, delta },
        'STOCK_MOVE',
      );
      if (!moved) return false;
    }
    await insertAudited(ctx, partMovementLedger, {
      movedAt: at,
      kind,
      partId: part.id,
      qty,
      fromLocationId: from?.id ?? null,
      toLocationId: to?.id ?? null,
      ...extra,
    });
    return true;
  };
  // opening stock, and each van's kit; the XD12 valve is bought in small lots
  for (const [partNo, , , , min] of PARTS)
    await move(start, 'RECEIPT', partNo, partNo === 'BJ-XD-QHF1' ? 6 : min * 6, null, warehouse);
  const restock = async (at: Date, van: Row, partNo: string) => {
    if (inSpring(at) && partNo === 'BJ-XD-QHF1') return false; // 缺件: none to be had in spring
    if (!(await move(at, 'ISSUE', partNo, 2, warehouse, van)))
      return (await move(at, 'RECEIPT', partNo, 10, null, warehouse)) && move(at, 'ISSUE', partNo, 2, warehouse, van);
    return true;
  };

  const quality = got(users, 'quality');
  const story: FaultyPartStory = {
    ctxOf: (who, at) => ctxOf(who === 'pmc' ? pmc : quality, at),
    qaShelf: got(locations, 'PZ-01'),
    now,
    r: rng(20260428), // its own sequence: the faulty parts do not reshuffle the rest of the story
    inSpring,
  };

  const customers = await findByField(em, customerLedger, 'tier', ['KEY', 'LONG_TERM', 'REGULAR']);
  const archives = (
    await findByField(
      em,
      serviceArchiveLedger,
      'customerId',
      customers.map((c) => c.id),
    )
  ).filter((a) => String(a.invoiceDate) < start.toISOString().slice(0, 10));
  const customerById = new Map(customers.map((c) => [c.id, c]));
  const modelCodes = await readKeys(em, productModelLedger, 'code', [
    ...new Set(archives.map((a) => Number(a.modelId))),
  ]);
  const dryers = archives.filter((a) => modelCodes.get(Number(a.modelId)) === 'XD12');
  const count = 260;
  let visits = 0;
  for (let i = 0; i < count; i++) {
    const reportedAt = new Date(start.getTime() + ((i + r()) / count) * (now.getTime() - start.getTime() - 6 * HOUR));
    reportedAt.setUTCHours(Math.floor(r() * 11), Math.floor(r() * 60), 0, 0); // 08:00–18:59 China time
    if (reportedAt > now) reportedAt.setTime(now.getTime() - 5 * HOUR);
    // today's open work: the last six stop where the day finds them (武汉 late on site, two for 张伟's phone, one on site, two to answer)
    const today = i - (count - OPEN_TODAY.length);
    const open = today >= 0 ? OPEN_TODAY[today] : null;
    if (open) reportedAt.setTime(now.getTime() - open.hoursAgo * HOUR);
    // spring: the XD12 switching valves wore out across the fleet, one call in three
    const archive = pick(r, inSpring(reportedAt) && r() < 0.35 ? dryers : archives);
    const customer = got(customerById, Number(archive.customerId));
    const modelCode = modelCodes.get(Number(archive.modelId)) ?? 'GL30';
    const fault = FAULTS[pick(r, MODEL_FAULTS[modelCode] ?? [6])];
    const drawnType = weighted(r, [
      ['REPAIR', 12],
      ['MAINTENANCE', 2],
      ['INSTALLATION', 1],
      ['TRAINING', 0.5],
    ] as const);
    const serviceType = open ? 'REPAIR' : drawnType; // today's open work is breakdowns
    const ctx = ctxOf(clerk, reportedAt);
    const values: Record<string, unknown> = {
      reportedAt,
      channel: weighted(r, [
        ['HOTLINE', 6],
        ['PHONE', 3],
        ['WECHAT', 2],
        ['EMAIL', 0.5],
      ] as const),
      customerId: customer.id,
      archiveId: archive.id,
      modelId: archive.modelId,
      fault:
        serviceType === 'REPAIR'
          ? fault[2]
          : serviceType === 'MAINTENANCE'
            ? '按保养计划上门保养'
            : serviceType === 'INSTALLATION'
              ? '新机安装调试'
              : '操作人员培训',
      serviceType,
      urgency: weighted(r, [
        ['STOPPED', 2],
        ['URGENT', 3],
        ['NORMAL', 5],
      ] as const),
      serviceLevel: modelCode === 'BP75' ? 'PREMIUM' : modelCode === 'KY350' ? 'CARE' : 'EMERGENCY',
      contactName: archive.contactName ?? customer.contactName,
      contactPhone: archive.contactPhone ?? customer.phone,
      siteAddress: archive.installAddress ?? customer.address,
      region: customer.region,
      status: 'RECEIVED',
    };
    await completeFromUnit(ctx, values); // the warranty as of the call, as the grid's save does
    Object.assign(values, await withDueTimes(em, {}, values));
    const id = await insertAudited(ctx, serviceRequestLedger, values);
    let req = (await findByIds(em, serviceRequestLedger, [id]))[0];
    const step = async (who: DemoUser, at: Date, changes: Record<string, unknown>, action: string) => {
      await updateAudited(ctxOf(who, at), serviceRequestLedger, req, await withDueTimes(em, req, changes), action);
      req = (await findByIds(em, serviceRequestLedger, [id]))[0];
    };
    const ageH = (now.getTime() - reportedAt.getTime()) / HOUR;
    const respondAt = new Date(reportedAt.getTime() + (0.2 + r() * 1.6) * HOUR);
    if (ageH < 1 || open?.stage === 'RECEIVED') continue; // still 已受理
    if (!open && serviceType === 'REPAIR' && r() < 0.18) {
      await step(
        clerk,
        respondAt,
        {
          phoneGuidance: `电话指导：${fault[4]}，客户按指导操作后恢复正常`,
          respondedAt: respondAt,
          clearedAt: respondAt,
          status: 'REMOTE_RESOLVED',
        },
        'resolveByPhone',
      );
      continue;
    }
    const techCode = STATION_OF_CITY[String(customer.region)] ?? 'JS005';
    const assigned = open
      ? got(techs, open.technician)
      : techCode === 'JS001' && fault[5]?.startsWith('BJ-XD')
        ? got(techs, 'JS002')
        : got(techs, techCode);
    await step(
      clerk,
      respondAt,
      {
        technicianId: assigned.id,
        dispatchedAt: respondAt,
        respondedAt: respondAt,
        status: 'DISPATCHED',
        dispatchNote: null,
      },
      'dispatch',
    );
    const slow = assigned.code === 'JS005';
    const arriveAt =
      open?.stage === 'ON_SITE'
        ? new Date(now.getTime() - HOUR)
        : new Date(respondAt.getTime() + (slow ? 14 + r() * 22 : 2 + r() * 16) * HOUR);
    if (open?.stage === 'DISPATCHED' || arriveAt > now) continue; // on the way
    if (open?.stage === 'ON_SITE') {
      await step(whoFor(assigned), arriveAt, { arrivedAt: arriveAt, status: 'ON_SITE' }, 'arrive');
      continue;
    }
    const van = got(new Map([...locations.values()].map((l) => [l.technicianId, l])), assigned.id);
    const needs = serviceType === 'REPAIR' ? fault[5] : serviceType === 'MAINTENANCE' ? 'BJ-KY-KL01' : null;
    // spring: the supplier's lot of XD12 valves was held by quality, so none could be fitted (缺件)
    const short = inSpring(arriveAt) && needs === 'BJ-XD-QHF1';
    let have =
      !short &&
      (!needs ||
        (await move(arriveAt, 'CONSUME', needs, 1, van, null).then(
          async (ok) => ok || ((await restock(arriveAt, van, needs)) && move(arriveAt, 'CONSUME', needs, 1, van, null)),
        )));
    const visit = async (arrived: Date, fixed: boolean, usedPart: boolean) => {
      const left = new Date(arrived.getTime() + (1 + r() * 3) * HOUR);
      const cost = usedPart && needs ? Number(got(parts, needs).unitCost) : 0;
      const visitId = await insertAudited(ctxOf(whoFor(assigned), left), serviceVisitLedger, {
        requestId: id,
        technicianId: assigned.id,
        arrivedAt: arrived,
        departedAt: left,
        findings: fault[3],
        faultSolutionId: serviceType === 'REPAIR' ? got(faults, fault[0]).id : null,
        workDone: fixed ? fault[4] : `${fault[4]}；备件缺货，待到货后再次上门`,
        fixed,
        hours: Math.round(((left.getTime() - arrived.getTime()) / HOUR) * 2) / 2,
        partsCost: cost || null,
        customerName: String(req.contactName ?? '客户'),
      });
      visits++;
      if (usedPart && needs && INSPECTED_PARTS.has(needs))
        await returnFaultyPart(story, got(parts, needs), visitId, left);
      return left;
    };
    if (!have) {
      await visit(arriveAt, false, false);
      await step(whoFor(assigned), arriveAt, { arrivedAt: arriveAt }, 'arrive');
      const second = new Date(arriveAt.getTime() + (4 + r() * 4) * 86_400_000);
      if (second > now) continue;
      await move(second, 'RECEIPT', needs!, 6, null, warehouse);
      await move(second, 'ISSUE', needs!, 2, warehouse, van);
      have = await move(second, 'CONSUME', needs!, 1, van, null);
      const left = await visit(second, true, true);
      await step(whoFor(assigned), left, { clearedAt: left, reportFiledAt: left, status: 'REPORTED' }, 'FILE_REPORT');
    } else {
      const left = await visit(arriveAt, true, !!needs);
      await step(
        whoFor(assigned),
        left,
        {
          arrivedAt: arriveAt,
          clearedAt: left,
          reportFiledAt: new Date(left.getTime() + (slow && r() < 0.4 ? 40 : 2) * HOUR),
          status: 'REPORTED',
        },
        'FILE_REPORT',
      );
    }
    const callAt = new Date((req.reportFiledAt as Date).getTime() + (1 + r() * 3) * 86_400_000);
    if (callAt > now) continue;
    const satisfied = r() < (slow ? 0.72 : 0.93);
    await step(
      clerk,
      callAt,
      { closingNote: satisfied ? '客户对维修结果满意' : '客户反映等待时间过长', satisfied, status: 'CLOSED' },
      'close',
    );
  }
  // the vans keep their kit topped up at the end of the story
  for (const van of [...locations.values()].filter((l) => l.kind === 'VAN'))
    for (const partNo of ['BJ-KY-KL01', 'BJ-TY-MF01']) await restock(new Date(now.getTime() - 2 * HOUR), van, partNo);
  await commitAudit(ctxOf(clerk, now));
  return `${count} service requests, ${visits} visits`;
}
