/** Bad list/export arguments (undeclared column, wrong operator or value); names the offending path. */
export class LedgerInputError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
