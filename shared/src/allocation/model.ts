/** Input checks and the index arrays the planner and the realization work on. */
import { shuffle } from './random.js';
import type { AllocationReviewer, AllocationSubmission } from './types.js';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Copies sorted by id, so the result does not depend on the order the caller passes them in. */
export function normalizeParticipants(
  submissions: readonly AllocationSubmission[],
  reviewers: readonly AllocationReviewer[],
  k: number,
): { submissions: AllocationSubmission[]; reviewers: AllocationReviewer[] } {
  if (!Number.isInteger(k) || k < 1) throw new Error(`Reviews per submission must be a whole number of at least 1`);
  const subs = submissions.map((s) => ({ ...s })).sort((a, b) => byString(a.id, b.id));
  const revs = reviewers.map((r) => ({ ...r })).sort((a, b) => byString(a.studentId, b.studentId));
  for (let i = 0; i < subs.length; i++) {
    checkIds(subs[i], 'submission');
    if (!subs[i].id) throw new Error('Every submission needs an id');
    if (i > 0 && subs[i].id === subs[i - 1].id) throw new Error(`Submission ${subs[i].id} is listed twice`);
  }
  for (let i = 0; i < revs.length; i++) {
    checkIds(revs[i], 'reviewer');
    if (i > 0 && revs[i].studentId === revs[i - 1].studentId)
      throw new Error(`Reviewer ${revs[i].studentId} is listed twice`);
  }
  return { submissions: subs, reviewers: revs };
}

function checkIds(p: { studentId: string; classId: string; schoolId: string }, what: string): void {
  if (!p.studentId || !p.classId || !p.schoolId) throw new Error(`Every ${what} needs a student, class and school id`);
}

export interface Model {
  k: number;
  cross: boolean;
  subs: readonly AllocationSubmission[];
  revs: readonly AllocationReviewer[];
  schoolCount: number;
  classCount: number;
  subSchool: Int32Array;
  subClass: Int32Array;
  /** The author's index in the reviewer pool, or -1. */
  subAuthor: Int32Array;
  /** Reviews each submission should get: k, or fewer when the pool is smaller. */
  demand: Int32Array;
  revSchool: Int32Array;
  revClass: Int32Array;
  /** Indices in a seeded order. */
  classSubs: number[][];
  classRevs: number[][];
  schoolSubs: number[][];
  schoolRevs: number[][];
  schoolClasses: number[][];
  /** Reviews in all (T) and the balanced share floor(T / reviewers); T mod R reviewers do one more. */
  total: number;
  share: number;
}

/** Builds the indices; schools and classes are numbered in a seeded order so ties fall differently per seed. */
export function buildModel(
  subs: readonly AllocationSubmission[],
  revs: readonly AllocationReviewer[],
  k: number,
  cross: boolean,
  random: () => number,
): Model {
  const classesOf = new Map<string, Set<string>>();
  const note = (p: { schoolId: string; classId: string }) => {
    const set = classesOf.get(p.schoolId);
    if (set) set.add(p.classId);
    else classesOf.set(p.schoolId, new Set([p.classId]));
  };
  subs.forEach(note);
  revs.forEach(note);
  const sortedSchools = [...classesOf.keys()].sort(byString);
  const schoolIds = shuffle([...sortedSchools], random);
  const school = new Map(schoolIds.map((id, i) => [id, i]));
  const classList: [number, string][] = [];
  for (const id of sortedSchools)
    for (const c of [...classesOf.get(id)!].sort(byString)) classList.push([school.get(id)!, c]);
  shuffle(classList, random);
  const classIndex = schoolIds.map(() => new Map<string, number>());
  const classSchool = new Int32Array(classList.length);
  classList.forEach(([X, c], i) => {
    classIndex[X].set(c, i);
    classSchool[i] = X;
  });
  // One pass per side with plain loops: a school lookup, then a class lookup inside that school.
  const revIndex = new Map<string, number>();
  const revSchool = new Int32Array(revs.length);
  const revClass = new Int32Array(revs.length);
  for (let i = 0; i < revs.length; i++) {
    const r = revs[i];
    const X = school.get(r.schoolId)!;
    revSchool[i] = X;
    revClass[i] = classIndex[X].get(r.classId)!;
    revIndex.set(r.studentId, i);
  }
  const subSchool = new Int32Array(subs.length);
  const subClass = new Int32Array(subs.length);
  const subAuthor = new Int32Array(subs.length);
  for (let i = 0; i < subs.length; i++) {
    const s = subs[i];
    const X = school.get(s.schoolId)!;
    subSchool[i] = X;
    subClass[i] = classIndex[X].get(s.classId)!;
    subAuthor[i] = revIndex.get(s.studentId) ?? -1;
  }
  const demand = new Int32Array(subs.length);
  for (let i = 0; i < subs.length; i++) demand[i] = Math.max(0, Math.min(k, revs.length - (subAuthor[i] >= 0 ? 1 : 0)));

  const group = (count: number, of: (i: number) => number, order: number[]) => {
    const out: number[][] = Array.from({ length: count }, () => []);
    for (const i of order) out[of(i)].push(i);
    return out;
  };
  const subOrder = shuffle(
    subs.map((_, i) => i),
    random,
  );
  const revOrder = shuffle(
    revs.map((_, i) => i),
    random,
  );
  const total = demand.reduce((a, b) => a + b, 0);
  const share = revs.length > 0 ? Math.floor(total / revs.length) : 0;
  return {
    k,
    cross,
    subs,
    revs,
    schoolCount: schoolIds.length,
    classCount: classList.length,
    subSchool,
    subClass,
    subAuthor,
    demand,
    revSchool,
    revClass,
    classSubs: group(classList.length, (i) => subClass[i], subOrder),
    classRevs: group(classList.length, (i) => revClass[i], revOrder),
    schoolSubs: group(schoolIds.length, (i) => subSchool[i], subOrder),
    schoolRevs: group(schoolIds.length, (i) => revSchool[i], revOrder),
    schoolClasses: group(
      schoolIds.length,
      (c) => classSchool[c],
      classList.map((_, c) => c),
    ),
    total,
    share,
  };
}
