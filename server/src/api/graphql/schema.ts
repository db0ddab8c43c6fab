import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth-checker.js';

/** Builds the executable schema from the given resolver classes. */
export function buildAppSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, authChecker, authMode: 'error', validate: false });
}
