// Whose desk a home panel is on: each role sees the panels of the work it does, not every figure it
// may read. Shared by the server (which lists 我的待办 from the same rules) and the client (which
// draws the panels). No imports.

export type HomePanel = 'inspections' | 'callbacks' | 'satisfaction' | 'serious' | 'setup';

const PANELS_OF_ROLE: Readonly<Record<string, readonly HomePanel[]>> = {
  // the after-sales office: inspections, callbacks and the year's surveys are its daily round
  CLERK: ['inspections', 'callbacks', 'satisfaction'],
  // quality inspects units, answers for satisfaction and proposes notices on serious complaints
  QUALITY: ['inspections', 'satisfaction', 'serious'],
  // the general manager reviews the month: satisfaction and serious complaints without a notice
  MANAGER: ['satisfaction', 'serious'],
  // the administrator keeps the system ready; the departments' work is not on his desk
  ADMIN: ['setup'],
};

/** The home panels a role acts on (PMC, production and the auditor: none; their work is in 我的待办 and the menu). */
export function panelsOf(role: string): readonly HomePanel[] {
  return PANELS_OF_ROLE[role] ?? [];
}

/** Whether a role's desk holds a panel (and the 我的待办 lists of the same work). */
export function onDesk(role: string, panel: HomePanel): boolean {
  return panelsOf(role).includes(panel);
}
