import { CallbackResolver } from './callback.resolver.js';
import { defineModule } from '../app-module.js';
import { surveyBehaviours } from './survey.hooks.js';
import { callbackLedger, surveyItemLedger, surveyLedger, surveyScoreLedger } from './survey.ledgers.js';
import { SurveyResolver } from './survey.resolver.js';

/** 回访记录 and 满意度调查: callbacks, surveys, the callback plan and yearly satisfaction. */
export const surveyModule = defineModule({
  name: 'survey',
  ledgers: [callbackLedger, surveyLedger, surveyScoreLedger, surveyItemLedger],
  hooks: surveyBehaviours,
  resolvers: [SurveyResolver, CallbackResolver],
  actionLabels: { RAISE_FROM_CALLBACK: '回访中提出投诉' },
});
