import type { DataSource } from 'typeorm';
import { localYear } from '../../../../common/business-time.js';
import { auditKeyOf } from '../../core/audit/audit-key.js';
import { quoter, toSqlParam } from '../../core/db/sql-value.js';

/** One thing to have in place before the departments start work, and whether it is. */
export interface SetupItem {
  key: string;
  label: string;
  done: boolean;
  /** What is there, or what to do and who does it. */
  detail: string;
}

const ROLES_NEEDED: Array<[string, string]> = [
  ['CLERK', '客服文员'],
  ['QUALITY', '品质部'],
  ['MANAGER', '总经理室'],
  ['PMC', 'PMC'],
  ['PRODUCTION', '生产部'],
  ['AUDITOR', '审计'],
];

/**
 * 上线准备, for the administrator: the lists the ledgers refer to, filled by whom; a user for every
 * role and a head for the departments that approve; the working calendar of this year and the next;
 * the audit key. Each item says what is missing and who fills it.
 */
export async function setupChecklist(ds: DataSource, now = new Date()): Promise<SetupItem[]> {
  const q = quoter(ds);
  const count = async (table: string, where = '') =>
    Number((await ds.query(`SELECT COUNT(*) AS n FROM ${q(table)} WHERE ${q('voidedAt')} IS NULL${where}`))[0].n);
  const [departments, models, policies, customers] = [
    await count('department'),
    await count('product_model'),
    await count('warranty_policy'),
    await count('customer'),
  ];
  const roles: Array<{ r: string }> = await ds.query(
    `SELECT DISTINCT ${q('role')} AS r FROM ${q('app_user')} WHERE ${q('voidedAt')} IS NULL AND ${q('active')} = ?`,
    [toSqlParam(ds, 'bool', true)],
  );
  const missingRoles = ROLES_NEEDED.filter(([r]) => !roles.some((x) => x.r === r)).map(([, label]) => label);
  const heads = Number(
    (
      await ds.query(
        `SELECT COUNT(*) AS n FROM ${q('app_user')} WHERE ${q('voidedAt')} IS NULL AND ${q('deptHead')} = ?`,
        [toSqlParam(ds, 'bool', true)],
      )
    )[0].n,
  );
  const year = localYear(now);
  const years = (
    (await ds.query(`SELECT ${q('year')} AS y FROM ${q('calendar_year')} WHERE ${q('year')} IN (?, ?)`, [
      year,
      year + 1,
    ])) as Array<{ y: number }>
  ).map((r) => Number(r.y));
  const missing = [year, year + 1].filter((y) => !years.includes(y));
  const key = auditKeyOf(ds);
  return [
    {
      key: 'departments',
      label: '部门',
      done: departments > 0,
      detail: departments ? `${departments} 个部门` : '请在「部门」台账录入各部门（对策单位从这里选）',
    },
    {
      key: 'users',
      label: '各岗位用户',
      done: !missingRoles.length,
      detail: missingRoles.length ? `还没有：${missingRoles.join('、')}（在「用户」台账新建）` : '每个岗位都有用户',
    },
    {
      key: 'deptHeads',
      label: '部门负责人',
      done: heads > 0,
      detail: heads
        ? `${heads} 位部门负责人（核准本部门的处理方案）`
        : '请在「用户」台账勾选部门负责人：他们核准本部门的投诉处理方案',
    },
    {
      key: 'productModels',
      label: '产品型号',
      done: models > 0,
      detail: models
        ? `${models} 个型号`
        : '型号表为空：客服在投诉、档案中只能填写表中的型号。型号表由品质部维护，请品质部先录入',
    },
    {
      key: 'warrantyPolicies',
      label: '保修政策',
      done: policies > 0,
      detail: policies ? `${policies} 条保修政策` : '请品质部按型号录入保修政策（保修期、起算日、例行检查月份）',
    },
    {
      key: 'customers',
      label: '客户',
      done: customers > 0,
      detail: customers ? `${customers} 个客户` : '请客服录入或导入客户',
    },
    {
      key: 'calendar',
      label: '工作日历',
      done: !missing.length,
      detail: missing.length
        ? `${missing.join('、')} 年的放假安排公布后请在「工作日历」录入，否则期限只是暂定${years.length ? `（已有 ${years.join('、')} 年）` : ''}`
        : `已有 ${year}、${year + 1} 年`,
    },
    {
      key: 'auditKey',
      label: '审计密钥',
      done: key.source === 'env',
      detail:
        key.source === 'env' ? '由 AUDIT_KEY 提供' : '正使用自动生成的密钥文件：请备份，并让每个实例用同一个 AUDIT_KEY',
    },
  ];
}
