import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  lexicographicSortSchema, printSchema, type GraphQLSchema, type GraphQLType,
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
