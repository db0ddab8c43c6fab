import { describe, expect, it } from 'vitest';
import { checkTransition } from '../../core/ledger/write/workflow.js';
import { refusalOf } from '../../core/ledger/write/workflow-refusal.js';
import { RETURN_TRANSITIONS as T, REWORK_TRANSITIONS, returnCloseProblem } from './rework.rules.js';

const reason = refusalOf;

// customer-service-procedure 四: 「收到退货后，PMC开返工单，品质部对其进行检验」, and 「如客户继续需要其它规格产品，应马上补给」
describe('a returned good', () => {
  it('goes to PMC for a rework order like a repair or an exchange', () => {
    expect(
      reason(() => checkTransition(T.openRework, { status: 'COUNTED', type: 'RETURN', qtyCounted: 1 }, {}, 'PMC')),
    ).toBeNull();
    expect(
      reason(() =>
        checkTransition(T.openRework, { status: 'COUNTED', type: 'COMPENSATION', qtyCounted: 1 }, {}, 'PMC'),
      ),
    ).toBe('PRECONDITION:type');
  });
  it('is completed only after quality inspected it, and once refunded or replaced by another specification', () => {
    expect(returnCloseProblem({ type: 'RETURN', status: 'COUNTED' })?.message).toContain('品质部检验');
    expect(returnCloseProblem({ type: 'RETURN', status: 'REPAIRED' })?.field).toBe('refundedAt');
    expect(returnCloseProblem({ type: 'RETURN', status: 'REPAIRED', refundedAt: new Date() })).toBeNull();
    expect(returnCloseProblem({ type: 'RETURN', status: 'REPAIRED', replacementSpec: 'KY250 (7.5 kW)' })).toBeNull();
    expect(returnCloseProblem({ type: 'EXCHANGE', status: 'COUNTED' })).toBeNull();
    expect(returnCloseProblem({ type: 'REPAIR', status: 'COUNTED' })?.message).toContain('维修单');
  });
  it('is refunded by the clerk once inspected, once, with a sum that is not negative', () => {
    const inspected = { status: 'REPAIRED', type: 'RETURN' };
    expect(reason(() => checkTransition(T.refund, inspected, { amount: 8600 }, 'CLERK'))).toBeNull();
    expect(reason(() => checkTransition(T.refund, inspected, { amount: -1 }, 'CLERK'))).toBe('PRECONDITION:amount');
    expect(
      reason(() => checkTransition(T.refund, { ...inspected, refundedAt: new Date() }, { amount: 1 }, 'CLERK')),
    ).toBe('PRECONDITION:refundedAt');
    expect(reason(() => checkTransition(T.refund, { status: 'COUNTED', type: 'RETURN' }, { amount: 1 }, 'CLERK'))).toBe(
      'INVALID_STATE:status',
    );
  });
});

describe('a faulty part from the field, inspected by quality', () => {
  it('has no sale to feed back to: 反馈销售 is neither offered nor accepted', () => {
    const done = { status: 'DONE', returnOrderId: null, feedbackAt: null };
    const feedback = REWORK_TRANSITIONS.feedbackToSales;
    expect(feedback.offeredWhen?.(done, {} as never)).toBe(false);
    expect(reason(() => checkTransition(feedback, done, {}, 'QUALITY'))).toBe('PRECONDITION:returnOrder');
    expect(reason(() => checkTransition(feedback, { ...done, returnOrderId: 7 }, {}, 'QUALITY'))).toBeNull();
  });
});
