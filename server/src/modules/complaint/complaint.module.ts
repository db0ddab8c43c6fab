import { defineModule } from '../app-module.js';
import { complaintContactBehaviour } from './complaint-contact.hooks.js';
import { complaintContactLedger } from './complaint-contact.ledger.js';
import { complaintBehaviour, complaintWorkflow } from './complaint.hooks.js';
import { complaintLedger } from './complaint.ledger.js';
import { ComplaintResolver } from './complaint.resolver.js';
import { escalationJob } from './escalation.js';

/** 投诉台账: complaints, their deadlines, their handling commands and their automatic escalation. */
export const complaintModule = defineModule({
  name: 'complaint',
  ledgers: [complaintLedger, complaintContactLedger],
  hooks: [complaintBehaviour, complaintContactBehaviour],
  workflows: [complaintWorkflow],
  resolvers: [ComplaintResolver],
  jobs: (config) =>
    config.escalationEveryMinutes > 0
      ? [
          escalationJob(config.escalationEveryMinutes, {
            clusterSize: config.escalationClusterSize,
            clusterDays: config.escalationClusterDays,
          }),
        ]
      : [],
  actionLabels: { REPEAT_CHECK: '重复投诉判定', AUTO_ESCALATE: '自动升级' },
});
