import { defineModule } from '../app-module.js';
import { improvementBehaviours, rectificationWorkflow } from './improvement.hooks.js';
import { rectificationLedger } from './rectification.ledger.js';
import { reviewMeetingLedger } from './review-meeting.ledger.js';

/** The improvement loop the procedures end with: review meetings and the rectifications they, complaints, analyses and surveys raise. */
export const improvementModule = defineModule({
  name: 'improvement',
  ledgers: [rectificationLedger, reviewMeetingLedger],
  hooks: improvementBehaviours,
  workflows: [rectificationWorkflow],
  resolvers: [],
});
