import 'reflect-metadata';
import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeApp } from '../../../composition.js';
import { buildAppSchema } from '../schema.js';
import { builtLedgers } from './index.js';
import { PagePlans } from './page-plan.js';

let plans: PagePlans;
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema(composeApp().resolvers());
  plans = new PagePlans(schema, builtLedgers());
});

const planned = (q: string, operationName?: string) => plans.plan(parse(q), operationName) !== null;

describe('which documents a ledger page plan answers', () => {
  it('the grid’s pages: columns, references, computed fields, totals, cursors, aliases, a leaf asked twice', () => {
    expect(
      planned(`query Ledger($first: Int, $filter: ComplaintFilter) { complaints(first: $first, filter: $filter) {
        totalCount edges { cursor node { id version complaintNo customerId customer { id name name } contactPhone
        overdue secondsLeft availableActions { name label } attachmentCount } } pageInfo { hasNextPage endCursor } } }`),
    ).toBe(true);
    expect(planned(`{ __typename a: complaints(first: 3) { __typename edges { node { no: complaintNo } } } }`)).toBe(
      true,
    );
    expect(planned(`{ complaints { edges { node { id } } } serviceArchives { edges { node { archiveNo } } } }`)).toBe(
      true,
    );
  });

  it('nothing it would have to merge, follow or decide: fragments, directives, a key asked two ways, a second node', () => {
    expect(planned(`{ complaints { edges { node { ...C } } } } fragment C on Complaint { id }`)).toBe(false);
    expect(planned(`{ complaints { edges { node { ... on Complaint { id } } } } }`)).toBe(false);
    expect(planned(`query($s: Boolean!) { complaints { edges { node { id @skip(if: $s) } } } }`)).toBe(false);
    expect(planned(`{ complaints { edges { node { customer { name } customer { code } } } } }`)).toBe(false);
    expect(planned(`{ complaints { edges { node { id } n2: node { id } } } }`)).toBe(false);
  });

  it('only ledger pages: not a mutation, another query beside them, or a root it does not know', () => {
    expect(planned(`{ complaints { edges { node { id } } } me { id } }`)).toBe(false);
    expect(planned(`mutation { logout }`)).toBe(false);
    expect(planned(`query A { complaints { edges { node { id } } } } query B { me { id } }`, 'B')).toBe(false);
    expect(planned(`query A { complaints { edges { node { id } } } } query B { me { id } }`, 'A')).toBe(true);
    expect(planned(`query A { complaints { edges { node { id } } } } query B { me { id } }`)).toBe(false);
  });
});
