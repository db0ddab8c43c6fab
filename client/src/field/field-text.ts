import { lang } from '../i18n';

// The phone page's words, Chinese first (the technicians' language) with the English the switch shows.
// Kept beside the page so they load with it, not with every clerk's ledger page.
const EN: Record<string, string> = {
  我的工单: 'My jobs',
  在线: 'Online',
  离线: 'Offline',
  '待提交 {n}': '{n} to send',
  退出: 'Sign out',
  '手机存储已满：请联网提交已有报告后再拍照':
    "The phone's storage is full: send the reports waiting before taking photos",
  '已提交：{list}': 'Filed: {list}',
  '正在提交…': 'Sending…',
  '已保存在手机上，联网后自动提交': 'Kept on the phone; it is sent when the network returns',
  '{no} 未能提交': '{no} was not filed',
  修改后重新提交: 'Correct and send again',
  目前没有派给您的工单: 'No jobs are dispatched to you',
  联系人: 'Contact',
  '服务承诺：{s}': 'Promise: {s}',
  待上门: 'To visit',
  已到场: 'On site',
  到场: 'Arrived',
  '已保存，待提交': 'Kept, to send',
  填写服务报告: 'Write the service report',
  '离线时不能查知识库，可先填写处理措施': 'The knowledge base needs the network; write the work done meanwhile',
  '没有找到相符的故障，请换个说法': 'No matching fault; try other words',
  '服务报告 · {no}': 'Service report · {no}',
  '到场 {t}': 'arrived {t}',
  检查情况: 'Findings',
  '故障代码（知识库）': 'Fault code (knowledge base)',
  '输入故障现象，如：切换阀卡死': 'Describe the fault, e.g. switching valve stuck',
  查找: 'Search',
  '（用过 {used} 次，一次修好 {first} 次）': ' (used {used} times, fixed first time {first})',
  '已选：{code}': 'Chosen: {code}',
  处理措施: 'Work done',
  故障已排除: 'Fault cleared',
  '使用备件（随车库存）· 共 {n} 件': 'Parts used (from the van) · {n} in all',
  随车没有备件: 'No parts on the van',
  '余 {n}': '{n} left',
  '少用一个{name}': 'One {name} less',
  '多用一个{name}': 'One {name} more',
  '现场照片（{n}/6）': 'Photos on site ({n}/6)',
  '删除第{n}张照片': 'Remove photo {n}',
  现场照片: 'Photo on site',
  拍照: 'Take a photo',
  客户确认人: 'Confirmed by (customer)',
  客户签名: "Customer's signature",
  '稍后再填（草稿已保存）': 'Later (the draft is kept)',
  提交报告: 'Send the report',
  '保存，联网后自动提交': 'Keep; send when online',
  '客户签名区：请客户用手指在此签名': 'Signature area: the customer signs here with a finger',
  重新签名: 'Sign again',
  '请先点「到场」记录到场时间': 'Tap “Arrived” first to record the arrival time',
  请填写处理措施: 'Write the work done',
  请填写客户确认人姓名: "Type the confirming customer's name",
  请客户在屏幕上签名: 'Have the customer sign on the screen',
  用件数量须为正整数: 'Part quantities must be whole numbers above 0',
};

/** The phone page's text in the reader's language, `{name}` filled from `vars`. */
export function ft(zh: string, vars: Record<string, string | number> = {}): string {
  const text = lang.value === 'en' ? (EN[zh] ?? zh) : zh;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
