import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { findByIds } from '../ledger/ledger-store.js';
import type { LedgerDef, Row } from '../ledger/ledger.types.js';

/** The signed-in user as every resolver sees it. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: string;
  departmentId: number | null;
  sessionId: number;
}

/** Per-request DataLoaders, one per ledger; batches capped at 1000 ids. */
export class Loaders {
  private readonly byLedger = new Map<string, DataLoader<number, Row | null>>();
  constructor(private readonly ds: DataSource) {}

  row(ledger: LedgerDef): DataLoader<number, Row | null> {
    let l = this.byLedger.get(ledger.name);
    if (!l) {
      l = new DataLoader<number, Row | null>(
        async (ids) => {
          const rows = await findByIds(this.ds.manager, ledger, ids);
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? null);
        },
        { maxBatchSize: 1000 },
      );
      this.byLedger.set(ledger.name, l);
    }
    return l;
  }
}

export interface RequestContext {
  ds: DataSource;
  user: SessionUser | null;
  loaders: Loaders;
  ip: string;
}

export function createContext(ds: DataSource, user: SessionUser | null, ip = ''): RequestContext {
  return { ds, user, loaders: new Loaders(ds), ip };
}
