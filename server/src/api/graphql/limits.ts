import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Refuses documents nested deeper than `max` fields (fragments followed), so one request cannot
 * fan out without bound. Page size is bounded separately by `first` ≤ 500.
 */
export function depthLimit(max: number): (ctx: ValidationContext) => ASTVisitor {
  return (ctx) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of ctx.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) deepest = Math.max(deepest, s.selectionSet ? 1 + depth(s.selectionSet, seen) : 1);
        else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depth(s.selectionSet, seen));
        else if (!seen.has(s.name.value)) {
          const f = fragments.get(s.name.value);
          deepest = Math.max(deepest, depth(f?.selectionSet, new Set([...seen, s.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const d = depth(node.selectionSet, new Set());
        if (d > max)
          ctx.reportError(
            new GraphQLError(`查询嵌套过深：${d} 层，最多 ${max} 层 (query too deep)`, { nodes: [node] }),
          );
      },
    };
  };
}

/** What one GraphQL document may hold, checked by the lexer before it is parsed or validated. */
export interface DocumentBudget {
  maxTokens: number;
  /** Braces, brackets and parentheses open at once: the parser and the validation recurse on them. */
  maxNesting: number;
  /** Fragment definitions: a chain of them is followed recursively by validation. */
  maxFragments: number;
}

/** A signed-in user's documents: the client's largest (a ledger page with every column) is ≈ 400 tokens. */
export const SIGNED_IN_BUDGET: DocumentBudget = { maxTokens: 15_000, maxNesting: 40, maxFragments: 100 };
/** Before sign-in there is only the sign-in itself. */
export const ANONYMOUS_BUDGET: DocumentBudget = { maxTokens: 400, maxNesting: 8, maxFragments: 4 };

/**
 * Why a document is over its budget, in words for the client, or null. Lexing is linear and does not
 * recurse, so a document too deep or too long to parse safely is refused before the parser sees it;
 * a syntax error is left to the parser, which says where it is.
 */
export function documentProblem(source: string, budget: DocumentBudget): string | null {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let depth = 0;
  let fragments = 0;
  try {
    for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) {
      if (++tokens > budget.maxTokens) return `查询过长：超过 ${budget.maxTokens} 个词法单元 (too many tokens)`;
      if (t.kind === TokenKind.BRACE_L || t.kind === TokenKind.BRACKET_L || t.kind === TokenKind.PAREN_L) {
        if (++depth > budget.maxNesting) return `查询嵌套过深：超过 ${budget.maxNesting} 层括号 (nested too deep)`;
      } else if (t.kind === TokenKind.BRACE_R || t.kind === TokenKind.BRACKET_R || t.kind === TokenKind.PAREN_R)
        depth--;
      else if (
        depth === 0 &&
        t.kind === TokenKind.NAME &&
        t.value === 'fragment' &&
        ++fragments > budget.maxFragments
      ) {
        return `片段过多：最多 ${budget.maxFragments} 个 (too many fragments)`;
      }
    }
  } catch {
    return null;
  }
  return null;
}
