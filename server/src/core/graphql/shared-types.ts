import 'reflect-metadata';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export { GraphQLISODateTime };
/** Calendar date 'YYYY-MM-DD'. */
export const GraphQLLocalDate = LocalDateResolver;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Sort direction 排序方向.' });

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Another page follows.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass as `after` for the next page.' })
  endCursor!: string | null;
}

@InputType({ description: 'Text filter: every operator given must hold.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Equals.' })
  eq?: string;
  @Field(() => [String], { nullable: true, description: 'One of (1–500 values).' })
  in?: string[];
  @Field(() => String, { nullable: true, description: 'Contains (substring).' })
  contains?: string;
  @Field(() => String, { nullable: true, description: 'Greater than or equal.' })
  gte?: string;
  @Field(() => String, { nullable: true, description: 'Less than or equal.' })
  lte?: string;
  @Field(() => Boolean, { nullable: true, description: 'Is empty (true) or not empty (false).' })
  isNull?: boolean;
}

@InputType({ description: 'Whole-number filter.' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Equals.' })
  eq?: number;
  @Field(() => [Int], { nullable: true, description: 'One of (1–500 values).' })
  in?: number[];
  @Field(() => Int, { nullable: true, description: 'Greater than or equal.' })
  gte?: number;
  @Field(() => Int, { nullable: true, description: 'Less than or equal.' })
  lte?: number;
  @Field(() => Boolean, { nullable: true, description: 'Is empty (true) or not empty (false).' })
  isNull?: boolean;
}

@InputType({ description: 'Number filter.' })
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: 'Equals.' })
  eq?: number;
  @Field(() => [Float], { nullable: true, description: 'One of (1–500 values).' })
  in?: number[];
  @Field(() => Float, { nullable: true, description: 'Greater than or equal.' })
  gte?: number;
  @Field(() => Float, { nullable: true, description: 'Less than or equal.' })
  lte?: number;
  @Field(() => Boolean, { nullable: true, description: 'Is empty (true) or not empty (false).' })
  isNull?: boolean;
}

@InputType({ description: 'Date filter (YYYY-MM-DD), range inclusive.' })
export class DateFilter {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'On this day.' })
  eq?: string;
  @Field(() => [GraphQLLocalDate], { nullable: true, description: 'One of these days.' })
  in?: string[];
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'On or after.' })
  gte?: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'On or before.' })
  lte?: string;
  @Field(() => Boolean, { nullable: true, description: 'Is empty (true) or not empty (false).' })
  isNull?: boolean;
}

@InputType({ description: 'Moment filter, range inclusive.' })
export class DateTimeFilter {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At exactly this moment.' })
  eq?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At or after.' })
  gte?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At or before.' })
  lte?: Date;
  @Field(() => Boolean, { nullable: true, description: 'Is empty (true) or not empty (false).' })
  isNull?: boolean;
}

@InputType({ description: 'Yes/no filter.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: 'Equals.' })
  eq?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Is empty (true) or not empty (false).' })
  isNull?: boolean;
}

@ObjectType({ description: 'A rejected cell (or row when field is null) of a batch save or import.' })
export class CellErrorType {
  @Field(() => String, { description: "The client's row key: `ref` of a created row, or the id of an existing one." })
  row!: string;
  @Field(() => String, { nullable: true, description: 'Column field name; null when the error concerns the whole row.' })
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
