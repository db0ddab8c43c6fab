import { defineModule } from '../app-module.js';
import { SavedViewResolver } from './saved-view.resolver.js';

/** 我的视图: each user's named grid views (filter, sort, columns) per ledger. */
export const savedViewModule = defineModule({ name: 'savedView', ledgers: [], resolvers: [SavedViewResolver] });
