import 'reflect-metadata';
import type { NonEmptyArray } from 'type-graphql';
import { buildAuditResolver } from './api/graphql/audit.resolver.js';
import { buildAuditorResolver } from './api/graphql/auditor.resolver.js';
import { buildLedgerGraphQL } from './api/graphql/ledger/index.js';
import { MyOperationsResolver } from './api/graphql/my-operations.resolver.js';
import { AttachmentsResolver, buildAttachmentCountResolver } from './api/graphql/attachments.resolver.js';
import { LedgerMetaResolver } from './api/graphql/ledger-meta.resolver.js';
import { buildWorkflowResolver } from './api/graphql/workflow-resolver.js';
import { useSessionStore } from './api/http/session.js';
import type { AppConfig } from './config.js';
import type { ScheduledJob } from './core/jobs/scheduler.js';
import { registerPeriodLock } from './core/ledger/write/backfill.js';
import { attachApproval, attachHooks, registerLedgers } from './core/ledger/schema/define-ledger.js';
import type { LedgerDef } from './core/ledger/schema/ledger.types.js';
import { registerEntityLabel } from './core/ledger/trail/trail-display.js';
import { registerActionLabels, registerWorkflow } from './core/ledger/write/workflow.js';
import type { AppModule } from './modules/app-module.js';
import { AUDIT_ROLES, MODULES } from './modules/index.js';
import { keepReadsOnPrimary, listUserNames, userForToken, whySignedOut } from './modules/user/user.store.js';
import { RoleEnum } from './modules/user/roles.js';
import { registerRoleLabels } from './core/ledger/schema/permissions.js';

/** The application as the modules make it up: wired once, read by the server, the seeds and the tools. */
export interface Composition {
  modules: readonly AppModule[];
  ledgers: readonly LedgerDef[];
  /** Who verifies and reconciles the audit trail. */
  auditRoles: string[];
  /** The GraphQL resolver classes: the engine's, one per ledger and per workflow, then each module's own. */
  resolvers(): NonEmptyArray<Function>;
  /** The scheduled work the modules ask for under this configuration. */
  jobs(config: AppConfig): ScheduledJob[];
}

let composed: Composition | null = null;

/** Registers what every module declares (ledgers, behaviour, workflows, labels, locks) in the engine. */
function wireModules(modules: readonly AppModule[]): void {
  registerLedgers(modules.flatMap((m) => m.ledgers));
  for (const m of modules) {
    for (const b of m.hooks ?? []) {
      if (b.hooks) attachHooks(b.ledger, b.hooks);
      if (b.approval) attachApproval(b.ledger, b.approval);
    }
    for (const w of m.workflows ?? []) registerWorkflow(w.ledger, w.commands, w.statusField ?? 'status');
    if (m.actionLabels) registerActionLabels(m.actionLabels);
    for (const [entity, zh] of Object.entries(m.entityLabels ?? {})) registerEntityLabel(entity, zh);
    for (const lock of m.periodLocks ?? []) registerPeriodLock(lock);
  }
  registerRoleLabels(Object.fromEntries(Object.entries(RoleEnum.values).map(([code, l]) => [code, l.zh])));
  // the API reads sessions through the user module's store, given here rather than imported by the API
  useSessionStore({ userForToken, keepReadsOnPrimary, whySignedOut });
}

/**
 * The composition root: the one place where the modules are read and the engine, the API and the
 * scheduler are given what they declare. Idempotent; nothing registers by being imported.
 */
export function composeApp(): Composition {
  if (composed) return composed;
  wireModules(MODULES);
  let resolvers: NonEmptyArray<Function> | null = null;
  composed = {
    modules: MODULES,
    ledgers: MODULES.flatMap((m) => m.ledgers),
    auditRoles: AUDIT_ROLES,
    resolvers: () =>
      (resolvers ??= [
        LedgerMetaResolver,
        MyOperationsResolver,
        AttachmentsResolver,
        buildAuditResolver(AUDIT_ROLES),
        buildAuditorResolver(AUDIT_ROLES, listUserNames),
        ...MODULES.flatMap((m) => m.ledgers).map((l) => buildLedgerGraphQL(l).Resolver),
        ...MODULES.flatMap((m) => m.ledgers)
          .filter((l) => l.attachments)
          .map(buildAttachmentCountResolver),
        ...MODULES.flatMap((m) =>
          (m.workflows ?? []).map((w) => buildWorkflowResolver(w.ledger, w.commands, w.statusField)),
        ),
        ...MODULES.flatMap((m) => m.resolvers),
      ]),
    jobs: (config) => MODULES.flatMap((m) => m.jobs?.(config) ?? []),
  };
  return composed;
}
