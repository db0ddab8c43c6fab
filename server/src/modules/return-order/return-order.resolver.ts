import { buildWorkflowResolver } from '../../core/ledger/workflow-graphql.js';
import { RETURN_TRANSITIONS as T } from '../rework/rework.rules.js';
import { returnOrderLedger } from './return-order.ledger.js';

export const ReturnOrderWorkflowResolver = buildWorkflowResolver(returnOrderLedger, T);
