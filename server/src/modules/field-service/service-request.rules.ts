import type { EntityManager } from 'typeorm';
import { loadCalendar } from '../../core/calendar/calendar.store.js';
import { addDays, localDate } from '../../core/calendar/working-calendar.js';
import type { EnumCode } from '../../core/ledger/schema/ledger.types.js';
import { WorkflowError, type Transition } from '../../core/ledger/write/workflow.js';
import { quote } from '../../core/ledger/query/ledger-store.js';
import { Role } from '../user/roles.js';
import type { ServiceRequestStatus } from './field-service.enums.js';
import { dueTimes } from './service-promise.rules.js';
import { DISPATCHERS, technicianLedger } from './technician.ledger.js';
import { technicianOfUser } from './technicians.js';

type Status = EnumCode<typeof ServiceRequestStatus>;
type Values = Record<string, unknown>;

import { OPEN_STATUSES } from './service-request.filters.js';

export { OPEN_STATUSES };

/** The due times after `changes`, on the working calendar around the request's dates. */
export async function withDueTimes(em: EntityManager, row: Values, changes: Values): Promise<Values> {
  const merged = { ...row, ...changes };
  const start = merged.reportedAt instanceof Date ? localDate(merged.reportedAt) : localDate(new Date());
  const cal = await loadCalendar(em, addDays(start, -1), addDays(start, 120));
  return { ...changes, ...dueTimes(merged, cal) };
}

/** A technician by staff no., active: the one a dispatch names. */
export async function technicianByCode(em: EntityManager, code: unknown): Promise<{ id: number; name: string }> {
  const ds = em.connection;
  const [t] = (await em.query(
    `SELECT ${quote(ds, 'id')} AS id, ${quote(ds, 'name')} AS name, ${quote(ds, 'active')} AS active FROM ${quote(ds, technicianLedger.table)} WHERE ${quote(ds, 'code')} = ? AND ${quote(ds, 'voidedAt')} IS NULL`,
    [String(code ?? '').trim()],
  )) as Array<{ id: number; name: string; active: unknown }>;
  if (!t) throw new WorkflowError('PRECONDITION', `没有工号为「${String(code ?? '')}」的技术员`, 'technician');
  if (!t.active || t.active === '0' || t.active === 0)
    throw new WorkflowError('PRECONDITION', `技术员 ${t.name} 已不在岗，不能派工`, 'technician');
  return { id: Number(t.id), name: t.name };
}

const text = (v: unknown) => String(v ?? '').trim();

export const SERVICE_REQUEST_TRANSITIONS: Record<string, Transition<Status>> = {
  guide: {
    mutation: 'recordPhoneGuidance',
    inbox: '待电话指导或派工的报修',
    inboxRoles: [Role.CLERK],
    description: '电话指导: what the customer was told to try; the first answer stops the response clock.',
    args: { guidance: { type: 'String', description: '电话指导内容与结果.' } },
    label: '记录电话指导',
    roles: DISPATCHERS,
    from: ['RECEIVED'],
    to: null,
    needs: ['guidance'],
    apply: (row, input, now) => ({
      phoneGuidance: [text(row.phoneGuidance), text(input.guidance)].filter(Boolean).join('\n'),
      respondedAt: row.respondedAt ?? now,
    }),
  },
  resolveByPhone: {
    mutation: 'resolveServiceRequestByPhone',
    description: 'RECEIVED → REMOTE_RESOLVED: the fault was cleared on the phone; no visit, its own figures.',
    args: { guidance: { type: 'String', description: '电话指导内容与结果.' } },
    label: '电话指导已解决',
    roles: DISPATCHERS,
    from: ['RECEIVED'],
    to: 'REMOTE_RESOLVED',
    needs: ['guidance'],
    apply: (row, input, now) => ({
      phoneGuidance: [text(row.phoneGuidance), text(input.guidance)].filter(Boolean).join('\n'),
      respondedAt: row.respondedAt ?? now,
      clearedAt: now,
    }),
  },
  dispatch: {
    mutation: 'dispatchServiceRequest',
    description: 'RECEIVED → DISPATCHED: 派工 to a technician by staff no. (see dispatchSuggestions for who suits).',
    args: {
      technician: { type: 'String', description: '技术员工号.' },
      note: { type: 'String', description: '派工说明.', optional: true },
    },
    label: '派工',
    roles: DISPATCHERS,
    from: ['RECEIVED'],
    to: 'DISPATCHED',
    needs: ['technician'],
    apply: async (row, input, now, _actor, ctx) => {
      const t = await technicianByCode(ctx!.em, input.technician);
      return {
        technicianId: t.id,
        dispatchedAt: now,
        respondedAt: row.respondedAt ?? now,
        dispatchNote: text(input.note) || null,
      };
    },
  },
  reassign: {
    mutation: 'reassignServiceRequest',
    description: 'DISPATCHED → DISPATCHED: 改派 to another technician, with the reason (audited).',
    args: {
      technician: { type: 'String', description: '新技术员工号.' },
      reason: { type: 'String', description: '改派理由.' },
    },
    label: '改派',
    roles: DISPATCHERS,
    from: ['DISPATCHED'],
    to: null,
    needs: ['technician', 'reason'],
    apply: async (row, input, now, _actor, ctx) => {
      const t = await technicianByCode(ctx!.em, input.technician);
      if (t.id === row.technicianId) throw new WorkflowError('PRECONDITION', `已经派给 ${t.name}`, 'technician');
      return { technicianId: t.id, dispatchedAt: now, dispatchNote: `改派：${text(input.reason)}` };
    },
  },
  arrive: {
    mutation: 'arriveOnSite',
    // no shared list: each technician's own requests are on his phone page
    description: 'DISPATCHED → ON_SITE: the technician is on site; stops the arrival clock and starts 排除.',
    label: '到场',
    roles: [...DISPATCHERS, Role.TECHNICIAN],
    from: ['DISPATCHED'],
    to: 'ON_SITE',
    check: async (ctx, row) => {
      if (ctx.role !== Role.TECHNICIAN) return null;
      const tech = await technicianOfUser(ctx.em, ctx.userId);
      return tech && tech.id === row.technicianId
        ? null
        : { field: 'technician', message: '只能为派给自己的报修单记录到场' };
    },
    apply: async (row, _input, now, _actor, ctx) => withDueTimes(ctx!.em, row, { arrivedAt: row.arrivedAt ?? now }),
  },
  close: {
    mutation: 'closeServiceRequest',
    inbox: '待回访的服务请求',
    inboxRoles: [Role.CLERK],
    description:
      'REPORTED → CLOSED: the callback after the visit, with its result and whether the customer was satisfied.',
    args: {
      result: { type: 'String', description: '回访结果.' },
      satisfied: { type: 'Boolean', description: '客户是否满意.' },
    },
    label: '回访关闭',
    roles: DISPATCHERS,
    from: ['REPORTED'],
    to: 'CLOSED',
    needs: ['result', 'satisfied'],
    apply: (_row, input) => ({ closingNote: text(input.result), satisfied: input.satisfied === true }),
  },
  cancel: {
    mutation: 'cancelServiceRequest',
    description: 'RECEIVED/DISPATCHED → CANCELLED: the customer no longer needs the service; the reason is kept.',
    args: { reason: { type: 'String', description: '撤销原因.' } },
    label: '撤销',
    roles: DISPATCHERS,
    from: ['RECEIVED', 'DISPATCHED'],
    to: 'CANCELLED',
    needs: ['reason'],
    apply: (_row, input) => ({ closingNote: `撤销：${text(input.reason)}` }),
  },
};
