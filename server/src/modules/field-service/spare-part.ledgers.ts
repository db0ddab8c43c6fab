import { notNegative, positive } from '../../../../common/cell-checks.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { reworkOrderLedger } from '../rework/rework.ledgers.js';
import { ALL_ROLES, Role } from '../user/roles.js';
import { LocationKind, MovementKind, FIELD_SERVICE } from './field-service.enums.js';
import { serviceVisitLedger } from './service-visit.ledger.js';
import { DISPATCHERS, technicianLedger } from './technician.ledger.js';

/** Who moves spare parts: the warehouse side (PMC, the office) and technicians for their own van. */
export const STOCK_KEEPERS = [Role.PMC, Role.CLERK, Role.ADMIN];

/** 备件: the parts technicians carry and use, with the minimum the company keeps (缺件 below it). */
export const sparePartLedger = defineLedger({
  name: 'sparePart',
  typeName: 'SparePart',
  plural: 'spareParts',
  table: 'spare_part',
  label: { zh: '备件', en: 'Spare parts' },
  menuGroup: FIELD_SERVICE,
  description: 'Spare parts: number, name, what they fit, unit cost and the minimum stock kept.',
  readRoles: ALL_ROLES,
  writeRoles: STOCK_KEEPERS,
  indexes: [['createdAt'], ['updatedAt']],
  defaultOrder: [{ field: 'partNo', direction: 'ASC' }],
  columns: [
    {
      field: 'partNo',
      dbUnique: true,
      unique: true,
      label: { zh: '备件编号', en: 'Part no.' },
      type: 'string',
      required: true,
      maxLength: 40,
      width: 120,
    },
    { field: 'name', label: { zh: '名称', en: 'Name' }, type: 'string', required: true, maxLength: 100, width: 160 },
    { field: 'fits', label: { zh: '适用机型/类别', en: 'Fits' }, type: 'string', maxLength: 200, width: 160 },
    {
      field: 'unitCost',
      label: { zh: '单价（元）', en: 'Unit cost' },
      type: 'decimal',
      check: notNegative,
      width: 90,
    },
    {
      field: 'minLevel',
      label: { zh: '最低库存', en: 'Minimum stock' },
      type: 'int',
      check: notNegative,
      initial: 0,
      width: 90,
    },
  ],
});

/** 库位: a warehouse, a technician's van (his own stock), or quality's shelf for faulty parts. */
export const stockLocationLedger = defineLedger({
  name: 'stockLocation',
  typeName: 'StockLocation',
  plural: 'stockLocations',
  table: 'stock_location',
  label: { zh: '库位', en: 'Stock locations' },
  menuGroup: FIELD_SERVICE,
  description: "Where spare parts are: warehouses, technicians' vans, quality's shelf for faulty parts.",
  readRoles: ALL_ROLES,
  writeRoles: DISPATCHERS,
  indexes: [['technicianId'], ['createdAt'], ['updatedAt']],
  defaultOrder: [{ field: 'code', direction: 'ASC' }],
  columns: [
    {
      field: 'code',
      dbUnique: true,
      unique: true,
      label: { zh: '库位编号', en: 'Code' },
      type: 'string',
      required: true,
      maxLength: 20,
      width: 100,
    },
    { field: 'name', label: { zh: '名称', en: 'Name' }, type: 'string', required: true, maxLength: 60, width: 160 },
    {
      field: 'kind',
      label: { zh: '类型', en: 'Kind' },
      type: 'enum',
      enum: LocationKind,
      required: true,
      maxLength: 20,
      width: 100,
    },
    {
      field: 'technician',
      label: { zh: '技术员', en: 'Technician' },
      type: 'ref',
      ref: { ledger: () => technicianLedger, key: 'code' },
      width: 100,
    },
  ],
});

/** 备件库存: the balance per location and part, kept by the movements only (nobody types a balance). */
export const partStockLedger = defineLedger({
  name: 'partStock',
  typeName: 'PartStock',
  plural: 'partStocks',
  table: 'part_stock',
  label: { zh: '备件库存', en: 'Spare-part stock' },
  menuGroup: FIELD_SERVICE,
  description: 'Stock per location and part, kept by the movements (出入库) in their transaction; never below zero.',
  readRoles: ALL_ROLES,
  writeRoles: [],
  indexes: [['locationId', 'partId'], ['partId'], ['createdAt'], ['updatedAt']],
  defaultOrder: [{ field: 'location', direction: 'ASC' }],
  columns: [
    {
      field: 'location',
      label: { zh: '库位', en: 'Location' },
      type: 'ref',
      ref: { ledger: () => stockLocationLedger, key: 'code' },
      editableBy: [],
      required: true,
      width: 140,
    },
    {
      field: 'part',
      label: { zh: '备件', en: 'Part' },
      type: 'ref',
      ref: { ledger: () => sparePartLedger, key: 'partNo' },
      editableBy: [],
      required: true,
      width: 140,
    },
    { field: 'qty', label: { zh: '数量', en: 'Quantity' }, type: 'int', editableBy: [], required: true, width: 80 },
  ],
});

/** 备件出入库: every move of a part — receipt, issue to a van, use on a visit, return, count — written once, never edited. */
export const partMovementLedger = defineLedger({
  name: 'partMovement',
  typeName: 'PartMovement',
  plural: 'partMovements',
  table: 'part_movement',
  label: { zh: '备件出入库', en: 'Spare-part movements' },
  menuGroup: FIELD_SERVICE,
  description:
    'Receipts, issues to technicians, use on visits, returns of unused and faulty parts, and stock counts; each moves the balance in its transaction.',
  readRoles: ALL_ROLES,
  writeRoles: [...STOCK_KEEPERS, Role.TECHNICIAN],
  numbering: { field: 'movementNo', prefix: 'BJ', dateField: 'movedAt' },
  defaultOrder: [{ field: 'movedAt', direction: 'DESC' }],
  indexes: [
    ['partId', 'movedAt'],
    ['fromLocationId'],
    ['toLocationId'],
    ['visitId'],
    ['reworkOrderId'],
    ['kind'],
    ['movedAt'],
    ['createdAt'],
    ['updatedAt'],
  ],
  columns: [
    {
      field: 'movementNo',
      dbUnique: true,
      label: { zh: '单号', en: 'No.' },
      type: 'string',
      editableBy: [],
      maxLength: 20,
      width: 140,
    },
    { field: 'movedAt', label: { zh: '时间', en: 'At' }, type: 'datetime', width: 150 },
    {
      field: 'kind',
      label: { zh: '类型', en: 'Kind' },
      type: 'enum',
      enum: MovementKind,
      required: true,
      maxLength: 20,
      width: 140,
    },
    {
      field: 'part',
      label: { zh: '备件', en: 'Part' },
      type: 'ref',
      ref: { ledger: () => sparePartLedger, key: 'partNo' },
      required: true,
      width: 130,
    },
    {
      field: 'qty',
      label: { zh: '数量', en: 'Quantity' },
      type: 'int',
      check: positive,
      width: 70,
      description: 'How many moved; for a stock count, leave it empty: the difference is computed.',
    },
    {
      field: 'fromLocation',
      label: { zh: '发出库位', en: 'From' },
      type: 'ref',
      ref: { ledger: () => stockLocationLedger, key: 'code' },
      width: 120,
    },
    {
      field: 'toLocation',
      label: { zh: '接收库位', en: 'To' },
      type: 'ref',
      ref: { ledger: () => stockLocationLedger, key: 'code' },
      width: 120,
    },
    {
      field: 'countedQty',
      label: { zh: '盘点实数', en: 'Counted' },
      type: 'int',
      check: notNegative,
      width: 80,
    },
    {
      field: 'bookQty',
      label: { zh: '账面数', en: 'Book' },
      type: 'int',
      editableBy: [],
      width: 80,
    },
    {
      field: 'visit',
      label: { zh: '服务报告', en: 'Service report' },
      type: 'ref',
      ref: { ledger: () => serviceVisitLedger, key: 'visitNo' },
      width: 140,
    },
    { field: 'reason', label: { zh: '说明', en: 'Note' }, type: 'string', maxLength: 200, width: 220 },
    {
      field: 'reworkOrder',
      label: { zh: '品质检验返工单', en: 'QA rework order' },
      type: 'ref',
      ref: { ledger: () => reworkOrderLedger, key: 'reworkNo' },
      editableBy: [],
      width: 140,
      description: 'The rework order a faulty part opened for quality to inspect.',
    },
  ],
});
