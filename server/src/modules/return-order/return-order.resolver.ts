import { buildWorkflowResolver } from '../../api/graphql/workflow-resolver.js';
import { RETURN_TRANSITIONS as T } from '../rework/rework.rules.js';
import { returnOrderLedger } from './return-order.ledger.js';

export const ReturnOrderWorkflowResolver = buildWorkflowResolver(returnOrderLedger, T);
