import { enumOf } from '../../../core/ledger/schema/define-ledger.js';
import type { GraphQLScalarType } from 'graphql';
import { Float, Int, registerEnumType } from 'type-graphql';
import { filterInput, type Ctor, type TypeFn } from '../dynamic-type.js';
import {
  BooleanFilter,
  DateFilter,
  DateTimeFilter,
  FloatFilter,
  GraphQLISODateTime,
  GraphQLLocalDate,
  IntFilter,
  StringFilter,
} from '../shared-types.js';
import type { ColumnDef, EnumDef } from '../../../core/ledger/schema/ledger.types.js';

const enums = new Map<string, { gql: object; filter: Ctor }>();

/** Registers an enum once (as a GraphQL enum) with its filter input. */
export function enumType(def: EnumDef): { gql: object; filter: Ctor } {
  let e = enums.get(def.name);
  if (!e) {
    const gql = Object.fromEntries(Object.keys(def.values).map((k) => [k, k]));
    registerEnumType(gql, {
      name: def.name,
      description: def.description,
      valuesConfig: Object.fromEntries(
        Object.entries(def.values).map(([k, l]) => [k, { description: `${l.zh} / ${l.en}` }]),
      ),
    });
    const filter = filterInput(`${def.name}Filter`, `Filter on ${def.name}.`, () => gql, ['eq', 'in', 'isNull']);
    e = { gql, filter };
    enums.set(def.name, e);
  }
  return e;
}

export function outputType(c: ColumnDef): TypeFn {
  switch (c.type) {
    case 'string':
    case 'text':
      return () => String;
    case 'int':
    case 'ref':
      return () => Int;
    case 'decimal':
      return () => Float;
    case 'bool':
      return () => Boolean;
    case 'date':
      return () => GraphQLLocalDate as GraphQLScalarType;
    case 'datetime':
      return () => GraphQLISODateTime;
    case 'enum':
      return () => enumType(enumOf(c)).gql;
  }
}

export function inputType(c: ColumnDef): TypeFn {
  if (c.type === 'ref') return () => String; // the referenced row's key, as a clerk types it
  return outputType(c);
}

export function filterType(c: ColumnDef): TypeFn {
  switch (c.type) {
    case 'string':
    case 'text':
      return () => StringFilter;
    case 'int':
    case 'ref':
      return () => IntFilter;
    case 'decimal':
      return () => FloatFilter;
    case 'bool':
      return () => BooleanFilter;
    case 'date':
      return () => DateFilter;
    case 'datetime':
      return () => DateTimeFilter;
    case 'enum':
      return () => enumType(enumOf(c)).filter;
  }
}

export function describe(c: ColumnDef, extra = ''): string {
  return `${c.label.zh} / ${c.label.en}${c.description ? `. ${c.description}` : ''}${extra}`;
}
