import type { DataSource } from 'typeorm';
import { composeApp } from '../server/src/composition.js';
import { auditValue } from '../server/src/core/audit/audit-hash.js';
import { appendAudit, newBatchId, type AuditInput } from '../server/src/core/audit/audit-trail.js';
import { inTransaction } from '../server/src/core/db/transaction.js';
import { quoter } from '../server/src/core/db/sql-value.js';
import { batchSave, type Actor } from '../server/src/core/ledger/write/batch-save.js';
import type { SaveContext } from '../server/src/core/ledger/schema/ledger.types.js';
import { commitAudit, insertAudited } from '../server/src/core/ledger/write/row-writer.js';
import { departmentLedger } from '../server/src/modules/admin/admin.ledgers.js';
import { findByIds, updateRow } from '../server/src/core/ledger/query/ledger-store.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { complaintContactLedger } from '../server/src/modules/complaint/complaint-contact.ledger.js';
import { listAll } from '../server/src/core/ledger/query/list-query.js';
import { SCOPE_OF_CAUSE } from '../server/src/modules/complaint/complaint.rules.js';
import { customerLedger } from '../server/src/modules/customer/customer.ledger.js';
import { hashPassword, verifyPassword } from '../server/src/modules/user/password.js';
import { createUser } from '../server/src/modules/user/user-accounts.js';
import { localDate, previousMonth } from '../common/business-time.js';
import { pick, rng, weighted } from './random.js';
import { isoDay, seedAfterSalesLoop, seedArchives } from './demo-loop.js';
import { seedImprovement } from './demo-improvement.js';
import { seedAttachments } from './demo-attachments.js';
import { seedFieldService } from './demo-field-service.js';

export const DEMO_PASSWORD = 'demo';

export const DEMO_USERS = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN', dept: 'IT' },
  { username: 'clerk', displayName: '王丽（客服）', role: 'CLERK', dept: 'CS' },
  { username: 'quality', displayName: '陈刚（品质部）', role: 'QUALITY', dept: 'QA', deptHead: true },
  { username: 'pmc', displayName: '李明（PMC）', role: 'PMC', dept: 'PMC' },
  { username: 'production', displayName: '赵强（生产部）', role: 'PRODUCTION', dept: 'PROD' },
  { username: 'manager', displayName: '刘总（总经理室）', role: 'MANAGER', dept: 'GM' },
  { username: 'auditor', displayName: '孙审计', role: 'AUDITOR', dept: 'AUDIT' },
  { username: 'tech', displayName: '张伟（服务技术员）', role: 'TECHNICIAN', dept: 'AS' },
] as const;

const DEPARTMENTS = [
  ['CS', '客户服务部'],
  ['QA', '品质部'],
  ['PMC', '生产计划物控部'],
  ['PROD', '生产部'],
  ['MKT', '市场部'],
  ['SALES', '销售中心'],
  ['GM', '总经理室'],
  ['AUDIT', '审计部'],
  ['IT', '信息部'],
  ['AS', '售后服务部'],
  ['WH', '仓储部'],
  ['FIN', '财务部'],
  ['LEGAL', '法务部'],
  ['HR', '人事部'],
] as const;

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
  '厦门',
  '福州',
];
const TRADES = [
  '精密机械',
  '汽车零部件',
  '食品',
  '包装',
  '纺织',
  '电子',
  '塑胶制品',
  '医药',
  '家具',
  '印刷',
  '五金',
  '化工',
];
const SUFFIX = ['有限公司', '股份有限公司', '制造有限公司', '科技有限公司'];
const SURNAMES = [
  '张',
  '王',
  '李',
  '赵',
  '陈',
  '刘',
  '杨',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '志强',
  '海燕',
  '晓东',
];
const MODEL_CODES = ['KY200', 'KY350', 'LG50', 'XD12', 'BP75', 'GL30'];
const FAULTS = [
  '设备运行时异响，噪音明显增大',
  '排气温度过高，频繁停机报警',
  '变频器报过流故障',
  '冷干机露点偏高，压缩空气含水',
  '油气分离器漏油',
  '安装后压力上不去，达不到额定排气量',
  '控制面板黑屏无显示',
  '电机轴承发热',
  '干燥机切换阀卡死',
  '配件到货延误，影响客户生产',
  '服务工程师未按约定时间上门',
  '发票开具错误，需重开',
  '说明书与实物不符',
  '维修后同一故障再次出现',
];
const DEPTS = ['品质部', '生产部', '客户服务部', '生产计划物控部', '销售中心', '售后服务部'];
const ROOT_CAUSES = [
  '供应商来料不良（轴承批次问题）',
  '装配工序扭矩未达标',
  '出厂调试参数设置错误',
  '包装防护不足导致运输损伤',
  '服务派工流程延误',
];
const ACTIONS = [
  '更换故障部件并重新调试',
  '对同批次产品进行排查',
  '修订装配作业指导书',
  '加强出厂检验项目',
  '优化派工流程，增加回访确认',
];

function name(r: () => number): string {
  return pick(r, SURNAMES) + pick(r, GIVEN);
}

export async function seedUsers(
  ds: DataSource,
  password = DEMO_PASSWORD,
): Promise<Map<string, { id: number; displayName: string; role: string }>> {
  const q = quoter(ds);
  // by the system (there is no user yet), through the one write path, so the trail holds them too
  await inTransaction(ds, async (em) => {
    const ctx: SaveContext = {
      em,
      userId: null,
      role: 'ADMIN',
      displayName: '系统',
      now: new Date(),
      audit: [],
      batchId: newBatchId(),
    };
    for (const [code, name] of DEPARTMENTS) await insertAudited(ctx, departmentLedger, { code, name });
    await commitAudit(ctx);
  });
  const depts: Array<{ id: number; code: string }> = await ds.query(
    `SELECT ${q('id')}, ${q('code')} FROM ${q('department')} ORDER BY ${q('id')}`,
  );
  const deptId = new Map(depts.map((d) => [d.code, Number(d.id)]));
  const users = new Map<string, { id: number; displayName: string; role: string }>();
  for (const u of DEMO_USERS)
    await createUser(ds, { ...u, departmentId: deptId.get(u.dept) ?? null }, await hashPassword(password));
  const rows: Array<{ id: number; username: string; displayName: string; role: string }> = await ds.query(
    `SELECT ${q('id')}, ${q('username')}, ${q('displayName')}, ${q('role')} FROM ${q('app_user')} ORDER BY ${q('id')}`,
  );
  for (const r of rows) users.set(r.username, { id: Number(r.id), displayName: r.displayName, role: r.role });
  return users;
}

/** Usernames whose password is still the demo one (production refuses to start then). */
export async function findDemoPasswords(ds: DataSource): Promise<string[]> {
  const q = quoter(ds);
  const rows: Array<{ username: string; passwordHash: string }> = await ds.query(
    `SELECT ${q('username')}, ${q('passwordHash')} FROM ${q('app_user')}`,
  );
  const out: string[] = [];
  for (const r of rows) if (await verifyPassword(r.passwordHash, DEMO_PASSWORD)) out.push(r.username);
  return out;
}

function must<T extends { ok: boolean; errors: unknown[] }>(res: T, what: string): T {
  if (!res.ok) throw new Error(`demo ${what} rejected: ${JSON.stringify(res.errors.slice(0, 3))}`);
  return res;
}

/**
 * The demo story: 40 customers of every tier and ~400 complaints over the last 18 months, entered
 * through the ledger engine (so numbers, deadlines and audit are real) and moved along their workflow.
 */
/** Loads the demo story into an empty database; its users get `password` (default "demo"). */
export async function loadDemoData(ds: DataSource, now = new Date(), password = DEMO_PASSWORD): Promise<string> {
  composeApp(); // every ledger with its hooks
  const r = rng(20260101);
  const users = await seedUsers(ds, password);
  const clerk = users.get('clerk')!;
  const actor: Actor = { userId: clerk.id, role: clerk.role, displayName: clerk.displayName };

  const customers = Array.from({ length: 40 }, (_, i) => {
    const city = CITIES[i % CITIES.length];
    return {
      ref: `c${i}`,
      values: {
        code: `C${String(i + 1).padStart(4, '0')}`,
        name: `${city}${pick(r, ['华', '恒', '盛', '鑫', '宏', '永', '金', '瑞'])}${pick(r, ['达', '泰', '源', '丰', '隆', '通', '诚'])}${pick(r, TRADES)}${pick(r, SUFFIX)}`,
        tier: weighted(r, [
          ['KEY', 1],
          ['LONG_TERM', 2],
          ['REGULAR', 3],
        ] as const),
        region: city,
        contactName: name(r),
        phone: `1${pick(r, ['38', '39', '58', '86', '37'])}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`,
        address: `${city}市${pick(r, ['经济开发区', '高新区', '工业园区'])}${Math.floor(r() * 200) + 1}号`,
      },
    };
  });
  const savedCustomers = must(await batchSave(ds, customerLedger, actor, { creates: customers }), 'customers');
  const admin = users.get('admin')!;
  const units = await seedArchives(
    ds,
    { userId: admin.id, role: 'ADMIN', displayName: admin.displayName },
    actor,
    customers.map((c) => String(c.values.code)),
    now,
    r,
  );

  const start = now.getTime() - 548 * 86_400_000;
  let lastMonthClaims = 0;
  const complaints = Array.from({ length: 400 }, (_, i) => {
    // skewed: a few customers complain much more often
    const c = customers[Math.floor(Math.pow(r(), 1.8) * customers.length)];
    const owned = units.filter((u) => u.customer === c.values.code && u.invoiceDate < isoDay(now));
    // the adsorption dryer XD12 has a weak part: its owners complain about it far more often
    const dryers = owned.filter((u) => u.model === 'XD12');
    const unit = r() < 0.8 ? (dryers.length && r() < 0.45 ? pick(r, dryers) : pick(r, owned)) : undefined;
    const drawn = weighted(r, [
      ['APPEAL', 6],
      ['CLAIM', 2],
      ['NON_QUALITY', 2],
    ] as const);
    const hour = 8 + Math.floor(r() * 10);
    const receivedAt = new Date(start + ((i + r()) / 400) * (now.getTime() - start - 3600_000));
    receivedAt.setUTCHours(hour - 8, Math.floor(r() * 60), 0, 0);
    // the general manager's monthly review always has last month's serious complaints to look at
    const kind = closesLastMonth(receivedAt, now) && !lastMonthClaims++ ? 'CLAIM' : drawn;
    const m = Math.floor(r() * MODEL_CODES.length);
    const late = i / 400; // 0 → 1 over the 18 months: service-attitude complaints rise in the last half-year
    const anonymous = r() < 0.03;
    return {
      ref: `t${i}`,
      values: {
        receivedAt: receivedAt > now ? new Date(now.getTime() - 3600_000) : receivedAt,
        channel: weighted(r, [
          ['HOTLINE', 5],
          ['PHONE', 4],
          ['EMAIL', 2],
          ['VISIT', 1],
          ['LETTER', 1],
          ['STAFF', 1],
          ['SURVEY', 1],
          ['OTHER_DEPARTMENT', 1],
          ['THIRD_PARTY', 0.3],
          ['MEDIA', 0.2],
        ] as const),
        customer: anonymous ? null : c.values.code,
        anonymous,
        contactName: anonymous ? null : (c.values.contactName as string),
        contactPhone: anonymous ? null : (c.values.phone as string),
        model: unit ? null : MODEL_CODES[m],
        serialNo: unit
          ? unit.serialNo
          : `${MODEL_CODES[m]}-${2023 + Math.floor(r() * 3)}${String(Math.floor(r() * 99999)).padStart(5, '0')}`,
        kind,
        causeCategory:
          kind === 'NON_QUALITY'
            ? weighted(r, [
                ['SERVICE_ATTITUDE', late > 0.66 ? 9 : 2],
                ['WORK_ERROR', 3],
                ['INTERNAL_MANAGEMENT', 2],
                ['SERVICE_CHANNEL', 1],
                ['OTHER', 1],
              ] as const)
            : weighted(r, [
                ['QUALITY', 8],
                ['WORK_ERROR', 1],
                ['VIOLATION', 0.5],
              ] as const),
        description: pick(r, FAULTS),
        handlingScope: weighted(r, [
          ['DEPARTMENT', 5],
          ['CROSS_DEPARTMENT', 3],
          ['CROSS_REGION', 2],
        ] as const) as string,
        responsibleDept: pick(r, DEPTS),
        claimAmount: kind === 'CLAIM' ? Math.round(r() * 50000) + 500 : null,
      },
    };
  });
  // a cause the procedure names takes its scope (一般/复杂投诉); a cross-department one keeps it, with the reason
  for (const c of complaints) {
    const given = SCOPE_OF_CAUSE[String(c.values.causeCategory)];
    if (!given) continue;
    if (c.values.handlingScope === 'CROSS_DEPARTMENT') Object.assign(c.values, { scopeReason: '需跨部门协调处理' });
    else c.values.handlingScope = given;
  }
  const saved = must(await batchSave(ds, complaintLedger, actor, { creates: complaints }), 'complaints');
  await progressComplaints(
    ds,
    saved.saved.map((s) => s.id),
    users,
    now,
    r,
  );
  const loop = await seedAfterSalesLoop(ds, users, now, r);
  const contacts = await seedContacts(ds, actor);
  const rectifications = await seedImprovement(ds, users, now);
  const attachments = await seedAttachments(ds, users);
  const fieldService = await seedFieldService(ds, users, now, rng(20260606));
  return `${savedCustomers.saved.length} customers, ${units.length} archives, ${saved.saved.length} complaints, ${contacts} contacts, ${rectifications} rectifications, ${attachments} attachments, ${loop}, ${fieldService}, ${users.size} users`;
}

/**
 * 投诉联络记录 of the answered complaints: the outcome told the day after the reply, by phone; no
 * random draw, so the rest of the demo stays as it was.
 */
async function seedContacts(ds: DataSource, actor: Actor): Promise<number> {
  const answered = (await listAll(ds.manager, complaintLedger, { filter: { repliedAt: { isNull: false } } })).slice(
    0,
    40,
  );
  const creates = answered.map((c, i) => ({
    ref: `k${i}`,
    values: {
      complaint: c.complaintNo,
      contactedAt: new Date(Math.min((c.repliedAt as Date).getTime() + 3_600_000, Date.now())).toISOString(),
      method: i % 3 ? 'PHONE' : 'WRITTEN',
      kind: 'RESULT',
      content: `已告知处理结果：${String(c.result ?? '已处理')}`,
      contactPerson: c.contactName ?? null,
    },
  }));
  return must(await batchSave(ds, complaintContactLedger, actor, { creates }), 'contacts').saved.length;
}

/**
 * Complaints received on the 1st–20th of the month before `now` (China time) are all handled and
 * closed within that month, whatever day `now` is: the demo's "last month" is never empty.
 */
export function closesLastMonth(received: Date, now: Date): boolean {
  const day = localDate(received);
  return day.slice(0, 7) === previousMonth(localDate(now)) && Number(day.slice(8)) <= 20;
}

/** Moves each demo complaint as far along its workflow as its age makes plausible, audited as the commands would be. */
async function progressComplaints(
  ds: DataSource,
  ids: number[],
  users: Map<string, { id: number; displayName: string }>,
  now: Date,
  r: () => number,
): Promise<void> {
  const quality = users.get('quality')!;
  const clerk = users.get('clerk')!;
  await inTransaction(ds, async (em) => {
    const rows = await findByIds(em, complaintLedger, ids);
    const audit: AuditInput[] = [];
    for (const row of rows) {
      const received = row.receivedAt as Date;
      const ageDays = (now.getTime() - received.getTime()) / 86_400_000;
      const at = (days: number) => new Date(Math.min(received.getTime() + days * 86_400_000, now.getTime() - 60_000));
      const late = r() < 0.12; // some complaints are handled after their deadline
      const step = (h: number) => at((late ? h * 3 : h) / 24);
      const changes: Record<string, unknown> = {};
      const companyResponsible = row.causeCategory !== 'SERVICE_ATTITUDE' && r() < 0.6;
      let status = 'RECEIVED';
      const stage =
        ageDays > 45 || closesLastMonth(received, now)
          ? 7
          : ageDays > 20
            ? Math.floor(r() * 8)
            : ageDays > 3
              ? Math.floor(r() * 5)
              : Math.floor(r() * 2);
      if (ageDays > 30 && r() < 0.06 && !closesLastMonth(received, now)) {
        Object.assign(changes, {
          status: 'REJECTED',
          rejectReason: '经核实为客户使用不当，非我司责任，已向客户说明',
          closedAt: step(20),
          companyResponsible: false,
          acknowledgedAt: step(2),
        });
      } else if (ageDays > 30 && r() < 0.04 && !closesLastMonth(received, now)) {
        Object.assign(changes, {
          status: 'WITHDRAWN',
          withdrawReason: '客户自行解决问题后撤回',
          withdrawnVoluntarily: r() < 0.85,
          closedAt: step(10),
          acknowledgedAt: step(2),
        });
      } else {
        if (stage >= 1) {
          status = 'ACKNOWLEDGED';
          changes.acknowledgedAt = step(2);
        }
        if (stage >= 2) status = 'INVESTIGATING';
        if (stage >= 3) {
          status = 'COUNTERMEASURE';
          Object.assign(changes, {
            companyResponsible,
            containment: '已安排工程师上门临时处理',
            rootCause: pick(r, ROOT_CAUSES),
            correctiveAction: pick(r, ACTIONS),
            preventiveAction: '纳入月度质量例会跟踪',
          });
        }
        if (stage >= 4) {
          status = 'RESPONDED';
          Object.assign(changes, {
            result: pick(r, ['已免费维修', '已更换部件', '已补偿并道歉', '已换货', '已重新开票']),
            repliedAt: step(20),
          });
        }
        if (stage >= 5 && companyResponsible)
          Object.assign(changes, { verifiedAt: step(30), verifiedBy: quality.displayName });
        if (stage >= 6) {
          const satisfied = r() < 0.88;
          status = 'CALLBACK';
          Object.assign(changes, {
            callbackAt: step(40),
            callbackBy: clerk.displayName,
            callbackResult: satisfied ? '客户表示满意，设备运行正常' : '客户认为处理时间过长',
            satisfied,
          });
          if (!satisfied) Object.assign(changes, { escalated: true, escalationReason: '客户不认可处理结果' });
        }
        if (stage >= 7 && (!companyResponsible || changes.verifiedAt)) {
          status = 'CLOSED';
          changes.closedAt = step(45);
        }
        changes.status = status;
      }
      await updateRow(em, complaintLedger, row.id, row.version, changes);
      for (const [field, v] of Object.entries(changes)) {
        audit.push({
          userId: quality.id,
          action: 'SEED',
          entity: 'complaint',
          entityId: row.id,
          field,
          oldValue: auditValue(row[field]),
          newValue: auditValue(v),
          reason: 'demo data',
        });
      }
    }
    await appendAudit(em, audit, newBatchId(), now);
  });
}
