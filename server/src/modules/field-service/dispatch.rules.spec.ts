import { describe, expect, it } from 'vitest';
import { parseSkills, suggestTechnicians, type TechnicianFacts } from './dispatch.rules.js';

const tech = (id: number, over: Partial<TechnicianFacts>): TechnicianFacts => ({
  id,
  name: `技术员${id}`,
  station: '上海服务站',
  region: '上海',
  skills: [],
  openRequests: 0,
  active: true,
  ...over,
});

describe('dispatch suggestions', () => {
  it('puts the skilled technician of the region first and says why', () => {
    const out = suggestTechnicians({ region: '上海', modelCode: 'BZ-300', category: '包装机械' }, [
      tech(1, { skills: ['包装机械'], region: '苏州', station: '苏州服务站' }),
      tech(2, { skills: ['BZ-300'] }),
      tech(3, { skills: [] }),
    ]);
    expect(out.map((s) => s.technicianId)).toEqual([2, 1, 3]); // a skilled one from afar before an unskilled one nearby
    expect(out[0].reasons).toEqual(['会修此机型 BZ-300', '同在上海（上海服务站）', '手上无未完工单']);
    expect(out[1].reasons.slice(0, 2)).toEqual(['会修此类产品（包装机械）', '在苏州，需跨地区']);
  });

  it('weighs open work: a full day sends the request to the next skilled technician', () => {
    const out = suggestTechnicians({ region: '上海', modelCode: 'BZ-300', category: null }, [
      tech(1, { skills: ['BZ-300'], openRequests: 4 }),
      tech(2, { skills: ['BZ-300'], openRequests: 1 }),
    ]);
    expect(out[0].technicianId).toBe(2);
    expect(out[1].reasons.at(-1)).toBe('手上 4 单未完，已满');
  });

  it('leaves out technicians no longer active, and reads skills as typed', () => {
    expect(suggestTechnicians({ region: null, modelCode: null, category: null }, [tech(1, { active: false })])).toEqual(
      [],
    );
    expect(parseSkills('BZ-300，BZ-500、包装机械; 注塑机')).toEqual(['BZ-300', 'BZ-500', '包装机械', '注塑机']);
  });
});
