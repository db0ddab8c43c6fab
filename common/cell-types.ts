// Types the server's ledger engine and the client's grid share (and defineEnum). No imports: both sides compile it.

/** Column kinds as the storage layer sees them. */
export type StorageType = 'string' | 'text' | 'int' | 'decimal' | 'bool' | 'date' | 'datetime';

/** Column kinds a ledger can declare. `ref` stores `<field>Id` and is typed by the referenced row's key. */
export type ColumnType = StorageType | 'enum' | 'ref';

/** A label pair: as printed on the paper form, and its English. */
export interface Label {
  zh: string;
  en: string;
}

/** An enumeration with labels; registered once as a GraphQL enum. `K` are its codes. */
export interface EnumDef<K extends string = string> {
  name: string;
  description: string;
  values: Record<K, Label>;
}

/** The codes of an enumeration, as a type: `EnumCode<typeof ComplaintStatus>`. */
export type EnumCode<E> = E extends EnumDef<infer K> ? K : never;

/** Declares an enumeration keeping its codes as a type, so a misspelt state does not type-check. */
export function defineEnum<const V extends Record<string, Label>>(def: {
  name: string;
  description: string;
  values: V;
}): EnumDef<Extract<keyof V, string>> {
  return def;
}

export interface CellError {
  /** The client's row key: `ref` of a created row, or the id of an updated/voided row. */
  row: string;
  field: string | null;
  code: string;
  message: string;
}

/** What turning typed text into a cell's value needs to know about its column. */
export interface CellColumn {
  field: string;
  label: Label;
  type: ColumnType;
  required?: boolean;
  /** For string and enum columns: length in characters (string 255, enum 20 when omitted). */
  maxLength?: number;
  enum?: EnumDef;
  /** Extra cell rule: returns a message when the value is wrong. */
  check?: (value: unknown) => string | null;
}

/** The labels of a code, or undefined for a code the enumeration does not have. */
export function enumLabel(e: EnumDef, code: string): Label | undefined {
  return (e.values as Record<string, Label>)[code];
}
