import 'reflect-metadata';
import fs from 'node:fs';
import { GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/src/api/graphql/schema.js';
import { composeApp } from '../server/src/composition.js';
import { clientOperations, clientTypes, schemaSdl } from '../scripts/schema-artifacts.js';

const SCHEMA_FILE = 'schema/schema.graphql';
const CLIENT_TYPES_FILE = 'client/src/generated/graphql.ts';
const CLIENT_OPERATIONS_DIR = 'client/src/graphql';
/** `client/src/graphql/<name>.graphql` → `client/src/generated/<name>.ts`: one module per file, so a page loaded on demand brings its own operations. */
const generatedFor = (source: string) => `client/src/generated/${source.replace(/\.graphql$/, '.ts')}`;
const PUBLIC_OPERATIONS = new Set(['login']);

describe('schema', async () => {
  const schema = await buildAppSchema(composeApp().resolvers());

  it('matches the committed schema/schema.graphql, the client types and typed operations generated from it', () => {
    const sdl = schemaSdl(schema);
    const types = clientTypes(schema);
    const sources = fs.readdirSync(CLIENT_OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort();
    const operations = sources.map((f) => [generatedFor(f), clientOperations(schema, fs.readFileSync(`${CLIENT_OPERATIONS_DIR}/${f}`, 'utf8'))] as const);
    if (process.env.UPDATE_SCHEMA) {
      fs.mkdirSync('client/src/generated', { recursive: true });
      fs.writeFileSync(SCHEMA_FILE, sdl);
      fs.writeFileSync(CLIENT_TYPES_FILE, types);
      for (const [file, text] of operations) fs.writeFileSync(file, text);
    }
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8'), 'schema drifted: run `npm run schema`').toBe(sdl);
    expect(fs.readFileSync(CLIENT_TYPES_FILE, 'utf8'), 'client types drifted: run `npm run schema`').toBe(types);
    for (const [file, text] of operations) expect(fs.readFileSync(file, 'utf8'), `${file} drifted: run \`npm run schema\``).toBe(text);
  });

  it('states the allowed roles of every query and mutation (only login is public)', () => {
    const authorized = new Set(getMetadataStorage().authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
    const handlers = [...getMetadataStorage().queries, ...getMetadataStorage().mutations];
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[]) {
      for (const name of Object.keys(root.getFields())) {
        if (PUBLIC_OPERATIONS.has(name)) continue;
        const h = handlers.find((x) => x.schemaName === name);
        if (!h || !authorized.has(`${h.target.name}.${h.methodName}`)) missing.push(name);
      }
    }
    expect(missing).toEqual([]);
  });

  it('documents every type, field and argument', () => {
    const undocumented: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name)) continue;
      if (!t.description && !['Query', 'Mutation'].includes(t.name)) undocumented.push(t.name);
      if ('getFields' in t) {
        for (const f of Object.values(t.getFields())) {
          if (!f.description) undocumented.push(`${t.name}.${f.name}`);
          for (const a of 'args' in f ? f.args : []) if (!a.description) undocumented.push(`${t.name}.${f.name}(${a.name})`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
