import { defineModule } from '../app-module.js';
import { fieldServiceBehaviours, fieldServiceWorkflows } from './field-service.hooks.js';
import { FieldServiceResolver, ServiceRequestResolver } from './field-service.resolver.js';
import {
  CallbackRequestsResolver,
  ComplaintRequestsResolver,
  RaiseResolver,
  ReturnRequestsResolver,
} from './raise.resolver.js';
import { faultSolutionLedger } from './fault-solution.ledger.js';
import { serviceRequestLedger } from './service-request.ledger.js';
import { serviceVisitLedger } from './service-visit.ledger.js';
import { partMovementLedger, partStockLedger, sparePartLedger, stockLocationLedger } from './spare-part.ledgers.js';
import { technicianLedger } from './technician.ledger.js';

/** 现场服务: repair requests, dispatch, the visit and its report, spare parts, the fault knowledge base, technicians' figures. */
export const fieldServiceModule = defineModule({
  name: 'fieldService',
  ledgers: [
    serviceRequestLedger,
    serviceVisitLedger,
    technicianLedger,
    sparePartLedger,
    stockLocationLedger,
    partStockLedger,
    partMovementLedger,
    faultSolutionLedger,
  ],
  hooks: fieldServiceBehaviours,
  workflows: fieldServiceWorkflows,
  resolvers: [
    ServiceRequestResolver,
    FieldServiceResolver,
    RaiseResolver,
    ComplaintRequestsResolver,
    ReturnRequestsResolver,
    CallbackRequestsResolver,
  ],
  actionLabels: {
    FILE_REPORT: '提交服务报告',
    STOCK_MOVE: '备件出入库',
    FAULTY_PART: '旧件返回品质部',
    RAISE_COMPLAINT: '报修转投诉',
    RAISE_RETURN: '报修转退换修',
    RAISE_SERVICE_REQUEST: '转报修',
  },
});
