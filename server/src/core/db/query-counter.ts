import type { Logger } from 'typeorm';

/** A TypeORM logger that counts SQL statements (tests and the benchmark prove loaders batch). */
export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];
  params: unknown[][] = [];
  /** When each kept statement was issued (ms, monotonic): statements issued together form one wave of a request. */
  at: number[] = [];
  keep = false;
  logQuery(query: string, parameters?: unknown[]): void {
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query)) return;
    this.count++;
    if (this.keep) {
      this.statements.push(query);
      this.params.push(parameters ?? []);
      this.at.push(performance.now());
    }
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env.SQL_DEBUG) console.error('SQL error', error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.count = 0;
    this.statements = [];
    this.params = [];
    this.at = [];
  }
}
