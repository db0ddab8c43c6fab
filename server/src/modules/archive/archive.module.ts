import { defineModule } from '../app-module.js';
import { ArchiveResolver } from './archive.resolver.js';
import { archiveBehaviours } from './service-archive.hooks.js';
import { serviceArchiveLedger } from './service-archive.ledger.js';

/** 售后服务档案: one archive per sold unit, its warranty verdict and timeline. */
export const archiveModule = defineModule({
  name: 'archive',
  ledgers: [serviceArchiveLedger],
  hooks: archiveBehaviours,
  resolvers: [ArchiveResolver],
});
