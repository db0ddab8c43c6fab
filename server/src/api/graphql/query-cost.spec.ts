import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QueryCosts, queryCost } from './query-cost.js';

const schema = buildSchema(`
  type Query { items(first: Int, after: String, filter: String): ItemConnection }
  type ItemConnection { edges: [ItemEdge] }
  type ItemEdge { node: Item }
  type Item { id: Int, name: String, owner: Item }
`);
const doc = parse(`query($n: Int, $after: String, $f: String, $deep: Boolean!) {
  items(first: $n, after: $after, filter: $f) { edges { node { id name owner @include(if: $deep) { id name } } } } }`);

describe('remembered query costs', () => {
  it('are the cost worked out afresh, for every page size and directive, whatever the cursor or filter', () => {
    const costs = new QueryCosts(schema);
    for (const v of [
      { n: 5, after: 'a', f: 'x', deep: false },
      { n: 5, after: 'b', f: 'y', deep: false },
      { n: 50, after: 'a', f: 'x', deep: false },
      { n: 50, after: 'c', f: 'x', deep: true },
      { n: 5, after: 'a', f: 'z', deep: true },
      { after: 'a', deep: true },
    ])
      expect(costs.cost(doc, v), JSON.stringify(v)).toBe(queryCost(schema, doc, v));
    // the costs differ where they should: a page ten times as long, the owner asked or not
    expect(costs.cost(doc, { n: 50, deep: false })).toBeGreaterThan(costs.cost(doc, { n: 5, deep: false }));
    expect(costs.cost(doc, { n: 5, deep: true })).toBeGreaterThan(costs.cost(doc, { n: 5, deep: false }));
  });
});
