import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, ledgerSystemColumns, table } from './migration-helpers.js';

/** Warranty policies, service archives, returns, rework with materials and requisitions, notices, inspections, callbacks, surveys. */
export class AfterSalesLoop1764000000002 implements MigrationInterface {
  name = 'AfterSalesLoop1764000000002';

  async up(qr: QueryRunner): Promise<void> {
    const ledger = (name: string, columns: ReturnType<typeof col>[], indexed: string[][]) =>
      qr.createTable(table(name, [...ledgerSystemColumns(), ...columns], [...indexed, ['createdAt'], ['updatedAt']]));

    await ledger(
      'warranty_policy',
      [
        col('modelCode', 'string', { length: 40, unique: true }),
        col('modelName', 'string', { length: 100 }),
        col('contractNo', 'string', { length: 40, nullable: true }),
        col('warrantyMonths', 'int'),
        col('startBasis', 'string', { length: 20 }),
        col('consumerSanbao', 'bool', { nullable: true }),
        col('returnDays', 'int', { nullable: true }),
        col('exchangeDays', 'int', { nullable: true }),
        col('inspectionMonths', 'string', { length: 60, nullable: true }),
        col('remark', 'text', { nullable: true }),
      ],
      [['modelName'], ['warrantyMonths'], ['startBasis']],
    );

    await ledger(
      'service_archive',
      [
        col('archiveNo', 'string', { length: 20, unique: true }),
        col('customerId', 'int'),
        col('policyId', 'int'),
        col('serialNo', 'string', { length: 60, unique: true }),
        col('invoiceDate', 'date'),
        col('acceptanceDate', 'date', { nullable: true }),
        col('installAddress', 'string', { length: 200, nullable: true }),
        col('contactName', 'string', { length: 40, nullable: true }),
        col('contactPhone', 'string', { length: 40, nullable: true }),
        col('salesRep', 'string', { length: 40, nullable: true }),
        col('remark', 'text', { nullable: true }),
      ],
      [['customerId'], ['policyId'], ['invoiceDate'], ['acceptanceDate'], ['salesRep']],
    );

    await ledger(
      'return_order',
      [
        col('orderNo', 'string', { length: 20, unique: true }),
        col('archiveId', 'int'),
        col('customerId', 'int', { nullable: true }),
        col('complaintId', 'int', { nullable: true }),
        col('type', 'string', { length: 20 }),
        col('qtyClaimed', 'int'),
        col('qtyCounted', 'int', { nullable: true }),
        col('receivedAt', 'datetime'),
        col('fault', 'text'),
        col('warrantyDecision', 'string', { length: 20, nullable: true }),
        col('decisionReason', 'text', { nullable: true }),
        col('flags', 'string', { length: 200, nullable: true }),
        col('fee', 'decimal', { nullable: true }),
        col('status', 'string', { length: 20, nullable: true }),
        col('completedAt', 'datetime', { nullable: true }),
        col('remark', 'text', { nullable: true }),
      ],
      [
        ['archiveId'],
        ['customerId'],
        ['complaintId'],
        ['type'],
        ['receivedAt'],
        ['warrantyDecision'],
        ['status'],
        ['completedAt'],
      ],
    );

    await ledger(
      'rework_order',
      [
        col('reworkNo', 'string', { length: 20, unique: true }),
        col('returnOrderId', 'int'),
        col('archiveId', 'int', { nullable: true }),
        col('qty', 'int'),
        col('defect', 'text', { nullable: true }),
        col('inspector', 'string', { length: 40, nullable: true }),
        col('inspectionResult', 'text', { nullable: true }),
        col('defectCause', 'string', { length: 20, nullable: true }),
        col('partsNeeded', 'bool', { nullable: true }),
        col('labourHours', 'decimal', { nullable: true }),
        col('labourRate', 'decimal', { nullable: true }),
        col('status', 'string', { length: 20, nullable: true }),
        col('finalResult', 'text', { nullable: true }),
        col('finalInspector', 'string', { length: 40, nullable: true }),
        col('finalInspectedAt', 'datetime', { nullable: true }),
        col('feedbackAt', 'datetime', { nullable: true }),
        col('feedbackBy', 'string', { length: 40, nullable: true }),
        col('remark', 'text', { nullable: true }),
      ],
      [['returnOrderId'], ['archiveId'], ['defectCause'], ['status'], ['finalInspectedAt']],
    );

    await ledger(
      'material_line',
      [
        col('reworkOrderId', 'int'),
        col('partNo', 'string', { length: 40 }),
        col('partName', 'string', { length: 100 }),
        col('qty', 'int'),
        col('unitCost', 'decimal'),
        col('action', 'string', { length: 20 }),
        col('oldSerial', 'string', { length: 60, nullable: true }),
        col('newSerial', 'string', { length: 60, nullable: true }),
        col('remark', 'text', { nullable: true }),
      ],
      [['reworkOrderId'], ['partNo'], ['action']],
    );

    await ledger(
      'material_requisition',
      [
        col('reqNo', 'string', { length: 20, unique: true }),
        col('reworkOrderId', 'int'),
        col('warehouse', 'string', { length: 40 }),
        col('requestedBy', 'string', { length: 40, nullable: true }),
        col('status', 'string', { length: 20, nullable: true }),
        col('issuedBy', 'string', { length: 40, nullable: true }),
        col('issuedAt', 'datetime', { nullable: true }),
        col('remark', 'text', { nullable: true }),
      ],
      [['reworkOrderId'], ['warehouse'], ['status'], ['issuedAt']],
    );

    await ledger(
      'requisition_line',
      [
        col('requisitionId', 'int'),
        col('reworkOrderId', 'int', { nullable: true }),
        col('partNo', 'string', { length: 40 }),
        col('qtyRequested', 'int'),
        col('qtyIssued', 'int', { nullable: true }),
        col('unitCost', 'decimal', { nullable: true }),
      ],
      [['requisitionId'], ['reworkOrderId'], ['partNo']],
    );

    await ledger(
      'reward_penalty_notice',
      [
        col('noticeNo', 'string', { length: 20, unique: true }),
        col('kind', 'string', { length: 10 }),
        col('department', 'string', { length: 60, nullable: true }),
        col('person', 'string', { length: 40, nullable: true }),
        col('amount', 'decimal'),
        col('reason', 'text'),
        col('sourceComplaintId', 'int', { nullable: true }),
        col('sourceReworkId', 'int', { nullable: true }),
        col('bonusMonth', 'string', { length: 7 }),
        col('proposedBy', 'string', { length: 40, nullable: true }),
        col('status', 'string', { length: 20, nullable: true }),
        col('approver', 'string', { length: 40, nullable: true }),
        col('decidedAt', 'datetime', { nullable: true }),
        col('decisionNote', 'text', { nullable: true }),
      ],
      [['kind'], ['department'], ['sourceComplaintId'], ['sourceReworkId'], ['bonusMonth'], ['status'], ['amount']],
    );

    await ledger(
      'routine_inspection',
      [
        col('archiveId', 'int'),
        col('planMonth', 'int', { nullable: true }),
        col('dueDate', 'date'),
        col('doneAt', 'date', { nullable: true }),
        col('doneBy', 'string', { length: 40, nullable: true }),
        col('result', 'string', { length: 20, nullable: true }),
        col('findings', 'text', { nullable: true }),
      ],
      [['archiveId'], ['dueDate'], ['doneAt'], ['result']],
    );

    await ledger(
      'callback',
      [
        col('customerId', 'int'),
        col('archiveId', 'int', { nullable: true }),
        col('complaintId', 'int', { nullable: true }),
        col('callbackAt', 'datetime'),
        col('method', 'string', { length: 20 }),
        col('callbackBy', 'string', { length: 40, nullable: true }),
        col('content', 'text'),
        col('satisfied', 'bool', { nullable: true }),
      ],
      [['customerId'], ['archiveId'], ['complaintId'], ['callbackAt'], ['method']],
    );

    await ledger(
      'satisfaction_survey',
      [
        col('customerId', 'int'),
        col('surveyDate', 'date'),
        col('rawScore', 'decimal'),
        col('maxScore', 'decimal'),
        col('score', 'decimal', { nullable: true }),
        col('surveyor', 'string', { length: 40, nullable: true }),
        col('comments', 'text', { nullable: true }),
      ],
      [['customerId'], ['surveyDate'], ['score']],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'satisfaction_survey',
      'callback',
      'routine_inspection',
      'reward_penalty_notice',
      'requisition_line',
      'material_requisition',
      'material_line',
      'rework_order',
      'return_order',
      'service_archive',
      'warranty_policy',
    ]) {
      await qr.dropTable(t);
    }
  }
}
