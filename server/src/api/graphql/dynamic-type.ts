import { Field, InputType } from 'type-graphql';

export type Ctor = new () => object;
export type TypeFn = () => unknown;

/** A class with a given name, for GraphQL types built from declarations rather than written out. */
export function namedClass(name: string): Ctor {
  const holder = { [name]: class {} };
  return holder[name] as Ctor;
}

/** Declares a field on a built class, as `@Field` would. */
export function prop(
  target: Ctor,
  name: string,
  type: TypeFn,
  opts: { nullable?: boolean; description?: string; defaultValue?: unknown },
): void {
  Field(type as never, opts as never)(target.prototype, name);
}

const OP_DOCS: Record<string, string> = {
  eq: 'Equals.',
  in: 'One of (1–500 values).',
  contains: 'Contains (substring).',
  gte: 'Greater than or equal (on or after).',
  lte: 'Less than or equal (on or before).',
  isNull: 'Is empty (true) or not empty (false).',
};

/** A filter input over one value type with the given operators; every operator given must hold. */
export function filterInput(
  name: string,
  description: string,
  valueType: TypeFn,
  ops: ReadonlyArray<keyof typeof OP_DOCS>,
): Ctor {
  const C = namedClass(name);
  for (const op of ops) {
    const type = op === 'isNull' ? () => Boolean : op === 'in' ? () => [valueType()] : valueType;
    prop(C, op, type, { nullable: true, description: OP_DOCS[op] });
  }
  InputType(name, { description })(C);
  return C;
}
