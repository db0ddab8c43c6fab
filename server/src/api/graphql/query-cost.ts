import {
  GraphQLError,
  Kind,
  visit,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';

/** Rows a list field without a `first` argument is assumed to return (timelines, histories…). */
export const UNPAGED_LIST_ROWS = 10;
/** What a paged field returns when `first` is not given (the connections' default page). */
export const DEFAULT_PAGE = 100;

/**
 * Cost = fields a request may resolve: each field 1; a paged field (`first`) multiplies what is below
 * it by `first`; a list without `first` by UNPAGED_LIST_ROWS; the edges of a page are not multiplied
 * again. Fields that are expensive on their own declare `complexity` in their extensions. Aliases
 * count, since each is resolved.
 */
const pagedEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.args?.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE;
    return 1 + first * childComplexity;
  }
  const inner = getNullableType(field.type);
  if (isListType(inner) && isObjectType(getNamedType(inner)) && !['edges', 'nodes'].includes(field.name)) {
    return 1 + UNPAGED_LIST_ROWS * childComplexity;
  }
  return undefined;
};

/** The cost of one operation, or a BAD_USER_INPUT-style error when it cannot be computed. */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [fieldExtensionsEstimator(), pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

export function tooCostly(cost: number, max: number): GraphQLError {
  return new GraphQLError(`查询过大：成本 ${cost}，上限 ${max}；请减少别名、每页行数或嵌套 (query too costly)`, {
    extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: max, http: { status: 400 } },
  });
}

/** The variables a document's cost depends on: those given to `first` and to @skip/@include. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.value.kind === Kind.VARIABLE && node.name.value === 'first') names.add(node.value.name.value);
    },
    Directive(node) {
      if (node.name.value !== 'skip' && node.name.value !== 'include') return;
      for (const a of node.arguments ?? []) if (a.value.kind === Kind.VARIABLE) names.add(a.value.name.value);
    },
  });
  return [...names];
}

/** Costs remembered per document (Apollo hands the same parsed document for the same text) and per value of the variables that count. */
export class QueryCosts {
  private readonly byDocument = new WeakMap<DocumentNode, { names: string[]; costs: Map<string, number> }>();
  constructor(private readonly schema: GraphQLSchema) {}

  /** The cost of one operation (see queryCost), worked out once for each document, operation and page size. */
  cost(document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
    let memo = this.byDocument.get(document);
    if (!memo) this.byDocument.set(document, (memo = { names: costVariables(document), costs: new Map() }));
    const key = JSON.stringify([operationName ?? null, ...memo.names.map((n) => variables?.[n] ?? null)]);
    let cost = memo.costs.get(key);
    if (cost === undefined) {
      cost = queryCost(this.schema, document, variables, operationName);
      if (memo.costs.size >= 50) memo.costs.clear(); // a client trying page sizes one by one
      memo.costs.set(key, cost);
    }
    return cost;
  }
}
