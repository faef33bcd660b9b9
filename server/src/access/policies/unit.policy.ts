import type { UnitStatus } from '@switchback/shared';
import { ADULTS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to a curriculum unit. */
export interface UnitFacts extends Facts {
  status: UnitStatus;
  /** An active member of the unit's group: one of its authors. */
  author: boolean;
  groupArchived: boolean;
  groupName: string;
  /** Named a critical friend of the review round running now. */
  friend: boolean;
}

const writable = (f: UnitFacts) => f.author && f.status !== 'ARCHIVED' && !f.groupArchived;

/**
 * Units are written by their group's active members; critical friends of a running review read
 * them; every adult of the network reads published ones; students never see units.
 */
export const unitPolicy = definePolicy<UnitFacts, UnitAction>(
  'Curriculum unit',
  'students, people outside the network, and adults who are neither authors, critical friends of its running review, nor readers of a published unit',
  {
    read: {
      does: 'read the unit (readers of a published unit see its published versions)',
      allow: [
        { roles: ADULTS, when: 'an author (active member of its group)', test: (f) => f.author },
        { roles: ADULTS, when: 'a critical friend of its running review', test: (f) => f.friend },
        { roles: ADULTS, when: 'the unit is published', test: (f) => f.status === 'PUBLISHED' },
      ],
      denied: 'That unit was not found.',
    },
    readDraft: {
      does: 'read the working draft: open the live document (read-only unless they may edit)',
      allow: [
        { roles: ADULTS, when: 'an author (active member of its group)', test: (f) => f.author },
        { roles: ADULTS, when: 'a critical friend of its running review', test: (f) => f.friend },
      ],
      denied: 'That unit was not found.',
    },
    edit: {
      does: 'write the unit live; change its details, versions and status; publish, publish changes, archive',
      allow: [{ roles: ADULTS, when: 'an author, and neither the unit nor its group is archived', test: writable }],
      denied: (f) =>
        !f.author
          ? `Only members of ${f.groupName} can change this unit.`
          : f.status === 'ARCHIVED'
            ? 'This unit is archived: it is read-only now.'
            : `${f.groupName} is archived: its units are read-only now.`,
    },
    readComments: {
      does: 'read comments and review rounds',
      allow: [
        {
          roles: ADULTS,
          when: 'an author or a critical friend of its running review',
          test: (f) => f.author || f.friend,
        },
      ],
      denied: 'Only the authors and critical friends can read these comments.',
    },
    fork: {
      does: 'adapt (fork) the unit into a group of theirs: a copy of its latest published version',
      allow: [{ roles: ADULTS, when: 'the unit is published', test: (f) => f.status === 'PUBLISHED' }],
      denied: (f) =>
        f.status === 'ARCHIVED'
          ? 'This unit is archived: only published units can be adapted.'
          : 'Only published units can be adapted: this one is not published yet.',
    },
  },
);

export type UnitAction = 'read' | 'readDraft' | 'edit' | 'readComments' | 'fork';
