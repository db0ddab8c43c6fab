import type { DataSource } from 'typeorm';
import { toSqlParam } from '../../core/db/sql-value.js';
import { daysBetween, localDate } from '../../../../common/business-time.js';
import { findByField, findByIds, quote } from '../../core/ledger/query/ledger-store.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { productModelLedger } from '../product/product-model.ledger.js';
import { parseSkills, suggestTechnicians, type Suggestion } from './dispatch.rules.js';
import { OPEN_STATUSES } from './service-request.filters.js';
import { serviceRequestLedger } from './service-request.ledger.js';
import { serviceVisitLedger } from './service-visit.ledger.js';
import { technicianFigures, type RequestFacts, type TechnicianFigures } from './technician-figures.rules.js';
import { technicianLedger } from './technician.ledger.js';
import { technicianOfUser } from './technicians.js';

/** Open requests per technician: the load 派工 weighs. */
export async function openLoads(ds: DataSource): Promise<Map<number, number>> {
  const q = (n: string) => quote(ds, n);
  const rows: Array<{ t: number; n: number }> = await ds.query(
    `SELECT ${q('technicianId')} AS t, COUNT(*) AS n FROM ${q(serviceRequestLedger.table)} WHERE ${q('voidedAt')} IS NULL AND ${q('technicianId')} IS NOT NULL AND ${q('status')} IN (${OPEN_STATUSES.map(() => '?').join(', ')}) GROUP BY ${q('technicianId')}`,
    OPEN_STATUSES,
  );
  return new Map(rows.map((r) => [Number(r.t), Number(r.n)]));
}

const allTechnicians = (ds: DataSource) =>
  ds.query(`SELECT * FROM ${quote(ds, technicianLedger.table)} WHERE ${quote(ds, 'voidedAt')} IS NULL`) as Promise<
    Row[]
  >;

/** Who suits a request, best first, with reasons. */
export async function dispatchSuggestions(
  ds: DataSource,
  requestId: number,
): Promise<Array<Suggestion & { code: string; station: string; openRequests: number }>> {
  const [request] = await findByIds(ds.manager, serviceRequestLedger, [requestId]);
  if (!request) return [];
  const [model] = request.modelId ? await findByIds(ds.manager, productModelLedger, [Number(request.modelId)]) : [];
  const [techs, loads] = await Promise.all([allTechnicians(ds), openLoads(ds)]);
  const byId = new Map(techs.map((t) => [Number(t.id), t]));
  return suggestTechnicians(
    {
      region: (request.region as string | null) ?? null,
      modelCode: (model?.code as string | undefined) ?? null,
      category: (model?.category as string | undefined) ?? null,
    },
    techs.map((t) => ({
      id: Number(t.id),
      name: String(t.name),
      station: String(t.station),
      region: String(t.region),
      skills: parseSkills(t.skills),
      openRequests: loads.get(Number(t.id)) ?? 0,
      active: t.active === true || t.active === 1 || t.active === '1',
    })),
  ).map((s) => {
    const t = byId.get(s.technicianId)!;
    return { ...s, code: String(t.code), station: String(t.station), openRequests: loads.get(s.technicianId) ?? 0 };
  });
}

/** 技术人员业绩 for requests reported in [from, to). */
export async function figuresFor(
  ds: DataSource,
  from: Date,
  to: Date,
  now: Date,
): Promise<Array<TechnicianFigures & { code: string; name: string; station: string }>> {
  const q = (n: string) => quote(ds, n);
  const raw: Row[] = await ds.query(
    `SELECT ${q('id')} FROM ${q(serviceRequestLedger.table)} WHERE ${q('voidedAt')} IS NULL AND ${q('technicianId')} IS NOT NULL AND ${q('reportedAt')} >= ? AND ${q('reportedAt')} < ?`,
    [toSqlParam(ds, 'datetime', from), toSqlParam(ds, 'datetime', to)],
  );
  const requests = await findByIds(
    ds.manager,
    serviceRequestLedger,
    raw.map((r) => Number(r.id)),
  );
  const visits = await findByField(
    ds.manager,
    serviceVisitLedger,
    'requestId',
    requests.map((r) => r.id),
  );
  const archives = [...new Set(requests.map((r) => r.archiveId).filter((a): a is number => a != null))];
  const later = await findByField(ds.manager, serviceRequestLedger, 'archiveId', archives);
  const figures = technicianFigures(
    requests as unknown as RequestFacts[],
    visits.map((v) => ({
      requestId: Number(v.requestId),
      arrivedAt: v.arrivedAt as Date,
      fixed: v.fixed !== false,
      hours: Number(v.hours ?? 0),
      partsCost: Number(v.partsCost ?? 0),
    })),
    later.map((r) => ({ id: r.id, archiveId: Number(r.archiveId), reportedAt: r.reportedAt as Date })),
    now,
  );
  const techs = new Map((await allTechnicians(ds)).map((t) => [Number(t.id), t]));
  return figures
    .map((f) => {
      const t = techs.get(f.technicianId);
      return { ...f, code: String(t?.code ?? ''), name: String(t?.name ?? ''), station: String(t?.station ?? '') };
    })
    .sort((a, b) => a.station.localeCompare(b.station, 'zh') || a.code.localeCompare(b.code));
}

/** A technician's requests still to visit, the nearest arrival promise first. */
export async function myOpenRequests(ds: DataSource, userId: number): Promise<Row[]> {
  const id = (await technicianOfUser(ds.manager, userId))?.id ?? null;
  if (id === null) return [];
  const mine = await findByField(ds.manager, serviceRequestLedger, 'technicianId', [id]);
  return mine
    .filter((r) => r.status === 'DISPATCHED' || r.status === 'ON_SITE')
    .sort((a, b) => Number(a.arrivalDueAt ?? 0) - Number(b.arrivalDueAt ?? 0));
}

/** What is on a technician's van (parts with none left are listed too, so he sees what ran out). */
export async function vanStockOf(
  ds: DataSource,
  userId: number,
): Promise<Array<{ partNo: string; name: string; qty: number }>> {
  const id = (await technicianOfUser(ds.manager, userId))?.id ?? null;
  if (id === null) return [];
  const q = (n: string) => quote(ds, n);
  const rows: Array<{ partNo: string; name: string; qty: number }> = await ds.query(
    `SELECT p.${q('partNo')} AS partNo, p.${q('name')} AS name, s.${q('qty')} AS qty FROM ${q('part_stock')} s
       JOIN ${q('stock_location')} l ON l.${q('id')} = s.${q('locationId')} JOIN ${q('spare_part')} p ON p.${q('id')} = s.${q('partId')}
     WHERE l.${q('technicianId')} = ? AND l.${q('kind')} = 'VAN' AND s.${q('voidedAt')} IS NULL ORDER BY p.${q('partNo')}`,
    [id],
  );
  return rows.map((r) => ({ partNo: r.partNo, name: r.name, qty: Number(r.qty) }));
}

/** 缺件: parts whose stock in the warehouses is below the minimum kept, with what the vans still carry. */
export async function partShortages(
  ds: DataSource,
): Promise<Array<{ partNo: string; name: string; minLevel: number; warehouse: number; vans: number }>> {
  const q = (n: string) => quote(ds, n);
  const rows: Array<{ partNo: string; name: string; minLevel: number; warehouse: number | null; vans: number | null }> =
    await ds.query(
      `SELECT p.${q('partNo')} AS partNo, p.${q('name')} AS name, p.${q('minLevel')} AS minLevel,
         SUM(CASE WHEN l.${q('kind')} = 'WAREHOUSE' THEN s.${q('qty')} ELSE 0 END) AS warehouse,
         SUM(CASE WHEN l.${q('kind')} = 'VAN' THEN s.${q('qty')} ELSE 0 END) AS vans
       FROM ${q('spare_part')} p
         LEFT JOIN ${q('part_stock')} s ON s.${q('partId')} = p.${q('id')} AND s.${q('voidedAt')} IS NULL
         LEFT JOIN ${q('stock_location')} l ON l.${q('id')} = s.${q('locationId')}
       WHERE p.${q('voidedAt')} IS NULL
       GROUP BY p.${q('id')}, p.${q('partNo')}, p.${q('name')}, p.${q('minLevel')}
       ORDER BY p.${q('partNo')}`,
    );
  return rows
    .map((r) => ({
      partNo: r.partNo,
      name: r.name,
      minLevel: Number(r.minLevel ?? 0),
      warehouse: Number(r.warehouse ?? 0),
      vans: Number(r.vans ?? 0),
    }))
    .filter((r) => r.warehouse < r.minLevel);
}

/**
 * 派工看板: each active technician's open requests by the day their arrival falls due (China time),
 * overdue ones counted apart, for the next `days` days.
 */
export async function technicianLoads(
  ds: DataSource,
  now: Date,
  days: number,
): Promise<Array<{ code: string; name: string; station: string; overdue: number; perDay: number[] }>> {
  const techs = (await allTechnicians(ds)).filter((t) => t.active === true || t.active === 1 || t.active === '1');
  const open = await findByField(ds.manager, serviceRequestLedger, 'status', OPEN_STATUSES);
  const today = localDate(now);
  return techs
    .map((t) => {
      const mine = open.filter((r) => Number(r.technicianId) === Number(t.id));
      const perDay = Array.from({ length: days }, () => 0);
      let overdue = 0;
      for (const r of mine) {
        const due = r.arrivalDueAt instanceof Date ? r.arrivalDueAt : null;
        if (!due || r.status === 'ON_SITE') continue;
        if (due < now) overdue++;
        else {
          const k = daysBetween(today, localDate(due));
          if (k < days) perDay[k]++;
        }
      }
      return { code: String(t.code), name: String(t.name), station: String(t.station), overdue, perDay };
    })
    .sort((a, b) => a.station.localeCompare(b.station, 'zh') || a.code.localeCompare(b.code));
}
