import type { InjectionKey } from 'vue';

/** Opens a ledger (optionally filtered), or the archive page of a serial number. */
export type Navigate = (ledger: string, filter?: Record<string, unknown>, serial?: string) => void;
export const NAVIGATE: InjectionKey<Navigate> = Symbol('navigate');

/** The rows behind a figure: a ledger and a filter in its list query's syntax. */
export interface DrillTarget {
  ledger: string;
  filter: Record<string, unknown>;
  /** The order the rows open in (已超期: most overdue first). */
  order?: ReadonlyArray<{ field: string; direction: string }>;
}

/** Opens the ledger grid on exactly the rows behind a figure, saying which figure. */
export type OpenDrill = (drill: DrillTarget, label: string) => void;
export const OPEN_DRILL: InjectionKey<OpenDrill> = Symbol('openDrill');
