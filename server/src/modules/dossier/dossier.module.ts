import { defineModule } from '../app-module.js';
import { dossierRouter } from './dossier.router.js';

/** 档案包: the auditor's workbook of units with every linked record and its history. */
export const dossierModule = defineModule({ name: 'dossier', ledgers: [], resolvers: [], http: dossierRouter });
