import type { DataSource } from 'typeorm';
import { addDays, localDate, previousMonth } from '../common/business-time.js';
import { listAll } from '../server/src/core/ledger/query/list-query.js';
import { batchSave, type Actor } from '../server/src/core/ledger/write/batch-save.js';
import { runTransition } from '../server/src/core/ledger/write/workflow.js';
import { complaintLedger } from '../server/src/modules/complaint/complaint.ledger.js';
import { rectificationWorkflow } from '../server/src/modules/improvement/improvement.hooks.js';
import { rectificationLedger } from '../server/src/modules/improvement/rectification.ledger.js';
import { reviewMeetingLedger } from '../server/src/modules/improvement/review-meeting.ledger.js';

type DemoUser = { id: number; displayName: string; role: string };
const actorOf = (u: DemoUser): Actor => ({ userId: u.id, role: u.role, displayName: u.displayName });

/**
 * The improvement loop of the demo: last month's review meeting, and four rectification notices —
 * one of the meeting's resolutions to 生产部 past its deadline, one reported by 生产部 and waiting
 * for quality, one from a complaint verified and closed, one from the analysis not yet due.
 */
export async function seedImprovement(ds: DataSource, users: Map<string, DemoUser>, now: Date): Promise<number> {
  const [clerk, quality, manager, production] = ['clerk', 'quality', 'manager', 'production'].map((u) => users.get(u)!);
  const today = localDate(now);
  const month = previousMonth(today);
  const meeting = await batchSave(ds, reviewMeetingLedger, actorOf(manager), {
    creates: [
      {
        ref: 'm',
        values: {
          heldOn: addDays(today, -12),
          reportMonth: month,
          chair: '刘总',
          attendees: '刘总、陈刚（品质部）、赵强（生产部）、王丽（客服）',
          findings: `${month} 投诉及时率未达标；包装破损投诉上升`,
          resolutions: '生产部改进包装防护；品质部复核出厂检验；客服部缩短首次响应时间',
        },
      },
    ],
  });
  if (!meeting.ok) throw new Error(`demo review meeting: ${JSON.stringify(meeting.errors)}`);
  const meetingNo = String(meeting.saved[0]?.record.meetingNo);
  const closed = (await listAll(ds.manager, complaintLedger, { filter: { status: { eq: 'CLOSED' } } }))[0];
  const issued = await batchSave(ds, rectificationLedger, actorOf(clerk), {
    creates: [
      {
        ref: 'late',
        values: {
          issuedOn: addDays(today, -12),
          source: 'REVIEW_MEETING',
          reviewMeeting: meetingNo,
          department: '生产部',
          problem: '运输途中包装破损，客户收货时外箱变形',
          requirement: '改进包装防护（加护角、缠绕膜），提交整改报告',
          dueDate: addDays(today, -2),
        },
      },
      {
        ref: 'reported',
        values: {
          issuedOn: addDays(today, -20),
          source: 'REVIEW_MEETING',
          reviewMeeting: meetingNo,
          department: '生产部',
          problem: '同一批次控制板虚焊返工两次',
          requirement: '排查焊接工艺参数，整改后报品质部验证',
          dueDate: addDays(today, -6),
        },
      },
      {
        ref: 'closed',
        values: {
          issuedOn: addDays(today, -30),
          source: 'COMPLAINT',
          sourceComplaint: closed?.complaintNo ?? null,
          department: '品质部',
          problem: '出厂检验漏检导致客户投诉',
          requirement: '修订出厂检验规程并培训检验员',
          dueDate: addDays(today, -16),
        },
      },
      {
        ref: 'open',
        values: {
          issuedOn: addDays(today, -3),
          source: 'ANALYSIS',
          department: '客户服务部',
          problem: '首次响应时间中位数上升',
          requirement: '调整热线排班，首次响应控制在 4 小时内',
          dueDate: addDays(today, 14),
        },
      },
    ],
  });
  if (!issued.ok) throw new Error(`demo rectifications: ${JSON.stringify(issued.errors)}`);
  const byRef = new Map(issued.saved.map((s) => [s.row, s]));
  const { report, verify } = rectificationWorkflow.commands;
  const reported = byRef.get('reported')!;
  await runTransition(ds, rectificationLedger, 'report', report, actorOf(production), reported, {
    report: '焊接温度曲线已重新设定，首件检验加查焊点，已培训操作工 6 人',
  });
  const toClose = byRef.get('closed')!;
  const after = await runTransition(ds, rectificationLedger, 'report', report, actorOf(quality), toClose, {
    report: '出厂检验规程已修订（第 3 版），检验员 4 人已培训考核',
  });
  await runTransition(ds, rectificationLedger, 'verify', verify, actorOf(manager), after, { note: '抽查两周无漏检' });
  return issued.saved.length;
}
