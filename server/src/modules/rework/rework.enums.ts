import { defineEnum, type EnumDef } from '../../core/ledger/schema/ledger.types.js';

export const ReworkStatus = defineEnum({
  name: 'ReworkStatus',
  description: 'Where a rework order is.',
  values: {
    OPEN: { zh: '已开单', en: 'Open' },
    INSPECTING: { zh: '检验中', en: 'Inspecting' },
    AWAITING_MATERIAL: { zh: '待料', en: 'Awaiting material' },
    REWORKING: { zh: '返工中', en: 'Reworking' },
    FINAL_INSPECTION: { zh: '终检', en: 'Final inspection' },
    DONE: { zh: '完成', en: 'Done' },
  },
});

export const DefectCause: EnumDef = {
  name: 'DefectCause',
  description: 'Defect cause code found by QA inspection.',
  values: {
    MATERIAL: { zh: '来料不良', en: 'Incoming material' },
    ASSEMBLY: { zh: '装配不良', en: 'Assembly' },
    DESIGN: { zh: '设计缺陷', en: 'Design' },
    SETTING: { zh: '调试参数', en: 'Setting' },
    TRANSPORT: { zh: '运输损坏', en: 'Transport damage' },
    MISUSE: { zh: '使用不当', en: 'Misuse' },
    WEAR: { zh: '正常磨损', en: 'Wear' },
    OTHER: { zh: '其他', en: 'Other' },
  },
};

export const MaterialAction: EnumDef = {
  name: 'MaterialAction',
  description: 'What happens to a part in the rework.',
  values: {
    ADD: { zh: '新增', en: 'Add' },
    REMOVE: { zh: '拆除', en: 'Remove' },
    RECYCLE: { zh: '回收', en: 'Recycle' },
  },
};

export const RequisitionStatus = defineEnum({
  name: 'RequisitionStatus',
  description: 'A requisition is drafted, then issued by the warehouse/production.',
  values: { DRAFT: { zh: '待发料', en: 'Draft' }, ISSUED: { zh: '已发料', en: 'Issued' } },
});
