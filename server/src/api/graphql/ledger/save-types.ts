import { refOf } from '../../../core/ledger/schema/define-ledger.js';
import { InputType, Int, ObjectType } from 'type-graphql';
import { namedClass, prop, type Ctor } from '../dynamic-type.js';
import { CellErrorType, RevealedValueType, SavedRow, VoidRowInput } from '../shared-types.js';
import type { LedgerDef } from '../../../core/ledger/schema/ledger.types.js';
import { describe, inputType } from './column-types.js';
import { ledgerGraphQL } from './registry.js';

/** The columns someone may type into; none: the ledger is kept by the system (a balance its movements move). */
export function editableColumns(ledger: LedgerDef) {
  return ledger.columns.filter(
    (c) => (c.editableBy ?? ledger.writeRoles).length > 0 || ledger.backfill?.fields.includes(c.field),
  );
}

/** The batch-save input: creates, updates (changed cells only) and voids, with the lines of an order; null for a ledger nobody types into. */
export function saveInputType(ledger: LedgerDef): Ctor | null {
  const T = ledger.typeName;
  const editable = editableColumns(ledger);
  if (!editable.length) return null;
  const Values = namedClass(`${T}Values`);
  for (const c of editable) {
    prop(Values, c.field, inputType(c), {
      nullable: true,
      description: describe(c, c.type === 'ref' ? ` (key: ${refOf(c).key})` : ''),
    });
  }
  InputType(`${T}Values`, {
    description: `Cells of a ${T} row; only the fields sent are changed, null clears a cell.`,
  })(Values);
  const CreateRow = namedClass(`${T}CreateRow`);
  prop(CreateRow, 'ref', () => String, { description: "Client's key for this new row; errors name it." });
  prop(CreateRow, 'values', () => Values, { description: 'Cells.' });
  InputType(`${T}CreateRow`, { description: `A new ${T} row.` })(CreateRow);
  const UpdateRow = namedClass(`${T}UpdateRow`);
  prop(UpdateRow, 'id', () => Int, { description: 'Record id.' });
  prop(UpdateRow, 'version', () => Int, { description: 'The version the clerk edited.' });
  prop(UpdateRow, 'values', () => Values, { description: 'Changed cells only.' });
  InputType(`${T}UpdateRow`, { description: `Changes to an existing ${T} row.` })(UpdateRow);
  const SaveInputT = namedClass(`Save${T}Input`);
  prop(SaveInputT, 'creates', () => [CreateRow], { nullable: true, description: 'New rows.' });
  prop(SaveInputT, 'updates', () => [UpdateRow], { nullable: true, description: 'Changed rows.' });
  prop(SaveInputT, 'voids', () => [VoidRowInput], { nullable: true, description: 'Rows to void.' });
  const lines = ledger.lines;
  if (lines) {
    prop(SaveInputT, 'lines', () => ledgerGraphQL(lines.ledger().name).SaveInput!, {
      nullable: true,
      description: `Its lines (${lines.ledger().label.en}) in the same transaction; a line of a new row writes "@<ref>" in \`${lines.parentField}\`.`,
    });
  }
  InputType(`Save${T}Input`, { description: `One batch for the ${ledger.label.en} ledger: all or nothing.` })(
    SaveInputT,
  );
  return SaveInputT;
}

/** The batch-save result: per-cell errors, per-row conflicts with their current values, saved rows. */
export function saveResultType(ledger: LedgerDef, Obj: Ctor): Ctor {
  const T = ledger.typeName;
  const Conflict = namedClass(`${T}Conflict`);
  prop(Conflict, 'row', () => String, { description: "The client's row key." });
  prop(Conflict, 'id', () => Int, { description: 'Record id.' });
  prop(Conflict, 'fields', () => [String], { description: 'Fields this batch wanted to change.' });
  prop(Conflict, 'current', () => Obj, { description: 'The row as someone else saved it (theirs).' });
  ObjectType(`${T}Conflict`, { description: 'A row changed by someone else since it was loaded.' })(Conflict);
  const Result = namedClass(`Save${T}Result`);
  prop(Result, 'ok', () => Boolean, { description: 'True when the batch was written.' });
  prop(Result, 'batchId', () => String, { nullable: true, description: 'Audit batch id of the write.' });
  prop(Result, 'errors', () => [CellErrorType], { description: 'Per-cell errors; nothing was written when any.' });
  prop(Result, 'conflicts', () => [Conflict], { description: 'Stale rows; nothing was written when any.' });
  prop(Result, 'saved', () => [SavedRow], { description: 'Written rows with their new versions.' });
  prop(Result, 'rows', () => [Obj], { description: 'Written rows as stored now.' });
  prop(Result, 'revealed', () => [RevealedValueType], {
    description: 'Values shown this once (one-time passwords); never readable again.',
  });
  const lines = ledger.lines;
  if (lines)
    prop(Result, 'lines', () => ledgerGraphQL(lines.ledger().name).SaveResult, {
      nullable: true,
      description: 'Outcome of the lines.',
    });
  ObjectType(`Save${T}Result`, { description: `Outcome of save${T}s.` })(Result);
  return Result;
}
