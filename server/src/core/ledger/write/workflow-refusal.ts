import { WorkflowError } from './workflow.js';

/** How a command was refused — `CODE:field`, or null when it was not — for rule tests of transition tables. */
export function refusalOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof WorkflowError ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);
  }
}
