import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, Kind,
  lexicographicSortSchema, parse, print, printSchema, typeFromAST, validate,
  type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type GraphQLType, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

/** The committed SDL: sorted, so the file only changes when the schema does. */
export function schemaSdl(schema: GraphQLSchema): string {
  return `# Emitted from the server code — do not edit; run \`npm run schema\` after changing the API.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

const SCALARS: Record<string, string> = {
  String: 'string', ID: 'string', Int: 'number', Float: 'number', Boolean: 'boolean', DateTimeISO: 'string', LocalDate: 'string',
};

function tsType(t: GraphQLType, input: boolean): string {
  if (isNonNullType(t)) return tsType(t.ofType, input).replace(/ \| null$/, '');
  if (isListType(t)) return `Array<${tsType(t.ofType, input).replace(/ \| null$/, '')}> | null`;
  const named = getNamedType(t);
  return `${isScalarType(named) ? (SCALARS[named.name] ?? 'unknown') : named.name} | null`;
}

/** TypeScript types of every schema type, for the client (generated from schema/schema.graphql). */
export function clientTypes(schema: GraphQLSchema): string {
  const sorted = lexicographicSortSchema(schema);
  const out = ['// Generated from schema/schema.graphql — do not edit; run `npm run schema`.', '/* eslint-disable */', ''];
  for (const type of Object.values(sorted.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isEnumType(type)) {
      out.push(`export type ${type.name} = ${type.getValues().map((v) => `'${v.value}'`).join(' | ')};`, '');
    } else if (isObjectType(type) || isInputObjectType(type)) {
      const input = isInputObjectType(type);
      out.push(`export interface ${type.name} {`);
      for (const f of Object.values(type.getFields())) {
        const optional = input && !isNonNullType(f.type);
        out.push(`  ${f.name}${optional ? '?' : ''}: ${tsType(f.type, input)};`);
      }
      out.push('}', '');
    }
  }
  return out.join('\n');
}

/** The TS type of a selection on a named output type (fragments inlined). */
function selectionType(
  schema: GraphQLSchema,
  parent: GraphQLObjectType,
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  indent: string,
): string {
  const fields: string[] = [];
  const visit = (s: SelectionSetNode) => {
    for (const sel of s.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) visit(fragments.get(sel.name.value)!.selectionSet);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else {
        const field = parent.getFields()[sel.name.value];
        const name = sel.alias?.value ?? sel.name.value;
        fields.push(`${indent}  ${name}: ${outputTs(schema, field.type, sel.selectionSet, fragments, `${indent}  `)};`);
      }
    }
  };
  visit(set);
  return `{\n${fields.join('\n')}\n${indent}}`;
}

function outputTs(schema: GraphQLSchema, t: GraphQLType, set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, indent: string): string {
  if (isNonNullType(t)) return outputTs(schema, t.ofType, set, fragments, indent).replace(/ \| null$/, '');
  if (isListType(t)) return `Array<${outputTs(schema, t.ofType, set, fragments, indent).replace(/ \| null$/, '')}> | null`;
  if (isObjectType(t)) return `${selectionType(schema, t, set!, fragments, indent)} | null`;
  if (isEnumType(t)) return `${t.name} | null`;
  return `${SCALARS[(t as { name: string }).name] ?? 'unknown'} | null`;
}

/**
 * Typed documents for the client's fixed operations (client/src/graphql/*.graphql): each checked
 * against the schema, emitted with its source, result type and variables type.
 */
export function clientOperations(schema: GraphQLSchema, source: string): string {
  const doc = parse(source);
  const errors = validate(schema, doc);
  if (errors.length) throw new Error(`client operations do not fit the schema: ${errors.map((e) => e.message).join('; ')}`);
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const used = new Set<string>();
  const out = ['// Generated from client/src/graphql/<name>.graphql and schema/schema.graphql — do not edit; run `npm run schema`.', '/* eslint-disable */'];
  const body: string[] = [];
  for (const op of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    const name = op.name!.value;
    const root = op.operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    const vars = (op.variableDefinitions ?? []).map((v) => {
      const t = typeFromAST(schema, v.type as never)!;
      const ts = tsType(t, true);
      for (const n of ts.match(/\b[A-Z]\w+\b/g) ?? []) used.add(n);
      return `  ${v.variable.name.value}${isNonNullType(t) ? '' : '?'}: ${ts};`;
    });
    const result = selectionType(schema, root, op.selectionSet, fragments, '');
    for (const n of result.match(/\b[A-Z]\w+\b/g) ?? []) used.add(n);
    const printed = print({ kind: Kind.DOCUMENT, definitions: [op, ...collectFragments(op, fragments)] }).replace(/\s+/g, ' ');
    body.push(
      `export interface ${name}Result ${result}`,
      `export interface ${name}Variables {\n${vars.join('\n')}${vars.length ? '\n' : ''}}`,
      `export const ${name}Document = { source: ${JSON.stringify(printed)} } as TypedDocument<${name}Result, ${name}Variables>;`,
      '',
    );
  }
  const imported = [...used].filter((n) => schema.getType(n) && isEnumType(schema.getType(n)!) || (schema.getType(n) && isInputObjectType(schema.getType(n)!))).sort();
  out.push(`import type { TypedDocument } from '../graphql/typed-document';`);
  if (imported.length) out.push(`import type { ${imported.join(', ')} } from './graphql';`);
  out.push('', ...body);
  return out.join('\n');
}

function collectFragments(op: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { kind?: string; name?: { value: string } };
    if (n.kind === Kind.FRAGMENT_SPREAD && !found.has(n.name!.value)) {
      const f = fragments.get(n.name!.value)!;
      found.set(f.name.value, f);
      walk(f.selectionSet);
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc' && v && typeof v === 'object') walk(v);
  };
  walk(op.selectionSet);
  return [...found.values()];
}
