import { ADULTS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's access to the recordings of one owner (a lesson-study cycle, a mentoring pair). */
export interface MediaFacts extends Facts {
  /** The owning feature lets the person watch the owner's recordings (they take part in it). */
  view: boolean;
  /** The owning feature lets the person upload recordings to it (e.g. the teaching teacher). */
  upload: boolean;
  /** The person uploaded this recording. */
  uploader: boolean;
}

/**
 * Recorded lessons show minors: only the people the owning lesson study or mentoring pair names
 * (server/src/media/media-owners.ts) know they exist, and the server never offers them for download.
 */
export const mediaPolicy = definePolicy<MediaFacts, MediaAction>(
  'Recording',
  'students, people outside the network, and adults the owning lesson study or mentoring pair does not let watch (coordinators too)',
  {
    view: {
      does: "list an owner's recordings and watch one (every viewing is in the audit log)",
      allow: [{ roles: ADULTS, when: 'a participant of its lesson study or mentoring pair', test: (f) => f.view }],
      denied: 'Only the people taking part can watch this recording.',
    },
    upload: {
      does: "upload a recording of a lesson (after confirming the class's recording consent)",
      allow: [{ roles: ADULTS, when: 'its lesson study or mentoring pair lets them upload', test: (f) => f.upload }],
      denied: 'Only the teaching teacher can upload a recording here.',
    },
    delete: {
      does: 'delete a recording',
      allow: [
        { roles: ADULTS, when: 'they uploaded it', test: (f) => f.view && f.uploader },
        { roles: ADULTS, when: 'they may upload to its owner', test: (f) => f.upload },
      ],
      denied: 'Only the person who uploaded this recording can delete it.',
    },
  },
);

export type MediaAction = 'view' | 'upload' | 'delete';
