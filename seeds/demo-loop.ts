import type { DataSource } from 'typeorm';
import { appendAudit, newBatchId } from '../server/src/core/audit/audit-trail.js';
import { addDays, addMonths, localDate } from '../server/src/core/calendar/working-calendar.js';
import { inTransaction } from '../server/src/core/db/transaction.js';
import { batchSave, saveTogether, type Actor } from '../server/src/core/ledger/write/batch-save.js';
import { insertAudited, updateAudited } from '../server/src/core/ledger/write/row-writer.js';
import { findByField, findByIds, readKeys } from '../server/src/core/ledger/query/ledger-store.js';
import type { LedgerDef, Row, SaveContext } from '../server/src/core/ledger/schema/ledger.types.js';
import { departmentLedger } from '../server/src/modules/admin/admin.ledgers.js';
import { serviceArchiveLedger } from '../server/src/modules/archive/service-archive.ledger.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { checklistItems } from '../server/src/modules/inspection/inspection.schedule.js';
import { routineInspectionLedger } from '../server/src/modules/inspection/routine-inspection.ledger.js';
import { noticeLedger } from '../server/src/modules/notice/notice.ledger.js';
import { returnOrderLedger } from '../server/src/modules/return-order/return-order.ledger.js';
import { reworkOrderLedger } from '../server/src/modules/rework/rework.ledgers.js';
import {
  materialLineLedger,
  materialRequisitionLedger,
  requisitionLineLedger,
} from '../server/src/modules/rework/rework.ledgers.js';
import {
  callbackLedger,
  surveyItemLedger,
  surveyLedger,
  surveyScoreLedger,
} from '../server/src/modules/survey/survey.ledgers.js';

const SURVEY_ITEMS = [
  ['QUALITY', '产品质量'],
  ['DELIVERY', '交货及时'],
  ['SERVICE', '服务态度'],
  ['PRICE', '价格合理'],
  ['INSTALL', '安装调试'],
] as const;
import { productModelLedger } from '../server/src/modules/product/product-model.ledger.js';
import { warrantyPolicyLedger } from '../server/src/modules/warranty/warranty-policy.ledger.js';
import { pick, weighted } from './random.js';

export const isoDay = (d: Date) => localDate(d);

const MODELS = [
  {
    code: 'KY200',
    name: 'SL-KY200 螺杆空压机',
    category: '空压机',
    active: true,
    inspectionChecklist: '排气温度、油位、空气滤芯、油气分离器压差、皮带与联轴器',
  },
  {
    code: 'KY350',
    name: 'SL-KY350 螺杆空压机',
    category: '空压机',
    active: true,
    serviceLevel: 'CARE',
    inspectionChecklist: '排气温度、油位、空气滤芯、油气分离器压差、皮带与联轴器',
  },
  {
    code: 'LG50',
    name: 'SL-LG50 冷干机',
    category: '干燥机',
    active: true,
    inspectionChecklist: '露点、冷媒压力、冷凝器清洁、排水器',
  },
  {
    code: 'XD12',
    name: 'SL-XD12 吸附式干燥机',
    category: '干燥机',
    active: true,
    inspectionChecklist: '露点、切换阀动作、再生气量、消音器',
    serviceLifeYears: 3,
  },
  {
    code: 'BP75',
    name: 'SL-BP75 变频空压机',
    category: '空压机',
    active: true,
    serviceLevel: 'PREMIUM',
    inspectionChecklist: '排气温度、油位、空气滤芯、变频器散热、运行频率',
  },
  {
    code: 'GL30',
    name: 'SL-GL30 精密过滤器',
    category: '过滤器',
    active: false,
    inspectionChecklist: '滤芯压差、排水器',
    serviceLifeYears: 3,
  },
];

const POLICIES = [
  {
    modelCode: 'KY200',
    modelName: 'SL-KY200 螺杆空压机',
    warrantyMonths: 12,
    startBasis: 'INVOICE',
    consumerSanbao: false,
    inspectionMonths: '1,3,6,12',
  },
  {
    modelCode: 'KY350',
    modelName: 'SL-KY350 螺杆空压机',
    warrantyMonths: 18,
    startBasis: 'ACCEPTANCE',
    consumerSanbao: false,
    inspectionMonths: '1,3,6,12,18',
  },
  {
    modelCode: 'LG50',
    modelName: 'SL-LG50 冷干机',
    warrantyMonths: 12,
    startBasis: 'INVOICE',
    consumerSanbao: true,
    returnDays: 7,
    exchangeDays: 15,
    inspectionMonths: '3,12',
  },
  {
    modelCode: 'XD12',
    modelName: 'SL-XD12 吸附式干燥机',
    warrantyMonths: 24,
    startBasis: 'ACCEPTANCE',
    consumerSanbao: false,
    inspectionMonths: '1,6,12,24',
  },
  {
    modelCode: 'BP75',
    modelName: 'SL-BP75 变频空压机',
    warrantyMonths: 12,
    startBasis: 'ACCEPTANCE',
    consumerSanbao: false,
    inspectionMonths: '1,3,6,12',
  },
  {
    modelCode: 'GL30',
    modelName: 'SL-GL30 精密过滤器',
    warrantyMonths: 6,
    startBasis: 'INVOICE',
    consumerSanbao: true,
    returnDays: 7,
    exchangeDays: 15,
    inspectionMonths: '3',
  },
];

const PARTS: Record<string, Array<[string, string, number]>> = {
  KY200: [
    ['P-BRG-6308', '电机轴承 6308', 180],
    ['P-OSP-200', '油气分离器芯', 650],
    ['P-VLV-MIN', '最小压力阀', 420],
  ],
  KY350: [
    ['P-BRG-6312', '电机轴承 6312', 260],
    ['P-OSP-350', '油气分离器芯', 880],
    ['P-CTL-PLC', '控制器主板', 2400],
  ],
  LG50: [
    ['P-EXV-50', '膨胀阀', 320],
    ['P-FAN-50', '冷凝风扇', 210],
  ],
  XD12: [
    ['P-SOL-12', '切换电磁阀', 380],
    ['P-ADS-12', '吸附剂（公斤）', 45],
  ],
  BP75: [
    ['P-INV-75', '变频器功率模块', 3600],
    ['P-BRG-6310', '电机轴承 6310', 220],
  ],
  GL30: [['P-FLT-30', '滤芯', 160]],
};

export interface DemoUnit {
  serialNo: string;
  customer: string;
  model: string;
  invoiceDate: string;
}

function must<T extends { ok: boolean; errors: unknown[] }>(res: T, what: string): T {
  if (!res.ok) throw new Error(`demo ${what} rejected: ${JSON.stringify(res.errors.slice(0, 3))}`);
  return res;
}

/** Warranty policies and ~300 sold units over three years; acceptance schedules the routine inspections. */
export async function seedArchives(
  ds: DataSource,
  admin: Actor,
  clerk: Actor,
  customers: string[],
  now: Date,
  r: () => number,
): Promise<DemoUnit[]> {
  must(
    await batchSave(ds, productModelLedger, admin, { creates: MODELS.map((m, i) => ({ ref: `m${i}`, values: m })) }),
    'models',
  );
  must(
    await batchSave(ds, warrantyPolicyLedger, admin, {
      creates: POLICIES.map((p, i) => ({ ref: `p${i}`, values: { ...p, model: p.modelCode } })),
    }),
    'policies',
  );
  const first = Date.parse('2023-06-01T00:00:00Z');
  const units: DemoUnit[] = Array.from({ length: 300 }, (_, i) => {
    const model = pick(r, POLICIES).modelCode;
    const invoice = new Date(first + ((i + r()) / 300) * (now.getTime() - 20 * 86_400_000 - first));
    return {
      serialNo: `${model}-${invoice.getUTCFullYear()}${String(10000 + i * 7 + Math.floor(r() * 7)).padStart(5, '0')}`,
      customer: customers[Math.floor(Math.pow(r(), 1.6) * customers.length)],
      model,
      invoiceDate: isoDay(invoice),
    };
  });
  const creates = units.map((u, i) => ({
    ref: `a${i}`,
    values: {
      customer: u.customer,
      policy: u.model,
      serialNo: u.serialNo,
      invoiceDate: u.invoiceDate,
      acceptanceDate: r() < 0.92 ? addDays(u.invoiceDate, 3 + Math.floor(r() * 18)) : null,
      installAddress: `${pick(r, ['一号车间', '二号车间', '空压站', '动力站房'])}`,
      salesRep: pick(r, ['周敏', '吴涛', '郑伟', '钱芳']),
    },
  }));
  for (let i = 0; i < creates.length; i += 100)
    must(await batchSave(ds, serviceArchiveLedger, clerk, { creates: creates.slice(i, i + 100) }), 'archives');
  return units;
}

function seedCtx(
  em: SaveContext['em'],
  user: { id: number; displayName: string; role: string },
  at: Date,
  audit: SaveContext['audit'],
): SaveContext {
  return { em, userId: user.id, role: user.role, displayName: user.displayName, now: at, audit, batchId: '' };
}

const later = (at: Date, days: number, now: Date) =>
  new Date(Math.min(at.getTime() + days * 86_400_000, now.getTime() - 3600_000));

/**
 * The rest of the loop, told consistently: returns for complaints about known units, PMC rework with
 * material lists and requisitions, final inspection and feedback, notices, callbacks, surveys and
 * the routine inspections that were done (some are left overdue).
 */
export async function seedAfterSalesLoop(
  ds: DataSource,
  users: Map<string, { id: number; displayName: string; role?: string }>,
  now: Date,
  r: () => number,
): Promise<string> {
  const u = (name: string) => ({ ...users.get(name)!, role: name.toUpperCase() });
  const clerk = u('clerk');
  const clerkActor: Actor = { userId: clerk.id, role: clerk.role, displayName: clerk.displayName };
  const complaints = (await findByField(ds.manager, complaintLedger, 'kind', ['APPEAL', 'CLAIM'])).filter(
    (c) => c.archiveId && c.causeCategory === 'QUALITY',
  );
  const archives = new Map(
    (await findByIds(ds.manager, serviceArchiveLedger, [...new Set(complaints.map((c) => c.archiveId as number))])).map(
      (a) => [a.id, a],
    ),
  );
  // the adsorption dryer XD12 comes back for rework far more often than the other models
  const chosen = complaints
    .filter((c) => r() < (String(archives.get(c.archiveId as number)?.serialNo).startsWith('XD12') ? 0.95 : 0.45))
    .slice(0, 150);
  const returns = chosen.map((c, i) => ({
    ref: `r${i}`,
    values: {
      archive: archives.get(c.archiveId as number)!.serialNo,
      complaint: c.complaintNo,
      type: weighted(r, [
        ['REPAIR', 8],
        ['EXCHANGE', 1.5],
        ['RETURN', 0.5],
      ] as const),
      qtyClaimed: 1,
      receivedAt: later(c.receivedAt as Date, 1 + Math.floor(r() * 4), now),
      fault: String(c.description),
    },
  }));
  // out-of-warranty repairs are priced afterwards, as the clerk would once the quote is agreed
  const saved = must(await batchSave(ds, returnOrderLedger, clerkActor, { creates: returns }), 'returns');
  let reworks = 0;
  let notices = 0;
  await inTransaction(ds, async (em) => {
    const audit: SaveContext['audit'] = [];
    const rows = await findByIds(
      em,
      returnOrderLedger,
      saved.saved.map((s) => s.id),
    );
    for (const ret of rows) {
      const got = ret.receivedAt as Date;
      const age = (now.getTime() - got.getTime()) / 86_400_000;
      let cur = ret;
      const move = async (
        who: string,
        at: Date,
        changes: Record<string, unknown>,
        action: string,
        ledger: LedgerDef = returnOrderLedger,
      ) => {
        await updateAudited(seedCtx(em, u(who), at, audit), ledger, cur, changes, action);
        cur = (await findByIds(em, ledger, [cur.id]))[0];
      };
      if (ret.warrantyDecision === 'CHARGED_REPAIR')
        await move('clerk', got, { fee: 300 + Math.round(r() * 20) * 50 }, 'UPDATE');
      if (age < 1) continue;
      await move('clerk', later(got, 0.2, now), { qtyCounted: 1, status: 'COUNTED' }, 'count');
      if (ret.type === 'RETURN') {
        if (age > 5)
          await move('clerk', later(got, 3, now), { status: 'CLOSED', completedAt: later(got, 3, now) }, 'close');
        continue;
      }
      if (age < 2) continue;
      const opened = later(got, 1, now);
      await move('pmc', opened, { status: 'IN_REWORK' }, 'openRework');
      const rwId = await insertAudited(seedCtx(em, u('pmc'), opened, audit), reworkOrderLedger, {
        returnOrderId: ret.id,
        archiveId: ret.archiveId,
        modelId: ret.modelId,
        qty: 1,
        defect: ret.fault,
        status: 'OPEN',
      });
      reworks++;
      const rw = () => findByIds(em, reworkOrderLedger, [rwId]).then((x) => x[0]);
      const step = async (who: string, days: number, changes: Record<string, unknown>, action: string) => {
        await updateAudited(
          seedCtx(em, u(who), later(got, days, now), audit),
          reworkOrderLedger,
          await rw(),
          changes,
          action,
        );
      };
      if (age < 3) continue;
      const partsNeeded = r() < 0.65;
      await step('quality', 2, { status: 'INSPECTING', inspector: u('quality').displayName }, 'startInspection');
      await step(
        'quality',
        2.5,
        {
          inspectionResult: partsNeeded ? '确认部件损坏，需更换' : '调整参数后可恢复',
          defectCause: weighted(r, [
            ['MATERIAL', 4],
            ['ASSEMBLY', 3],
            ['SETTING', 2],
            ['DESIGN', 1],
            ['WEAR', 1],
          ] as const),
          partsNeeded,
          status: partsNeeded ? 'AWAITING_MATERIAL' : 'REWORKING',
        },
        'recordInspection',
      );
      const model = String(archives.get(ret.archiveId as number)?.serialNo ?? '').split('-')[0];
      if (partsNeeded) {
        const parts = (PARTS[model] ?? PARTS.KY200).filter(() => r() < 0.7).slice(0, 2);
        if (!parts.length) parts.push((PARTS[model] ?? PARTS.KY200)[0]);
        const pmcCtx = seedCtx(em, u('pmc'), later(got, 3, now), audit);
        for (const [partNo, partName, cost] of parts) {
          await insertAudited(pmcCtx, materialLineLedger, {
            reworkOrderId: rwId,
            partNo,
            partName,
            qty: 1,
            unitCost: cost,
            action: 'ADD',
            oldSerial: `${partNo}-O${Math.floor(r() * 9000 + 1000)}`,
            newSerial: `${partNo}-N${Math.floor(r() * 9000 + 1000)}`,
          });
          if (r() < 0.5)
            await insertAudited(pmcCtx, materialLineLedger, {
              reworkOrderId: rwId,
              partNo,
              partName: `${partName}（旧件）`,
              qty: 1,
              unitCost: 0,
              action: 'RECYCLE',
            });
        }
        if (age < 6) continue;
        const prodCtx = seedCtx(em, u('production'), later(got, 5, now), audit);
        const reqId = await insertAudited(prodCtx, materialRequisitionLedger, {
          reworkOrderId: rwId,
          warehouse: pick(r, ['成品仓', '备件仓']),
          requestedBy: u('production').displayName,
          status: 'DRAFT',
        });
        for (const [partNo, , cost] of parts)
          await insertAudited(prodCtx, requisitionLineLedger, {
            requisitionId: reqId,
            reworkOrderId: rwId,
            partNo,
            qtyRequested: 1,
            qtyIssued: 1,
            unitCost: cost,
          });
        const [req] = await findByIds(em, materialRequisitionLedger, [reqId]);
        await updateAudited(
          prodCtx,
          materialRequisitionLedger,
          req,
          { status: 'ISSUED', issuedBy: u('production').displayName, issuedAt: later(got, 5, now) },
          'issue',
        );
        await step('production', 5.5, { status: 'REWORKING' }, 'startRework');
      }
      if (age < 9) continue;
      await step(
        'production',
        7,
        { labourHours: 1 + Math.round(r() * 12) / 2, status: 'FINAL_INSPECTION' },
        'finishRework',
      );
      await step(
        'quality',
        8,
        {
          finalResult: '试机 4 小时运行正常，各项参数合格',
          finalInspector: u('quality').displayName,
          finalInspectedAt: later(got, 8, now),
          status: 'DONE',
        },
        'finalInspection',
      );
      if (age < 11) continue;
      await step(
        'quality',
        9,
        { feedbackAt: later(got, 9, now), feedbackBy: u('quality').displayName },
        'feedbackToSales',
      );
      await move('quality', later(got, 9, now), { status: 'REPAIRED' }, 'feedbackToSales');
      if (age > 14)
        await move('clerk', later(got, 12, now), { status: 'CLOSED', completedAt: later(got, 12, now) }, 'close');
    }

    // notices: from serious closed complaints and costly reworks, in every state
    const closed = (await findByField(em, complaintLedger, 'status', ['CLOSED']))
      .filter((c) => c.escalated === true || c.kind === 'CLAIM')
      .slice(0, 24);
    const deptName = await readKeys(em, departmentLedger, 'name', [
      ...new Set(closed.map((c) => Number(c.responsibleDeptId)).filter((id) => id > 0)),
    ]);
    for (const [i, c] of closed.entries()) {
      if (i % 4 === 3) continue; // some serious complaints still wait for the general manager's review
      const at = later(c.closedAt as Date, 2, now);
      const penalty = r() < 0.75;
      const id = await insertAudited(seedCtx(em, u('quality'), at, audit), noticeLedger, {
        kind: penalty ? 'PENALTY' : 'REWARD',
        department: deptName.get(Number(c.responsibleDeptId)) ?? '品质部',
        person: penalty ? pick(r, ['张工', '李工', '王班长']) : pick(r, ['赵工', '客服王丽']),
        amount: penalty ? 200 + Math.round(r() * 8) * 100 : 300,
        reason: penalty
          ? `投诉 ${String(c.complaintNo)}：${String(c.description)}，责任部门处理不及时`
          : `投诉 ${String(c.complaintNo)} 处理及时，客户表扬`,
        sourceComplaintId: c.id,
        bonusMonth: isoDay(at).slice(0, 7),
        proposedBy: u('quality').displayName,
        status: 'DRAFT',
      });
      notices++;
      const state = i % 5;
      let [n] = await findByIds(em, noticeLedger, [id]);
      if (state >= 1) {
        await updateAudited(
          seedCtx(em, u('quality'), later(at, 1, now), audit),
          noticeLedger,
          n,
          { status: 'SUBMITTED' },
          'submit',
        );
        [n] = await findByIds(em, noticeLedger, [id]);
      }
      if (state >= 2) {
        const approve = state !== 4;
        await updateAudited(
          seedCtx(em, u('manager'), later(at, 3, now), audit),
          noticeLedger,
          n,
          {
            status: approve ? 'APPROVED' : 'REJECTED',
            approver: u('manager').displayName,
            decidedAt: later(at, 3, now),
            decisionNote: approve ? '同意' : '责任划分不清，请品质部重新核实',
          },
          approve ? 'approve' : 'reject',
        );
      }
    }

    // routine inspections that were done; the rest of the past ones are overdue
    const today = isoDay(now);
    const due = (await findByField(em, routineInspectionLedger, 'planMonth', [1, 3, 6, 12, 18, 24])).filter(
      (x) => String(x.dueDate) < today,
    );
    for (const x of due) {
      if (r() < 0.12 && String(x.dueDate) > addMonths(today, -6)) continue;
      const doneAt =
        addDays(String(x.dueDate), Math.floor(r() * 10) - 3) > today
          ? today
          : addDays(String(x.dueDate), Math.floor(r() * 10) - 3);
      const issue = r() < 0.1;
      await updateAudited(
        seedCtx(em, clerk, new Date(`${doneAt}T10:00:00+08:00`), audit),
        routineInspectionLedger,
        x,
        {
          doneAt,
          doneBy: pick(r, ['服务工程师 孙磊', '服务工程师 何勇']),
          result: issue ? 'ISSUE_FOUND' : 'NORMAL',
          // the model's checklist answered item by item (一品一案), the first item off where an issue was found
          findings:
            checklistItems(x.checklist)
              .map((item, i) => `${item}：${issue && i === 0 ? '偏高，已清洗冷却器' : '正常'}`)
              .join('；') || (issue ? '排气温度偏高，已清洗冷却器' : '运行正常，已更换空滤'),
        },
        'UPDATE',
      );
    }

    // callbacks for complaints that were called back, and plan callbacks for key customers
    const calledBack = await findByField(em, complaintLedger, 'status', ['CALLBACK', 'CLOSED']);
    for (const c of calledBack.filter((x) => x.customerId && x.callbackAt).slice(0, 150)) {
      await insertAudited(seedCtx(em, clerk, c.callbackAt as Date, audit), callbackLedger, {
        customerId: c.customerId,
        archiveId: c.archiveId ?? null,
        complaintId: c.id,
        callbackAt: c.callbackAt,
        method: 'PHONE',
        callbackBy: clerk.displayName,
        content: String(c.callbackResult ?? '回访'),
        satisfied: c.satisfied ?? null,
      });
    }
    await appendAudit(em, audit, newBatchId(), now);
  });

  // yearly satisfaction questionnaires, through the ledger so scores are normalised
  const customers: Row[] = await ds.query(
    `SELECT ${ds.driver.escape('code')} FROM ${ds.driver.escape('customer')} ORDER BY ${ds.driver.escape('id')}`,
  );
  const surveys = [2025, 2026].flatMap((y) =>
    customers
      .filter(() => r() < 0.8)
      .map((c, i) => ({
        ref: `s${y}-${i}`,
        values: {
          customer: c.code,
          surveyDate: `${y}-${y === 2026 ? '06' : '11'}-${String(5 + Math.floor(r() * 20)).padStart(2, '0')}`,
          rawScore: 30 + Math.round(r() * 20),
          maxScore: 50,
          surveyor: clerk.displayName,
        },
      })),
  );
  // each questionnaire also scores the items (服务态度 slips in 2026, as the complaints about it rise)
  const admin = u('admin');
  must(
    await batchSave(
      ds,
      surveyItemLedger,
      { userId: admin.id, role: 'ADMIN', displayName: admin.displayName },
      { creates: SURVEY_ITEMS.map(([code, name], i) => ({ ref: `i${i}`, values: { code, name, maxScore: 10 } })) },
    ),
    'survey items',
  );
  const lines = surveys.flatMap((sv) =>
    SURVEY_ITEMS.map(([code, name]) => ({
      ref: `${sv.ref}-${code}`,
      values: {
        survey: `@${sv.ref}`,
        item: name,
        score: Math.min(
          10,
          Math.max(
            3,
            Math.round(6 + r() * 4 - (code === 'SERVICE' && sv.values.surveyDate.startsWith('2026') ? 2 : 0)),
          ),
        ),
      },
    })),
  );
  for (const [res, what] of (
    await saveTogether(ds, clerkActor, [
      { ledger: surveyLedger, input: { creates: surveys } },
      { ledger: surveyScoreLedger, input: { creates: lines } },
    ])
  ).map((x, i) => [x, i ? 'survey scores' : 'surveys'] as const))
    must(res, what);
  return `${saved.saved.length} returns, ${reworks} reworks, ${notices} notices, ${surveys.length} surveys`;
}
