import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '../api/http/logger.js';
import type { PeriodLock } from '../core/ledger/write/backfill.js';
import type { ScheduledJob } from '../core/jobs/scheduler.js';
import type { LedgerDef, LedgerHooks } from '../core/ledger/schema/ledger.types.js';
import type { Transition } from '../core/ledger/write/workflow.js';
import type { AppConfig } from '../config.js';

/** What a ledger does beyond its declaration: its hooks and what an approval on it vouches for. */
export interface LedgerBehaviour {
  ledger: LedgerDef;
  hooks?: LedgerHooks;
  approval?: LedgerDef['approval'];
}

/** A ledger's commands (one mutation each) over its status column. */
export interface WorkflowDeclaration {
  ledger: LedgerDef;
  commands: Record<string, Transition>;
  /** 'status' when not given. */
  statusField?: string;
}

/**
 * What one part of the domain brings to the application. Nothing here registers by being imported:
 * the composition root (server/src/composition.ts) reads every module once at start-up and wires it.
 */
export interface AppModule {
  name: string;
  /** Its ledgers, in menu order. */
  ledgers: LedgerDef[];
  /** Behaviour attached to ledgers (its own, or another module's it reacts to). */
  hooks?: LedgerBehaviour[];
  /** Ledgers whose rows move by commands. */
  workflows?: WorkflowDeclaration[];
  /** Its own resolver classes (queries, commands that are no workflow, computed fields). */
  resolvers: Function[];
  /** HTTP routes beside GraphQL (file downloads). */
  http?: (ds: DataSource, log: Logger) => Router;
  /** Scheduled work, as the configuration asks for it. */
  jobs?: (config: AppConfig) => ScheduledJob[];
  /** What its trail actions that are no workflow command are called (AUTO_ESCALATE: 自动升级). */
  actionLabels?: Record<string, string>;
  /** What trail entries of its non-ledger records are called (analysisReport: 统计报告). */
  entityLabels?: Record<string, string>;
  /** Periods a record entered after the fact (补录) may not change without a confirmation. */
  periodLocks?: PeriodLock[];
}

export function defineModule(m: AppModule): AppModule {
  return m;
}
