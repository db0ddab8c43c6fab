import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Refuses documents nested deeper than `max` fields (fragments followed), so one request cannot
 * fan out without bound. Page size is bounded separately by `first` ≤ 500.
 */
export function depthLimit(max: number): (ctx: ValidationContext) => ASTVisitor {
  return (ctx) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of ctx.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
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
        if (d > max) ctx.reportError(new GraphQLError(`查询嵌套过深：${d} 层，最多 ${max} 层 (query too deep)`, { nodes: [node] }));
      },
    };
  };
}
