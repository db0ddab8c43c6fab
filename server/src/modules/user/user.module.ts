import { defineModule } from '../app-module.js';
import { AuthResolver } from './auth.resolver.js';

/** Sign-in, sessions and the signed-in user. */
export const userModule = defineModule({ name: 'user', ledgers: [], resolvers: [AuthResolver] });
