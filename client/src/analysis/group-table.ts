import type { ReworkHistoryQuery } from '../generated/analysis/graphql';

/** A rework group as the server answers it. */
export type GroupFigures = ReworkHistoryQuery['reworkHistory']['groups'][number];

/** A row of the grouped table: a group, or the subtotal of the first key where the groups add up. */
export type TableRow = Omit<GroupFigures, 'keys' | 'drill'> & { kind: 'group' | 'subtotal'; drill: unknown | null };

const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

/**
 * With two keys, each first-key block is followed by its subtotal — except when the second key is
 * the part: a rework listing two parts sits in both, so their sum would count it twice.
 */
export function groupTableRows(groups: GroupFigures[], secondIsPart: boolean): TableRow[] {
  if (!groups.length || groups[0].keys.length < 2) return groups.map((g) => ({ ...g, kind: 'group' }));
  const blocks = new Map<string, GroupFigures[]>();
  for (const g of groups) blocks.set(g.keys[0].key, [...(blocks.get(g.keys[0].key) ?? []), g]);
  const out: TableRow[] = [];
  for (const block of blocks.values()) {
    out.push(...block.map((g) => ({ ...g, kind: 'group' as const })));
    if (secondIsPart || block.length < 2) continue;
    const s = block.reduce(
      (a, g) => ({
        ...a,
        reworks: a.reworks + g.reworks,
        units: a.units + g.units,
        labourHours: add(a.labourHours, g.labourHours),
        labourCost: add(a.labourCost, g.labourCost),
        materialCost: a.materialCost + g.materialCost,
        totalCost: a.totalCost + g.totalCost,
      }),
      {
        key: `${block[0].keys[0].key}·subtotal`,
        label: block[0].keys[0].label,
        reworks: 0,
        units: 0,
        labourHours: 0 as number | null,
        labourCost: 0 as number | null,
        materialCost: 0,
        totalCost: 0,
        costPerUnit: null as number | null,
      },
    );
    out.push({
      ...s,
      costPerUnit: s.units ? Math.round((s.totalCost / s.units) * 100) / 100 : null,
      kind: 'subtotal',
      drill: null,
    });
  }
  return out;
}
