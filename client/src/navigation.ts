import type { InjectionKey } from 'vue';

/** Opens a ledger (optionally filtered), or the archive page of a serial number. */
export type Navigate = (ledger: string, filter?: Record<string, unknown>, serial?: string) => void;
export const NAVIGATE: InjectionKey<Navigate> = Symbol('navigate');
