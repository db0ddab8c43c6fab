import { defineModule } from '../app-module.js';
import { warrantyPolicyLedger } from './warranty-policy.ledger.js';

/** 保修政策: warranty policies per product model. */
export const warrantyModule = defineModule({ name: 'warranty', ledgers: [warrantyPolicyLedger], resolvers: [] });
