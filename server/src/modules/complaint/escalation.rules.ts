import { TERMINAL } from './complaint.rules.js';
import { isOverdue } from './deadline.rules.js';

/** When complaints escalate by themselves (procedures: 投诉升级). The cluster is configurable. */
export interface EscalationSettings {
  /** Complaints of one product model and cause within `clusterDays` that make a cluster. */
  clusterSize: number;
  clusterDays: number;
}

export const DEFAULT_ESCALATION: EscalationSettings = { clusterSize: 3, clusterDays: 30 };

/** The causes, in Chinese as the escalation reason records them. */
export const ESCALATION_REASONS = {
  OVERDUE: '超过处理期限',
  REPEAT: '重复投诉',
  UNSATISFIED: '客户回访不满意',
  MEDIA: '媒体渠道投诉',
  CLUSTER: (s: EscalationSettings) => `同型号同原因 ${s.clusterDays} 天内达 ${s.clusterSize} 起`,
} as const;

/**
 * Why an open, not yet escalated complaint escalates now, or null: past its deadline, a repeat
 * (reopened, or the same customer and unit within 90 days), an unsatisfied callback, a complaint
 * through the media (at once), or one of a cluster of similar complaints.
 */
export function escalationReasons(
  c: Record<string, unknown>,
  now: Date,
  inCluster: boolean,
  s: EscalationSettings,
): string[] {
  if (c.escalated === true || TERMINAL.has(String(c.status))) return [];
  const out: string[] = [];
  if (isOverdue(c, now)) out.push(ESCALATION_REASONS.OVERDUE);
  if (Number(c.reopenCount ?? 0) > 0 || c.isRepeat === true) out.push(ESCALATION_REASONS.REPEAT);
  if (c.satisfied === false) out.push(ESCALATION_REASONS.UNSATISFIED);
  if (c.channel === 'MEDIA') out.push(ESCALATION_REASONS.MEDIA);
  if (inCluster) out.push(ESCALATION_REASONS.CLUSTER(s));
  return out;
}
