import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '../api/http/logger.js';
import type { LedgerDef } from '../core/ledger/ledger.types.js';

/**
 * What one part of the domain brings to the application: its ledgers (in menu order; their hooks
 * attached by importing the module) and its own resolver classes (commands, reports, computed fields).
 */
export interface AppModule {
  name: string;
  ledgers: LedgerDef[];
  resolvers: Function[];
  /** HTTP routes beside GraphQL (file downloads). */
  http?: (ds: DataSource, log: Logger) => Router;
  /** What its trail actions that are no workflow command are called (AUTO_ESCALATE: 自动升级). */
  actionLabels?: Record<string, string>;
}

export function defineModule(m: AppModule): AppModule {
  return m;
}
