import { defineModule } from '../app-module.js';
import { RETURN_TRANSITIONS } from '../rework/rework.rules.js';
import { returnOrderBehaviours } from './return-order.hooks.js';
import { returnOrderLedger } from './return-order.ledger.js';

/** 退/换/维修单: returns with their warranty decision. */
export const returnOrderModule = defineModule({
  name: 'return-order',
  ledgers: [returnOrderLedger],
  hooks: returnOrderBehaviours,
  workflows: [{ ledger: returnOrderLedger, commands: RETURN_TRANSITIONS }],
  resolvers: [],
});
