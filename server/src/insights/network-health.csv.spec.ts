import { describe, expect, it } from '@jest/globals';
import type { NetworkHealth } from './dto/network-health.types.js';
import { healthCsv, healthFilename } from './network-health.csv.js';

const report: NetworkHealth = {
  networkId: 'n1',
  networkName: 'Río Norte "Rural" Network',
  from: new Date('2026-09-01T00:00:00Z'),
  to: new Date('2026-10-01T00:00:00Z'),
  generatedAt: new Date('2026-11-22T12:00:00Z'),
  members: { members: 0, active: 0, percentActive: null, byRole: [], bySchool: [] },
  groups: [
    {
      groupId: 'g1',
      name: '=HYPERLINK("http://x")',
      members: 2,
      posts: 1,
      checkIns: 0,
      unitsEdited: 0,
      activity: 1,
      activeMembers: 1,
      quiet: false,
    },
  ],
  quietGroups: 0,
  isolated: { count: 0, members: [] },
  units: { total: 0, byStatus: [], crossSchool: 0, crossSchoolUnits: [] },
  exchanges: [],
  convenings: [],
  lessonStudies: {
    total: 1,
    byPhase: [{ phase: 'TEACH', count: 1 }],
    crossSchoolObservers: 2,
    invitedFromOtherNetworks: 0,
  },
};

describe('health CSV', () => {
  it('quotes, keeps accents and empty percentages, and defuses formulas in names', () => {
    const csv = healthCsv(report);
    expect(csv.startsWith('\uFEFFsection,item,measure,value\n')).toBe(true);
    expect(csv).toContain('report,"Río Norte ""Rural"" Network",from,2026-09-01T00:00:00.000Z\n');
    expect(csv).toContain('members,Network,percent active,\n');
    expect(csv).toContain(`groups,"'=HYPERLINK(""http://x"")",posts,1\n`);
    expect(csv).toContain(
      'lesson studies,Network,in phase teach,1\nlesson studies,Network,observers from another school,2\n',
    );
  });

  it('names the file after the network and the period', () => {
    expect(healthFilename(report)).toBe('Rio-Norte-Rural-Network-health-2026-09-01-to-2026-10-01.csv');
  });
});
