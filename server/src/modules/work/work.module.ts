import { defineModule } from '../app-module.js';
import { MyWorkResolver } from './my-work.resolver.js';

/** 我的待办: the home page of every user. */
export const workModule = defineModule({ name: 'work', ledgers: [], resolvers: [MyWorkResolver] });
