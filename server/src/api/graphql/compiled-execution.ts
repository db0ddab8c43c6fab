import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLScalarType,
  GraphQLSchema,
  getVariableValues,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionResult,
  getNamedType,
  isInputObjectType,
  typeFromAST,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from './context.js';
import { builtLedgers } from './ledger/index.js';
import { PagePlans, type PagePlan } from './ledger/page-plan.js';

/** How many distinct query documents keep their compiled form (least recently used dropped first). */
const COMPILED_KEPT = 500;

type Compiled = CompiledQuery | ExecutionResult;

/**
 * Queries run as JavaScript compiled once per document (graphql-jit), not walked by graphql-js for
 * every field of every row. Apollo still parses, validates, runs every plugin (the cost limit, the
 * error masking, read-your-writes) and formats the answer: only execution is handed over, through its
 * gateway hook. Mutations stay on graphql-js (their fields run one after another, and they are few).
 * `compiledAndStandardAgree` (test/compiled-execution.test.ts) holds both executors to the same bytes.
 */
export class CompiledQueries {
  private readonly kept = new Map<string, Kept>();
  /** The schema the queries compile against: the same types, and the pass-through type of their variables. */
  private readonly compiledSchema: GraphQLSchema;
  private readonly plans: PagePlans;
  constructor(private readonly schema: GraphQLSchema) {
    const config = schema.toConfig();
    this.compiledSchema = new GraphQLSchema({ ...config, types: [...config.types, COERCED] });
    this.plans = new PagePlans(schema, builtLedgers());
  }

  /** What is kept of one operation of a document: its page plan, made on first use, and its compiled form, once needed. */
  private entry(document: DocumentNode, operationName: string | undefined, source: string): Kept {
    const key = `${operationName ?? ''}\u0000${source}`;
    let k = this.kept.get(key);
    if (k) {
      this.kept.delete(key); // most recently used last
      this.kept.set(key, k);
      return k;
    }
    k = { plan: this.plans.plan(document, operationName) };
    this.kept.set(key, k);
    if (this.kept.size > COMPILED_KEPT) this.kept.delete(this.kept.keys().next().value!);
    return k;
  }

  /** The compiled form of one operation of a document, compiled on first use. */
  compiled(document: DocumentNode, operationName: string | undefined, source: string): Compiled {
    const k = this.entry(document, operationName, source);
    k.compiled ??= compileQuery(this.compiledSchema, withCoercedVariables(this.schema, document), operationName, {
      disablingCapturingStackErrors: true,
    });
    return k.compiled;
  }

  /** Executes one request: a query compiled, anything else by graphql-js. */
  execute(args: {
    document: DocumentNode;
    operationName?: string;
    source: string;
    isQuery: boolean;
    contextValue: unknown;
    variableValues?: Record<string, unknown> | null;
  }): Promise<ExecutionResult> | ExecutionResult {
    if (!args.isQuery)
      return execute({
        schema: this.schema,
        document: args.document,
        operationName: args.operationName,
        contextValue: args.contextValue,
        variableValues: args.variableValues,
      });
    // the variables are coerced as graphql-js does (the same errors, at most 50), and passed through as they are
    const operation = operationOf(args.document, args.operationName);
    const variables = getVariableValues(this.schema, operation?.variableDefinitions ?? [], args.variableValues ?? {}, {
      maxErrors: 50,
    });
    if (variables.errors) return { errors: variables.errors };
    const plan = this.entry(args.document, args.operationName, args.source).plan;
    if (plan) return this.planned(plan, args, operation, variables.coerced);
    return this.run(args, operation, variables.coerced);
  }

  /** A ledger page answered by its plan, or — where the plan steps aside — by the compiled query. */
  private async planned(
    plan: PagePlan,
    args: Parameters<CompiledQueries['execute']>[0],
    operation: OperationDefinitionNode | undefined,
    coerced: Record<string, unknown>,
  ): Promise<ExecutionResult> {
    return (
      (await this.plans.answer(plan, args.contextValue as RequestContext, coerced)) ??
      this.run(args, operation, coerced)
    );
  }

  private run(
    args: Parameters<CompiledQueries['execute']>[0],
    operation: OperationDefinitionNode | undefined,
    coerced: Record<string, unknown>,
  ): Promise<ExecutionResult> | ExecutionResult {
    const c = this.compiled(args.document, args.operationName, args.source);
    if (!isCompiledQuery(c)) return c; // what graphql-js would refuse at the start of execution
    const given = { ...(args.variableValues ?? {}) };
    for (const name of passedThrough(this.schema, operation))
      if (name in coerced) given[name] = coerced[name];
      else delete given[name];
    return c.query(undefined, args.contextValue, given);
  }
}

type Kept = { plan: PagePlan | null; compiled?: Compiled };

function operationOf(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined {
  return document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
}

/**
 * graphql-jit writes a parser for each variable's input type into the compiled code, inline and
 * recursively: the ledger filters nest each other (a complaint's customer, its archive's customer…)
 * and that never ends (graphql-jit issue #81). The variables are coerced before (by graphql-js), so the
 * compiled document declares them of this pass-through type instead.
 */
const COERCED = new GraphQLScalarType({
  name: 'CoercedVariable',
  description: 'A variable graphql-js has already coerced to its declared type (compiled execution only).',
  parseValue: (v) => v,
  serialize: (v) => v,
});

/** The names of an operation's variables of an input-object type (or a list of them): those passed through. */
function passedThrough(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined): Set<string> {
  const out = new Set<string>();
  for (const v of operation?.variableDefinitions ?? []) {
    const t = typeFromAST(schema, v.type as NamedTypeNode);
    if (t && isInputObjectType(getNamedType(t))) out.add(v.variable.name.value);
  }
  return out;
}

function withCoercedVariables(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  return visit(document, {
    VariableDefinition: (node) => {
      const t = typeFromAST(schema, node.type as NamedTypeNode);
      if (!t || !isInputObjectType(getNamedType(t))) return undefined; // scalars and enums: graphql-jit parses them as graphql-js does
      return {
        ...node,
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED.name } },
        defaultValue: undefined,
      };
    },
  });
}

/** The gateway Apollo is given: the schema as it is, and the executor above. */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const queries = new CompiledQueries(schema);
  const executor: GatewayExecutor = async (rc) =>
    (await queries.execute({
      document: rc.document,
      operationName: rc.operationName ?? undefined,
      source: rc.source,
      isQuery: rc.operation.operation === 'query',
      contextValue: rc.context,
      variableValues: rc.request.variables,
    })) as Awaited<ReturnType<GatewayExecutor>>;
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}
