import { defineEnum, type EnumDef } from '../../core/ledger/schema/ledger.types.js';

export const ComplaintChannel: EnumDef = {
  name: 'ComplaintChannel',
  description: 'How the complaint reached the company.',
  values: {
    HOTLINE: { zh: '热线', en: 'Hotline' },
    PHONE: { zh: '电话', en: 'Phone' },
    LETTER: { zh: '信函', en: 'Letter' },
    VISIT: { zh: '来访', en: 'Visit' },
    EMAIL: { zh: '电子邮件', en: 'E-mail' },
    SURVEY: { zh: '调查', en: 'Survey' },
    MEDIA: { zh: '媒体', en: 'Media' },
    STAFF: { zh: '员工反映', en: 'Staff' },
    OTHER_DEPARTMENT: { zh: '其他部门转来', en: 'Other department' },
    THIRD_PARTY: { zh: '第三方', en: 'Third party' },
    CALLBACK: { zh: '回访中提出', en: 'Raised in a callback' },
    SERVICE_REQUEST: { zh: '报修中提出', en: 'Raised in a repair request' },
    // complaint-handling-procedures: 第七条 收集 and 第九条 客户投诉渠道
    FAX: { zh: '传真', en: 'Fax' },
    COMMENT_BOOK: { zh: '意见簿', en: 'Comment book' },
    FORUM: { zh: '座谈会', en: 'Customer forum' },
    GOVERNMENT: { zh: '政府/上级转来', en: 'From the government' },
    DEALER: { zh: '经销商', en: 'Dealer' },
    // the internal sources of 3.1 受理体系, easily missed: A 维修日报表, B 品质联络书, C 营业日报表, D 异常退货
    REPAIR_REPORT: { zh: '维修日报', en: 'Repair daily report' },
    QUALITY_LIAISON: { zh: '品质联络书', en: 'Quality liaison letter' },
    SALES_REPORT: { zh: '营业日报', en: 'Sales daily report' },
    ABNORMAL_RETURN: { zh: '异常退货', en: 'Abnormal return' },
  },
};

export const ComplaintKind: EnumDef = {
  name: 'ComplaintKind',
  description: 'APPEAL asks for return/exchange/repair; CLAIM asks for compensation; NON_QUALITY is not about quality.',
  values: {
    APPEAL: { zh: '申诉', en: 'Appeal' },
    CLAIM: { zh: '索赔', en: 'Claim' },
    NON_QUALITY: { zh: '非质量抱怨', en: 'Non-quality' },
  },
};

export const ComplaintCause: EnumDef = {
  name: 'ComplaintCause',
  description: 'Cause category of a complaint.',
  values: {
    QUALITY: { zh: '产品质量', en: 'Quality' },
    WORK_ERROR: { zh: '工作失误', en: 'Work error' },
    SERVICE_ATTITUDE: { zh: '服务态度', en: 'Service attitude' },
    INTERNAL_MANAGEMENT: { zh: '内部管理', en: 'Internal management' },
    SERVICE_PRODUCT: { zh: '服务产品', en: 'Service product' },
    SERVICE_CHANNEL: { zh: '服务渠道', en: 'Service channel' },
    VIOLATION: { zh: '违规操作', en: 'Violation' },
    PACKAGING: { zh: '包装', en: 'Packaging' },
    CONTRACT_MISMATCH: { zh: '合同/规格/数量不符', en: 'Contract, spec or quantity mismatch' },
    CONTRACT_TERMS: { zh: '纯合同/价格问题', en: 'Contract terms or price only' },
    ECONOMIC_DISPUTE: { zh: '经济纠纷', en: 'Economic dispute' },
    THIRD_PARTY: { zh: '供应商/其他公司责任', en: 'A supplier or another company' },
    OTHER: { zh: '其他', en: 'Other' },
  },
};

/**
 * Where a complaint is sent to be worked out (customer-complaint rules 3.4.1 and 3.6): quality,
 * spec and quantity to 品管; a contract matter alone to the supervisor for approval; an economic
 * dispute to 法务; a supplier's or another company's responsibility to the general manager with the
 * units concerned; otherwise the responsible unit itself.
 */
export const ComplaintRoute: EnumDef = {
  name: 'ComplaintRoute',
  description: 'Where the complaint is sent to be worked out, proposed from its cause.',
  values: {
    QUALITY_DEPT: { zh: '转品管检验', en: 'To quality' },
    SUPERVISOR: { zh: '签注意见呈主管核定', en: 'To the supervisor' },
    LEGAL: { zh: '转法务处理', en: 'To legal' },
    GM_JOINT: { zh: '总经理会同有关单位', en: 'General manager with the units concerned' },
    DEPARTMENT: { zh: '对策单位处理', en: 'The responsible unit' },
  },
};

/** 一般/紧急/特急, recorded at intake (投诉转(督)办单). */
export const ComplaintUrgency: EnumDef = {
  name: 'ComplaintUrgency',
  description: 'How urgent the complaint is, as recorded at intake.',
  values: {
    NORMAL: { zh: '一般', en: 'Normal' },
    URGENT: { zh: '紧急', en: 'Urgent' },
    CRITICAL: { zh: '特急', en: 'Critical' },
  },
};

export const HandlingScope: EnumDef = {
  name: 'HandlingScope',
  description:
    'What kind of handling it needs, which sets the deadline (each rule names its unit): 24 h, 48 h, 4 working days, 3 working days (general), 7 working days extendable to 10 (complex), 1 h (enquiry).',
  values: {
    DEPARTMENT: { zh: '直接/本部门处理（24小时）', en: 'Direct / one department (24 h)' },
    CROSS_DEPARTMENT: { zh: '市级/跨部门（48小时）', en: 'City-level / cross-department (48 h)' },
    CROSS_REGION: { zh: '跨地区（4个工作日）', en: 'Cross-region (4 working days)' },
    GENERAL: { zh: '一般投诉（3个工作日）', en: 'General (3 working days)' },
    COMPLEX: { zh: '复杂投诉（7个工作日，可延至10个）', en: 'Complex (7 working days, extendable to 10)' },
    ENQUIRY: { zh: '咨询（1小时内答复）', en: 'Enquiry (answered within 1 h)' },
  },
};

export const ComplaintStatus = defineEnum({
  name: 'ComplaintStatus',
  description: 'Where a complaint is in its handling; changed only by commands.',
  values: {
    RECEIVED: { zh: '已受理', en: 'Received' },
    ACKNOWLEDGED: { zh: '已确认', en: 'Acknowledged' },
    INVESTIGATING: { zh: '调查中', en: 'Investigating' },
    COUNTERMEASURE: { zh: '已制定对策', en: 'Countermeasure' },
    APPROVED: { zh: '方案已核准', en: 'Proposal approved' },
    RESPONDED: { zh: '已答复', en: 'Responded' },
    CALLBACK: { zh: '已回访', en: 'Called back' },
    CLOSED: { zh: '已结案', en: 'Closed' },
    REJECTED: { zh: '不予受理', en: 'Rejected' },
    WITHDRAWN: { zh: '已撤诉', en: 'Withdrawn' },
    REOPENED: { zh: '重复投诉', en: 'Reopened' },
  },
});

/** The materials the procedures keep with a complaint; letters and signed forms carry the complainant's details. */
export const COMPLAINT_ATTACHMENTS = {
  categories: {
    LETTER: { zh: '客户来函', en: 'Customer letter' },
    PHOTO: { zh: '故障照片', en: 'Photo of the fault' },
    TEST_REPORT: { zh: '检测报告', en: 'Test report' },
    SIGNED_FORM: { zh: '签字单据', en: 'Signed form' },
    OTHER: { zh: '其他', en: 'Other' },
  },
  sensitive: ['LETTER', 'SIGNED_FORM'],
};
