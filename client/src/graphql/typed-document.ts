/** A fixed operation with its result and variable types (generated into ../generated/operations.ts). */
export interface TypedDocument<Result, Variables> {
  source: string;
  /** Never set: carries the types. */
  readonly __types?: { result: Result; variables: Variables };
}
