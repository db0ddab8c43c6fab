import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed SDL: sorted, so the file only changes when the schema does. */
export function schemaSdl(schema: GraphQLSchema): string {
  return `# Emitted from the server code — do not edit; run \`npm run schema\` after changing the API.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
