// The shape of a ledger's table, as migrations and drift checks compare it (types only: the declarations' types can name it without a cycle).

/** Database column kinds, as the migrations' Table API writes them. */
export type DbType = 'int' | 'bigint' | 'varchar' | 'text' | 'boolean' | 'datetime' | 'date' | 'decimal';

export interface ColumnSpec {
  name: string;
  type: DbType;
  /** varchar length in characters. */
  length?: number;
  nullable: boolean;
  /** A unique constraint in the database (besides the engine's check among live rows). */
  unique?: boolean;
  primary?: boolean;
}

export interface IndexSpec {
  name: string;
  columns: string[];
}

/** A ledger's table as its declaration makes it. */
export interface TableSpec {
  name: string;
  columns: ColumnSpec[];
  indexes: IndexSpec[];
}
