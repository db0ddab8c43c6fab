import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { DateTimeISO } from './date-time-scalar.js';
import { builtLedgers, resolveRowFieldsDirectly } from './ledger/index.js';

/** Builds the executable schema from the given resolver classes. */
export async function buildAppSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
  });
  resolveRowFieldsDirectly(schema, builtLedgers());
  return schema;
}
