import 'reflect-metadata';
import fs from 'node:fs';
import { GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/src/api/graphql/schema.js';
import { composeApp } from '../server/src/composition.js';
import { execFileSync } from 'node:child_process';
import { schemaSdl } from '../scripts/schema-artifacts.js';

const SCHEMA_FILE = 'schema/schema.graphql';
const PUBLIC_OPERATIONS = new Set(['login']);

describe('schema', async () => {
  const schema = await buildAppSchema(composeApp().resolvers());

  it('matches the committed schema/schema.graphql, and the client types and typed documents graphql-codegen makes of it', async () => {
    const sdl = schemaSdl(schema);
    if (process.env.UPDATE_SCHEMA) fs.writeFileSync(SCHEMA_FILE, sdl);
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8'), 'schema drifted: run `npm run schema`').toBe(sdl);
    // the client's typed documents (client preset) and schema types, from the committed schema and
    // client/src/graphql/*.graphql: graphql-codegen writes them, or in check mode names the stale ones
    const codegen = (...flags: string[]) =>
      execFileSync('node_modules/.bin/graphql-codegen', ['--config', 'codegen.ts', ...flags], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    if (process.env.UPDATE_SCHEMA) codegen();
    let stale = '';
    try {
      codegen('--check');
    } catch (e) {
      stale = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(stale, 'client types or documents drifted: run `npm run schema`').toBe('');
  }, 60_000);

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
          for (const a of 'args' in f ? f.args : [])
            if (!a.description) undocumented.push(`${t.name}.${f.name}(${a.name})`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
