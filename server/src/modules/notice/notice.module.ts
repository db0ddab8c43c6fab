import { defineModule } from '../app-module.js';
import './notice.hooks.js';
import { noticeLedger } from './notice.ledger.js';
import { NoticeReviewResolver, NoticeWorkflowResolver } from './notice.resolver.js';

/** 奖罚通知单: reward/penalty notices and the general manager's monthly review. */
export const noticeModule = defineModule({ name: 'notice', ledgers: [noticeLedger], resolvers: [NoticeWorkflowResolver, NoticeReviewResolver] });
