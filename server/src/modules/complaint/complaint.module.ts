import { defineModule } from '../app-module.js';
import './complaint.hooks.js';
import { complaintLedger } from './complaint.ledger.js';
import { ComplaintResolver, ComplaintWorkflowResolver } from './complaint.resolver.js';

/** 投诉台账: complaints, their deadlines and their handling commands. */
export const complaintModule = defineModule({ name: 'complaint', ledgers: [complaintLedger], resolvers: [ComplaintResolver, ComplaintWorkflowResolver], actionLabels: { REPEAT_CHECK: '重复投诉判定', AUTO_ESCALATE: '自动升级' } });
