import { ref } from 'vue';

export type Lang = 'zh' | 'en';

const saved = (typeof localStorage !== 'undefined' && localStorage.getItem('sl.lang')) as Lang | null;
/** UI language; Chinese by default. */
export const lang = ref<Lang>(saved === 'en' ? 'en' : 'zh');

export function setLang(l: Lang): void {
  lang.value = l;
  localStorage.setItem('sl.lang', l);
}

const TEXT = {
  title: ['售后服务台账', 'ServiceLedger'],
  username: ['用户名', 'Username'],
  password: ['密码', 'Password'],
  login: ['登录', 'Sign in'],
  logout: ['退出', 'Sign out'],
  save: ['保存 {n} 处修改', 'Save {n} changes'],
  discard: ['放弃修改', 'Discard'],
  undo: ['撤销', 'Undo'],
  redo: ['重做', 'Redo'],
  fillDown: ['向下填充', 'Fill down'],
  addRow: ['新增', 'New row'],
  addBackfill: ['补录', 'Backfill'],
  addBackfillHint: [
    '补录纸质台账的历史记录：按原件填写受理、答复、结案的时间和结果',
    'Enter a paper record after the fact, with its real dates and outcome',
  ],
  backfilled: ['补录', 'Backfilled'],
  backfilledHint: [
    '纸质台账补录的历史记录，不计入当前的期限和超期',
    'Entered from a paper record; not a current deadline',
  ],
  confirmSave: ['确认保存并重新生成', 'Save and regenerate'],
  sideShow: ['展开侧栏', 'Show side panel'],
  sideHide: ['收起侧栏', 'Hide side panel'],
  deleteNewRow: ['删除新行', 'Remove new row'],
  discardAsk: ['放弃尚未保存的修改？', 'Discard unsaved edits?'],
  discardRow: ['只放弃本行的修改', "This row's edits only"],
  discardAll: ['放弃全部 {n} 处修改', 'All {n} edits'],
  exportCsv: ['导出 CSV', 'Export CSV'],
  exportXlsx: ['导出 Excel', 'Export XLSX'],
  rows: ['共 {n} 行', '{n} rows'],
  loaded: ['已加载 {n}', '{n} loaded'],
  dirty: ['未保存 {n}', '{n} unsaved'],
  errors: ['错误 {n}', '{n} errors'],
  nextError: ['下一个错误 (F8)', 'Next error (F8)'],
  conflicts: ['冲突 {n}', '{n} conflicts'],
  saved: ['已保存 {n} 行', 'Saved {n} rows'],
  fixErrors: ['有 {n} 个单元格需要修改，未保存', '{n} cells need fixing; nothing was saved'],
  conflictTitle: ['以下行已被他人修改', 'These rows were changed by someone else'],
  keepMine: ['保留我的', 'Keep mine'],
  takeTheirs: ['采用对方的', 'Take theirs'],
  theirs: ['对方的值', 'Theirs'],
  history: ['单元格历史', 'Cell history'],
  noHistory: ['暂无修改记录', 'No changes recorded'],
  pickCell: ['选择一个已保存的单元格查看历史', 'Focus a saved cell to see its history'],
  actions: ['操作', 'Actions'],
  run: ['执行', 'Run'],
  cancel: ['取消', 'Cancel'],
  reason: ['原因', 'Reason'],
  voluntary: ['客户自愿', 'Freely'],
  callbackResult: ['回访结果', 'Callback result'],
  satisfied: ['客户满意', 'Satisfied'],
  saveFirst: ['请先保存此行的修改', 'Save this row first'],
  newRow: ['新', 'new'],
  yes: ['是', 'yes'],
  no: ['否', 'no'],
  loginFailed: ['登录失败', 'Sign-in failed'],
  unsavedRestored: ['已恢复 {n} 处未保存的修改', 'Restored {n} unsaved changes'],
  overdue: ['超期', 'Overdue'],
  voided: ['已作废', 'Voided'],
  changePassword: ['修改密码', 'Change password'],
  mustChangePassword: [
    '您正在使用一次性密码，请先设置自己的密码。',
    'You signed in with a one-time password: choose your own first.',
  ],
  oneTimePassword: ['一次性密码', 'One-time password'],
  currentPassword: ['当前密码', 'Current password'],
  newPassword: ['新密码', 'New password'],
  newPasswordAgain: ['再次输入新密码', 'New password again'],
  passwordRule: [
    '至少 10 个字符，不能是常见密码或包含用户名。',
    'At least 10 characters, not a common password, not your user name.',
  ],
  passwordsDiffer: ['两次输入的新密码不一致', 'The two new passwords differ'],
  passwordChanged: ['密码已修改', 'Password changed'],
  revealedTitle: [
    '一次性密码只显示这一次，请当面或电话转告本人；本人首次登录后须修改。',
    'Shown this once: pass it on in person or by phone; it must be changed at first sign-in.',
  ],
  dismiss: ['已记下，关闭', 'Noted, close'],
  resetPassword: ['重置密码', 'Reset password'],
  resetConfirm: [
    '重置后该用户须用新的一次性密码登录，当前登录将失效。确定重置？',
    'The user must sign in with a new one-time password; their sessions end. Reset?',
  ],
  account: ['账号', 'Account'],
  lastLogin: ['最近登录', 'Last sign-in'],
  never: ['从未登录', 'never'],
  voidReason: ['作废原因', 'Void reason'],
  voidedBecause: ['已作废：{n}', 'Voided: {n}'],
  includeVoided: ['含作废行', 'Include voided'],
  myDepartment: ['只看本部门', 'My department'],
  myWork: ['我的待办', 'My work'],
  nothingWaits: ['目前没有等待您处理的事项。', 'Nothing waits for you now.'],
  delayReason: ['延误原因（超期结案时必填）', 'Delay reason (required when late)'],
  asOf: ['查看历史时刻', 'As of'],
  asOfShow: ['查看', 'Show'],
  asOfLeave: ['返回当前', 'Back to now'],
  asOfBanner: [
    '只读：{n} 时的台账（按审计记录重建；之后新建的行不显示，之后作废的行照常显示）',
    'Read-only: the ledger as of {n} (rebuilt from the trail)',
  ],
  asOfEmpty: ['该时刻还没有任何行', 'No rows existed then'],
  related: ['关联单据', 'Related'],
  findByKey: ['按编号查找（回车）', 'Find by number (Enter)'],
  findNone: ['没有编号含「{n}」的记录', 'No record whose number contains “{n}”'],
  archivePage: ['档案查询', 'Unit archive'],
  cost: ['返工成本', 'Rework cost'],
  search: ['查询', 'Search'],
  serialOrArchive: ['产品序列号或档案编号', 'Serial or archive no.'],
  notFound: ['没有找到', 'Not found'],
  warranty: ['保修判定', 'Warranty'],
  timeline: ['服务时间线', 'Timeline'],
  lines: ['明细', 'Lines'],
  pickOrder: ['选择上方一行查看明细', 'Select a row above to see its lines'],
  qtyCounted: ['清点数量', 'Qty counted'],
  amount: ['金额（元）', 'Amount (¥)'],
  result: ['结果', 'Result'],
  defectCause: ['不良原因代码', 'Defect cause'],
  partsNeeded: ['需换件', 'Parts needed'],
  passed: ['合格', 'Passed'],
  note: ['意见', 'Note'],
  analysis: ['统计分析', 'Analysis'],
  qualityAnalysis: ['质量分析', 'Quality analysis'],
  complaintKpis: ['投诉指标', 'Complaint KPIs'],
  reports: ['月报与总结', 'Reports'],
  auditLog: ['审计日志', 'Audit log'],
  drilled: ['仅显示：{n}', 'Showing only: {n}'],
  clearDrill: ['清除', 'Clear'],
  pastedByHeader: ['已按表头对应列粘贴', 'Pasted by the header row'],
  pasteSkipped: ['只读列的值未粘贴：{n}', 'Read-only columns skipped: {n}'],
  pasteUnknownHeaders: ['表头中这些列本台账没有，已忽略：{n}', 'Unknown header columns ignored: {n}'],
  filterSearch: ['搜索…', 'Search…'],
  selectAll: ['全选', 'All'],
  clearAll: ['清空', 'None'],
  timeLeft: ['剩余时间', 'Time left'],
  printCount: ['共 {n} 份，每份一页', '{n} forms, one page each'],
  voidedOne: ['已作废 {n}', 'Voided {n}'],
  voidRow: ['作废', 'Void'],
  voidTitle: ['作废 {n}：请写明原因（必填，记入审计记录）', 'Void {n}: give the reason (required, kept in the trail)'],
  voidConfirm: ['确认作废', 'Void it'],
  voidNeedsRow: ['请先选中一行已保存的记录', 'Select a saved row first'],
  reasonRequired: ['请填写原因', 'A reason is required'],
  print: ['打印', 'Print'],
  importFile: ['导入', 'Import'],
  views: ['我的视图', 'My views'],
  viewNone: ['（默认视图）', '(default view)'],
  viewSave: ['保存视图', 'Save view'],
  viewName: ['视图名称', 'View name'],
  viewDelete: ['删除视图', 'Delete view'],
  viewSaved: ['视图「{n}」已保存', 'View "{n}" saved'],
  ok: ['确定', 'OK'],
  importTitle: ['导入到「{n}」', 'Import into {n}'],
  chooseFile: ['选择文件（Excel 或 CSV）…', 'Choose a file (Excel or CSV)…'],
  recheck: ['重新检查', 'Check again'],
  importApply: ['确认导入 {n} 行', 'Import {n} rows'],
  importClean: ['检查通过：{n} 行可以导入', 'Check passed: {n} rows can be imported'],
  importProblems: [
    '检查发现 {n} 处问题（共 {r} 行），什么都没有写入；可在下表中直接改正后重新检查，或改好文件再选',
    '{n} problems in {r} rows; nothing was written. Fix them below and check again, or fix the file',
  ],
  lineNo: ['第 {n} 行：', 'Line {n}:'],
  line: ['行', 'Line'],
  imported: ['已导入 {n} 行', 'Imported {n} rows'],
  panelNone: ['目前没有', 'None now'],
  networkError: ['无法连接服务器，请检查网络后重试', 'Cannot reach the server; check the network and retry'],
  requestFailed: ['请求未成功（{n}）', 'Request failed ({n})'],
  loadFailed: ['加载失败', 'Loading failed'],
} as const;

export type TextKey = keyof typeof TEXT;

export function hasText(key: string): key is TextKey {
  return key in TEXT;
}

/** One string of a [Chinese, English] pair in the current language, with {n}-style placeholders filled. */
export function pick(pair: readonly [string, string], vars: Record<string, string | number> = {}): string {
  return pair[lang.value === 'zh' ? 0 : 1].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** A UI string in the current language, with {n}-style placeholders filled. */
export function t(key: TextKey, vars: Record<string, string | number> = {}): string {
  return pick(TEXT[key], vars);
}
