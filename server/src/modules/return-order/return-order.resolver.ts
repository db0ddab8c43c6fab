import { buildWorkflowResolver } from '../../core/ledger/workflow-graphql.js';
import { RETURN_TRANSITIONS as T } from '../rework/rework.rules.js';
import { returnOrderLedger } from './return-order.ledger.js';

export const ReturnOrderWorkflowResolver = buildWorkflowResolver(returnOrderLedger, {
  count: { transition: T.count, mutation: 'countReturnOrder', description: 'REGISTERED → COUNTED with the quantity counted on arrival (清点).', args: { qtyCounted: { type: 'Int', description: '清点数量.' } } },
  openRework: { transition: T.openRework, mutation: 'openReworkOrder', description: 'COUNTED → IN_REWORK; PMC opens the rework order for the counted quantity.' },
  close: { transition: T.close, mutation: 'closeReturnOrder', description: 'COUNTED/REPAIRED → CLOSED when the unit (or its replacement or refund) went back to the customer.' },
});
