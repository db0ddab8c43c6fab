import {
  GraphQLError,
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
