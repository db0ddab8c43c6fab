import type { CodegenConfig } from '@graphql-codegen/cli';

/** How the schema's own scalars reach the client: times and days as ISO text, JSON as an object. */
const scalars = {
  DateTimeISO: 'string',
  LocalDate: 'string',
  JSONObject: 'Record<string, unknown>',
};

const common = {
  scalars: { ...scalars },
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false },
};

/**
 * Typed documents (TypedDocumentNode) for the client's fixed operations, one output per
 * `client/src/graphql/<name>.graphql`, so a page loaded on demand brings its own operations; and
 * the schema's types for the code that names them (generated/graphql.ts). `npm run schema` writes
 * them; test/schema.drift.test.ts fails while any drifts.
 */
export const OPERATION_FILES = ['operations', 'analysis', 'audit'];

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'client/src/generated/graphql.ts': { plugins: ['typescript'], config: { ...common } },
    ...Object.fromEntries(
      OPERATION_FILES.map((name) => [
        `client/src/generated/${name}/`,
        {
          preset: 'client' as const,
          documents: `client/src/graphql/${name}.graphql`,
          presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
          config: { ...common, documentMode: 'documentNode' },
        },
      ]),
    ),
  },
  hooks: {},
};

export default config;
