/**
 * 派工建议: which technicians suit a request, best first, each with its reasons in words, so the
 * dispatcher sees why and decides (the suggestion never assigns by itself).
 * - Skill: the technician's skills name the unit's model code (best) or its product category.
 * - Region: a technician of the request's region (or station in the same city) is on site soonest.
 * - Load: open requests already assigned; each one costs, a full day (≥ DAY_LIMIT) costs more.
 */
export interface TechnicianFacts {
  id: number;
  name: string;
  station: string;
  region: string;
  /** Model codes and product categories the technician is qualified for. */
  skills: readonly string[];
  openRequests: number;
  active: boolean;
}

export interface RequestFacts {
  region: string | null;
  modelCode: string | null;
  category: string | null;
}

export interface Suggestion {
  technicianId: number;
  name: string;
  score: number;
  reasons: string[];
}

export const DAY_LIMIT = 4;
const WEIGHT = { model: 50, category: 40, region: 30, perOpen: 8, overLimit: 25 };

export function suggestTechnicians(req: RequestFacts, techs: readonly TechnicianFacts[]): Suggestion[] {
  return techs
    .filter((t) => t.active)
    .map((t) => {
      const reasons: string[] = [];
      let score = 0;
      if (req.modelCode && t.skills.includes(req.modelCode)) {
        score += WEIGHT.model;
        reasons.push(`会修此机型 ${req.modelCode}`);
      } else if (req.category && t.skills.includes(req.category)) {
        score += WEIGHT.category;
        reasons.push(`会修此类产品（${req.category}）`);
      } else reasons.push('技能未登记此机型');
      if (req.region && t.region === req.region) {
        score += WEIGHT.region;
        reasons.push(`同在${req.region}（${t.station}）`);
      } else reasons.push(`在${t.region || '未登记地区'}，需跨地区`);
      score -= t.openRequests * WEIGHT.perOpen;
      if (t.openRequests >= DAY_LIMIT) score -= WEIGHT.overLimit;
      reasons.push(
        t.openRequests
          ? `手上 ${t.openRequests} 单未完${t.openRequests >= DAY_LIMIT ? '，已满' : ''}`
          : '手上无未完工单',
      );
      return { technicianId: t.id, name: t.name, score, reasons };
    })
    .sort((a, b) => b.score - a.score || a.technicianId - b.technicianId);
}

/** Skills as typed in the grid: 「XJ-200，XJ-300、包装机械」 → ['XJ-200', 'XJ-300', '包装机械']. */
export function parseSkills(text: unknown): string[] {
  return String(text ?? '')
    .split(/[,，、;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
