import { defineModule } from '../app-module.js';
import './return-order.hooks.js';
import { returnOrderLedger } from './return-order.ledger.js';
import { ReturnOrderWorkflowResolver } from './return-order.resolver.js';

/** 退/换/维修单: returns with their warranty decision. */
export const returnOrderModule = defineModule({ name: 'return-order', ledgers: [returnOrderLedger], resolvers: [ReturnOrderWorkflowResolver] });
