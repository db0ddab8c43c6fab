import { defineModule } from '../app-module.js';
import { noticeBehaviours } from './notice.hooks.js';
import { noticeLedger } from './notice.ledger.js';
import { NoticeReviewResolver } from './notice.resolver.js';
import { NOTICE_TRANSITIONS } from './notice.rules.js';

/** 奖罚通知单: reward/penalty notices and the general manager's monthly review. */
export const noticeModule = defineModule({
  name: 'notice',
  ledgers: [noticeLedger],
  hooks: noticeBehaviours,
  workflows: [{ ledger: noticeLedger, commands: NOTICE_TRANSITIONS }],
  resolvers: [NoticeReviewResolver],
});
