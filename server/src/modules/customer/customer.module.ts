import { defineModule } from '../app-module.js';
import { customerLedger } from './customer.ledger.js';

/** 客户: the customer register. */
export const customerModule = defineModule({ name: 'customer', ledgers: [customerLedger], resolvers: [] });
