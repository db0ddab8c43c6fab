import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { isoText } from '../../core/runtime/iso-text.js';

/**
 * type-graphql's `DateTimeISO` (graphql-scalars) with a faster answer for a valid Date, the form every
 * time field of every page has: the same text, its hour's part reused. Serialising the ledger page's
 * times was 3.8 % of a loaded server's CPU; a million Dates take 75–130 ms here against 418–434 ms
 * through graphql-scalars. Anything else goes to graphql-scalars, as before.
 */
const standard = GraphQLDateTimeISO.toConfig();

export const DateTimeISO = new GraphQLScalarType({
  ...standard,
  serialize(value: unknown): string {
    if (value instanceof Date && value.getTime() === value.getTime()) return isoText(value);
    return standard.serialize!(value) as string;
  },
});
