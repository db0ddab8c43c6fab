import 'reflect-metadata';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO as GraphQLISODateTime } from './date-time-scalar.js';
import { filterInput } from './dynamic-type.js';

export { GraphQLISODateTime };
/** Calendar date 'YYYY-MM-DD'. */
export const GraphQLLocalDate = LocalDateResolver;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Sort direction 排序方向.' });

@ObjectType({ description: 'Relay page information.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: 'Another page follows.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass as `after` for the next page.' })
  endCursor!: string | null;
}

const ALL_OPS = ['eq', 'in', 'gte', 'lte', 'isNull'] as const;
export const StringFilter = filterInput('StringFilter', 'Text filter: every operator given must hold.', () => String, [
  'eq',
  'in',
  'contains',
  'gte',
  'lte',
  'isNull',
]);
export const IntFilter = filterInput('IntFilter', 'Whole-number filter.', () => Int, ALL_OPS);
export const FloatFilter = filterInput('FloatFilter', 'Number filter.', () => Float, ALL_OPS);
export const DateFilter = filterInput(
  'DateFilter',
  'Date filter (YYYY-MM-DD), range inclusive.',
  () => GraphQLLocalDate,
  ALL_OPS,
);
export const DateTimeFilter = filterInput(
  'DateTimeFilter',
  'Moment filter, range inclusive.',
  () => GraphQLISODateTime,
  ['eq', 'gte', 'lte', 'isNull'],
);
export const BooleanFilter = filterInput('BooleanFilter', 'Yes/no filter.', () => Boolean, ['eq', 'isNull']);

@ObjectType({ description: 'A rejected cell (or row when field is null) of a batch save or import.' })
export class CellErrorType {
  @Field(() => String, { description: "The client's row key: `ref` of a created row, or the id of an existing one." })
  row!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Column field name; null when the error concerns the whole row.',
  })
  field!: string | null;
  @Field(() => String, { description: 'Machine code: REQUIRED, INVALID_ENUM, NOT_FOUND, DUPLICATE, READ_ONLY, …' })
  code!: string;
  @Field(() => String, { description: 'Message for the clerk (Chinese).' })
  message!: string;
}

@ObjectType({ description: 'A row the batch saved.' })
export class SavedRow {
  @Field(() => String, { description: "The client's row key (ref of a created row, or the id)." })
  row!: string;
  @Field(() => Int, { description: 'Record id.' })
  id!: number;
  @Field(() => Int, { description: 'New version; send it with the next update.' })
  version!: number;
}

@ObjectType({ description: "A value the save shows once and never again (a new user's one-time password)." })
export class RevealedValueType {
  @Field(() => Int, { description: 'Record id.' })
  id!: number;
  @Field(() => String, { description: 'What it is (Chinese).' })
  label!: string;
  @Field(() => String, { description: 'The value.' })
  value!: string;
}

@InputType({ description: 'Void (作废) a row: records are never deleted.' })
export class VoidRowInput {
  @Field(() => Int, { description: 'Record id.' })
  id!: number;
  @Field(() => Int, { description: 'The version the clerk saw.' })
  version!: number;
  @Field(() => String, { description: 'Why the row is voided (required).' })
  reason!: string;
}

@ObjectType({ description: 'A workflow command the signed-in user may run on a row now.' })
export class WorkflowAction {
  @Field(() => String, { description: 'Command name.' })
  name!: string;
  @Field(() => String, { description: 'Mutation that runs it (takes id and version, plus `needs`).' })
  mutation!: string;
  @Field(() => String, { description: 'Button label (Chinese).' })
  label!: string;
  @Field(() => [String], { description: 'Extra arguments it needs: reason, voluntary, callbackResult, satisfied.' })
  needs!: string[];
}
