import { defineModule } from '../app-module.js';
import { productModelLedger } from './product-model.ledger.js';

/** 产品型号: the model list the other ledgers and the analysis share. */
export const productModule = defineModule({ name: 'product', ledgers: [productModelLedger], resolvers: [] });
