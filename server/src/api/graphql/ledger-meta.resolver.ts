import { mayOpenCategory } from '../../core/attachments/attachments.js';
import { mayWriteCell } from '../../core/ledger/write/backfill.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import { isMaskedFor } from '../../core/ledger/schema/masking.js';
import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context.js';
import { userOf } from './context.js';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';
import { byDepartmentOnly } from '../../core/ledger/write/department-grant.js';
import { allLedgers, isEditableBy, keyFieldOf, storageField } from '../../core/ledger/schema/define-ledger.js';
import { may, mayCreate } from '../../core/ledger/schema/permissions.js';
import { sortableFields } from '../../core/ledger/query/sort-parser.js';
import { hasWorkflow } from './workflow-resolver.js';
import { filterableColumns } from '../../core/ledger/query/filter-parser.js';

@ObjectType({ description: 'One allowed value of an enum column.' })
export class EnumValueMeta {
  @Field(() => String, { description: 'Code sent over the API.' })
  value!: string;
  @Field(() => String, { description: 'Chinese label.' })
  zh!: string;
  @Field(() => String, { description: 'English label.' })
  en!: string;
}

@ObjectType({ description: 'A ledger column as declared: what the grid, filters and import derive from.' })
export class ColumnMeta {
  @Field(() => String, { description: 'Field name in `<Type>Values` (refs: the typed key).' })
  field!: string;
  @Field(() => String, { description: 'Field name on the row type and in filters/sorts (refs: `<field>Id`).' })
  storageField!: string;
  @Field(() => String, { description: 'Label on the paper form.' })
  zh!: string;
  @Field(() => String, { description: 'English label.' })
  en!: string;
  @Field(() => String, { description: 'string, text, int, decimal, bool, date, datetime, enum or ref.' })
  type!: string;
  @Field(() => Boolean, { description: 'Must be filled.' })
  required!: boolean;
  @Field(() => Boolean, { description: 'The signed-in user may edit this cell.' })
  editable!: boolean;
  @Field(() => Boolean, {
    description:
      "The signed-in user may edit this cell in rows of their own department only (departmentFilterField is their department): the countermeasure unit's own countermeasure.",
  })
  ownDepartment!: boolean;
  @Field(() => Boolean, { description: 'Written when the row is created only (补录).' })
  createOnly!: boolean;
  @Field(() => Boolean, {
    description:
      'Set by the system, but the signed-in user may fill it in a new row marked as entered from paper (see LedgerMeta.backfillFlag).',
  })
  backfill!: boolean;
  @Field(() => Boolean, { description: 'Usable in filter.' })
  filterable!: boolean;
  @Field(() => Boolean, { description: 'Usable in orderBy.' })
  sortable!: boolean;
  @Field(() => Int, { nullable: true, description: 'Maximum length of text.' })
  maxLength!: number | null;
  @Field(() => Int, { description: 'Grid width in px.' })
  width!: number;
  @Field(() => [EnumValueMeta], { nullable: true, description: 'Allowed values of an enum column.' })
  enumValues!: EnumValueMeta[] | null;
  @Field(() => String, { nullable: true, description: 'Referenced ledger of a ref column.' })
  refLedger!: string | null;
  @Field(() => String, { nullable: true, description: 'Human key of the referenced row (what is typed).' })
  refKey!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The field that names the referenced row for people (shown and printed; typed instead of the key too).',
  })
  refName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What a new row starts with in this cell, as JSON (匿名: false).',
  })
  initial!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'What a new row starts with in this cell when nothing is typed, from another cell, as JSON: { field, values } (处理范围 from 原因类别).',
  })
  initialFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'Help text.' })
  description!: string | null;
}

@ObjectType({ description: 'One key of the order a grid opens in.' })
export class OrderMeta {
  @Field(() => String, { description: 'Stored field.' })
  field!: string;
  @Field(() => String, { description: 'ASC or DESC.' })
  direction!: string;
}

@ObjectType({ description: 'A one-click filter (已超期, 今日到期) as it stands now.' })
export class QuickFilterMeta {
  @Field(() => String, { description: 'Stable key (overdue, dueToday).' })
  key!: string;
  @Field(() => String, { description: 'Chinese label.' })
  zh!: string;
  @Field(() => String, { description: 'English label.' })
  en!: string;
  @Field(() => GraphQLJSONObject, {
    description: 'The list filter it stands for (stored fields), computed at this request.',
  })
  filter!: Record<string, unknown>;
  @Field(() => [OrderMeta], { description: 'The order its rows open in (empty: the grid keeps its own).' })
  order!: OrderMeta[];
}

@ObjectType({ description: 'A paper form one row prints as.' })
export class PaperFormMeta {
  @Field(() => String, { description: 'Stable key of the form within its ledger.' })
  key!: string;
  @Field(() => String, { description: 'Chinese title.' })
  zh!: string;
  @Field(() => String, { description: 'English title.' })
  en!: string;
  @Field(() => [String], { description: 'Columns the form lists, in its order.' })
  fields!: string[];
  @Field(() => [String], { description: 'Signature boxes at the foot.' })
  signatures!: string[];
  @Field(() => Boolean, { description: 'Prints its line items as a table.' })
  withLines!: boolean;
}

@ObjectType({ description: 'A ledger declaration, for building its grid.' })
export class LedgerMeta {
  @Field(() => String, { description: 'Ledger name (export/import path).' })
  name!: string;
  @Field(() => String, { description: 'GraphQL type name.' })
  typeName!: string;
  @Field(() => String, { description: 'List query name.' })
  plural!: string;
  @Field(() => String, { description: 'Chinese title.' })
  zh!: string;
  @Field(() => String, { description: 'English title.' })
  en!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The menu group it folds under, in Chinese (现场服务); null: on its own.',
  })
  groupZh!: string | null;
  @Field(() => String, { nullable: true, description: 'The menu group in English.' })
  groupEn!: string | null;
  @Field(() => Boolean, { description: 'The signed-in user may save rows.' })
  writable!: boolean;
  @Field(() => Boolean, {
    description: 'The signed-in user may create and void rows (false where they only fill cells of their department).',
  })
  creatable!: boolean;
  @Field(() => [ColumnMeta], { description: 'Columns in the paper form’s order.' })
  columns!: ColumnMeta[];
  @Field(() => [EnumValueMeta], {
    description: 'The categories its rows file attachments under, those the user may open (empty: no attachments).',
  })
  attachmentCategories!: EnumValueMeta[];
  @Field(() => String, { nullable: true, description: 'Ledger of its line items, saved in the same batch.' })
  linesLedger!: string | null;
  @Field(() => String, { nullable: true, description: 'Column of a line that names its order.' })
  linesParentField!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The human key of a row (what lines and other ledgers type to refer to it).',
  })
  keyField!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The stored ref column naming a row's department: filter it by the user's department for \"my department's rows\".",
  })
  departmentFilterField!: string | null;
  @Field(() => Boolean, { description: 'Rows offer workflow commands (availableActions).' })
  hasActions!: boolean;
  @Field(() => String, {
    description:
      'GraphQL selection the grid asks for each row beyond its columns (computed fields, related orders, commands).',
  })
  gridSelection!: string;
  @Field(() => [OrderMeta], { description: 'The order the grid opens in when none is chosen (empty: as stored).' })
  defaultOrder!: OrderMeta[];
  @Field(() => [QuickFilterMeta], { description: 'One-click filters offered above the grid.' })
  quickFilters!: QuickFilterMeta[];
  @Field(() => [PaperFormMeta], { description: 'The paper forms a row prints as.' })
  paperForms!: PaperFormMeta[];
  @Field(() => String, {
    nullable: true,
    description:
      'The bool column marking a new row as entered from paper after the fact (补录), which opens the backfill columns to it.',
  })
  backfillFlag!: string | null;
}

function paperFormsOf(l: LedgerDef): PaperFormMeta[] {
  return (l.paperForms ?? []).map((f) => ({
    key: f.key,
    zh: f.title.zh,
    en: f.title.en,
    fields: [...(f.fields ?? l.columns.map((c) => c.field))],
    signatures: [...(f.signatures ?? ['经办人', '审核', '批准'])],
    withLines: !!f.withLines,
  }));
}

@Resolver()
export class LedgerMetaResolver {
  @Authorized()
  @Query(() => [LedgerMeta], {
    description: 'Ledgers the signed-in user may read, with their columns. Any signed-in user.',
  })
  ledgerDefinitions(@Ctx() ctx: RequestContext): LedgerMeta[] {
    const role = userOf(ctx).role;
    const now = new Date();
    return allLedgers()
      .filter((l) => may(l, 'read', role))
      .map((l) => {
        const sortable = sortableFields(l);
        const filterable = filterableColumns(l);
        return {
          name: l.name,
          typeName: l.typeName,
          plural: l.plural,
          zh: l.label.zh,
          en: l.label.en,
          groupZh: l.menuGroup?.zh ?? null,
          groupEn: l.menuGroup?.en ?? null,
          writable: may(l, 'write', role),
          creatable: mayCreate(l, role),
          linesLedger: l.lines ? l.lines.ledger().name : null,
          linesParentField: l.lines ? l.lines.parentField : null,
          keyField: keyFieldOf(l),
          departmentFilterField: l.departmentField
            ? storageField(l.columns.find((c) => c.field === l.departmentField)!)
            : null,
          hasActions: hasWorkflow(l),
          defaultOrder: (l.defaultOrder ?? []).map((o) => ({ ...o })),
          quickFilters: (l.quickFilters ?? []).map((q) => ({
            key: q.key,
            zh: q.label.zh,
            en: q.label.en,
            filter: q.filter(now),
            order: [...(q.order ?? [])],
          })),
          paperForms: paperFormsOf(l),
          attachmentCategories: Object.entries(l.attachments?.categories ?? {})
            .filter(([code]) => mayOpenCategory(l, code, role))
            .map(([value, label]) => ({ value, zh: label.zh, en: label.en })),
          backfillFlag: l.backfill?.flag ?? null,
          gridSelection: [
            l.gridSelection ?? '',
            hasWorkflow(l) ? 'availableActions { name mutation label needs }' : '',
            l.attachments ? 'attachmentCount' : '',
          ]
            .join(' ')
            .trim(),
          columns: l.columns.map((c) => ({
            field: c.field,
            storageField: storageField(c),
            zh: c.label.zh,
            en: c.label.en,
            type: c.type,
            required: !!c.required,
            editable: isEditableBy(l, c, role),
            ownDepartment: !isEditableBy(l, c, role) && byDepartmentOnly(l, c, role, false),
            createOnly: !!c.createOnly,
            backfill: !isEditableBy(l, c, role) && mayWriteCell(l, c, role, true, true),
            // a masked personal detail is neither filtered nor sorted on: either would tell it by narrowing
            filterable: filterable.has(storageField(c)) && !isMaskedFor(c, role),
            sortable: sortable.has(storageField(c)) && !isMaskedFor(c, role),
            maxLength: c.maxLength ?? null,
            width: c.width ?? 120,
            enumValues: c.enum
              ? Object.entries(c.enum.values).map(([value, lb]) => ({ value, zh: lb.zh, en: lb.en }))
              : null,
            refLedger: c.ref ? c.ref.ledger().name : null,
            refKey: c.ref ? c.ref.key : null,
            refName: c.ref ? (c.ref.ledger().nameField ?? null) : null,
            initial: c.initial === undefined ? null : JSON.stringify(c.initial),
            initialFrom: c.initialFrom ? JSON.stringify(c.initialFrom) : null,
            description: c.description ?? null,
          })),
        };
      });
  }
}
