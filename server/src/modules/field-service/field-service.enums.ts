import { defineEnum, type EnumDef } from '../../core/ledger/schema/ledger.types.js';

export const ServiceChannel: EnumDef = {
  name: 'ServiceChannel',
  description: 'How the repair request came in.',
  values: {
    HOTLINE: { zh: '服务热线', en: 'Service hotline' },
    PHONE: { zh: '电话', en: 'Phone' },
    WECHAT: { zh: '微信', en: 'WeChat' },
    EMAIL: { zh: '邮件', en: 'E-mail' },
    VISIT: { zh: '来访', en: 'Visit' },
    CALLBACK: { zh: '回访中提出', en: 'Raised in a callback' },
    COMPLAINT: { zh: '投诉转来', en: 'From a complaint' },
  },
};

export const ServiceType: EnumDef = {
  name: 'ServiceType',
  description: 'What the customer asks for (the seed: 故障维修, 安装调试, 培训, 保养, 大修, 回购).',
  values: {
    REPAIR: { zh: '故障维修', en: 'Repair' },
    INSTALLATION: { zh: '安装调试', en: 'Installation' },
    TRAINING: { zh: '培训', en: 'Training' },
    MAINTENANCE: { zh: '保养', en: 'Maintenance' },
    OVERHAUL: { zh: '大修', en: 'Overhaul' },
    BUYBACK: { zh: '回购', en: 'Buy-back' },
  },
};

export const ServiceLevelEnum: EnumDef = {
  name: 'ServiceLevel',
  description:
    '一品一案: the level of service a product gets (急救 for every product, 保健 and 超值 for the favoured ones).',
  values: {
    EMERGENCY: { zh: '急救服务', en: 'Emergency' },
    CARE: { zh: '保健服务', en: 'Care' },
    PREMIUM: { zh: '超值服务', en: 'Premium' },
  },
};

export const Urgency: EnumDef = {
  name: 'ServiceUrgency',
  description: 'How urgent the customer says it is.',
  values: {
    STOPPED: { zh: '停机', en: 'Machine stopped' },
    URGENT: { zh: '紧急', en: 'Urgent' },
    NORMAL: { zh: '一般', en: 'Normal' },
  },
};

export const ServiceRequestStatus = defineEnum({
  name: 'ServiceRequestStatus',
  description: 'Where a repair request is: 报修 → 电话指导 → 派工 → 上门 → 排除 → 服务报告 → 回访.',
  values: {
    RECEIVED: { zh: '已受理', en: 'Received' },
    REMOTE_RESOLVED: { zh: '电话指导已解决', en: 'Resolved by phone' },
    DISPATCHED: { zh: '已派工', en: 'Dispatched' },
    ON_SITE: { zh: '已到场', en: 'On site' },
    REPORTED: { zh: '已提交服务报告', en: 'Report filed' },
    CLOSED: { zh: '已回访关闭', en: 'Closed after callback' },
    CANCELLED: { zh: '已撤销', en: 'Cancelled' },
  },
});

export const LocationKind: EnumDef = {
  name: 'StockLocationKind',
  description: 'A warehouse, or a technician’s van (his own stock).',
  values: {
    WAREHOUSE: { zh: '仓库', en: 'Warehouse' },
    VAN: { zh: '技术员随车', en: 'Technician’s van' },
    QA: { zh: '品质部待检', en: 'Quality (faulty parts)' },
  },
};

export const MovementKind: EnumDef = {
  name: 'PartMovementKind',
  description: 'What moved a spare part.',
  values: {
    RECEIPT: { zh: '入库', en: 'Receipt' },
    ISSUE: { zh: '发给技术员', en: 'Issued to a technician' },
    CONSUME: { zh: '维修消耗', en: 'Used on a visit' },
    RETURN_UNUSED: { zh: '退回未用件', en: 'Unused returned' },
    RETURN_FAULTY: { zh: '旧件返回品质部', en: 'Faulty part to QA' },
    COUNT: { zh: '盘点调整', en: 'Stock count' },
    SCRAP: { zh: '报废', en: 'Scrapped' },
  },
};

/** The menu group the field-service ledgers fold under. */
export const FIELD_SERVICE = { zh: '现场服务', en: 'Field service' };
