import type { EntityManager } from 'typeorm';
import { findByField, quote } from '../../core/ledger/query/ledger-store.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { stockLocationLedger } from './spare-part.ledgers.js';
import { technicianLedger } from './technician.ledger.js';

/** The technician row a user signs in as (technician.username = the user's), or null. */
export async function technicianOfUser(
  em: EntityManager,
  userId: number | null,
): Promise<{ id: number; name: string } | null> {
  if (userId === null) return null;
  const ds = em.connection;
  const q = (n: string) => quote(ds, n);
  const [t] = (await em.query(
    `SELECT t.${q('id')} AS id, t.${q('name')} AS name FROM ${q(technicianLedger.table)} t JOIN ${q('app_user')} u ON u.${q('username')} = t.${q('username')} WHERE u.${q('id')} = ? AND t.${q('voidedAt')} IS NULL`,
    [userId],
  )) as Array<{ id: number; name: string }>;
  return t ? { id: Number(t.id), name: t.name } : null;
}

/** A technician's van: the stock location of kind VAN that names him, or null. */
export async function vanOf(em: EntityManager, technicianId: number): Promise<Row | null> {
  const locations = await findByField(em, stockLocationLedger, 'technicianId', [technicianId]);
  return locations.find((l) => l.kind === 'VAN') ?? null;
}
