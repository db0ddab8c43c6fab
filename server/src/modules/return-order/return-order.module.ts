import { defineModule } from '../app-module.js';
import { returnOrderBehaviours, returnOrderWorkflow } from './return-order.hooks.js';
import { returnOrderLedger } from './return-order.ledger.js';

/** 退/换/维修单: returns with their warranty decision. */
export const returnOrderModule = defineModule({
  name: 'return-order',
  ledgers: [returnOrderLedger],
  hooks: returnOrderBehaviours,
  workflows: [returnOrderWorkflow],
  resolvers: [],
});
