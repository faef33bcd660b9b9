/**
 * The isolation sweep: every GraphQL query and mutation of the running server's schema and every
 * REST route, called with the ids of network A's objects by
 *  - an outsider (an account in no network),
 *  - the coordinator of network B,
 *  - a person in both networks (a teacher of A, the coordinator of B) acting through network B,
 * answers with nothing of A (no text carrying A's marker, none of A's ids), answers A's ids exactly
 * as it answers ids nobody has, and changes nothing of A. An operation or route without a plan here
 * fails the test, so a new one cannot slip past the sweep.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { hashes, networkRows } from '../support/network-rows.js';
import {
  callOf,
  inBatches,
  introspect,
  named,
  plainValue,
  rawCall,
  takesIds,
  takesNetwork,
  unknownId,
  type Schema,
  type ValueFor,
} from '../support/operation-sweep.js';
import { sealedNetworks, type SealedNetworks, type Signed } from '../support/sealed-networks.js';
import { BY_NAME, PLANS, ROUTES, type Key } from '../support/sweep-plans.js';

/** A: aimed at A's objects. unknown: at ids nobody has. B: through network B, at A's other objects. */
type Variant = 'A' | 'unknown' | 'B';

interface Caller {
  name: string;
  who: Signed;
  /** The variants it runs of an operation or route (none: it is not called). */
  variants(op: {
    public?: true;
    /** A short link: it acts in the network of the thing it names, never "through" another. */
    link?: true;
    kind: 'query' | 'mutation' | 'route';
    network: boolean;
    ids: boolean;
  }): Variant[];
  /** What must never show up in its answers (lower case). */
  secrets: string[];
  /** Ids it aims at instead of the usual ones of A. */
  aims?: Partial<Record<Key, string>>;
}

interface Answer {
  operation: string;
  caller: string;
  variant: Variant;
  code: string | undefined;
  message: string | undefined;
  hasData: boolean;
  raw: string;
}

/** Express's routes of the running app, as `METHOD /path`. */
function expressRoutes(server: TestServer): string[] {
  const express = server.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack
    .filter((l) => l.route)
    .flatMap((l) => Object.keys(l.route!.methods).map((m) => `${m.toUpperCase()} ${l.route!.path}`))
    .filter((r) => !/ \/graphql$/.test(r));
}

const OUTSIDER = 'outsider';
const COORDINATOR_OF_B = 'coordinator of B';

describe('networks are sealed from each other', () => {
  let server: TestServer;
  let w: SealedNetworks;
  let schema: Schema;
  let rowsBefore: Record<string, string[]>;
  let seeds: string[];
  let callers: Caller[];
  const answers: Answer[] = [];

  beforeAll(async () => {
    server = await startServer();
    w = await sealedNetworks(server);
    schema = await introspect(server);
    const exclude = [
      w.b.net.network.id,
      ...w.b.net.schools.map((s) => s.id),
      w.b.coordinator.user.id,
      w.b.teacher.user.id,
      w.b.groupId,
      w.dual.user.id,
      w.dualTeacher.user.id,
      w.outsider.user.id,
    ];
    const rows = await networkRows(server.db, [w.a.net.network.id], exclude);
    seeds = rows.ids;
    rowsBefore = rows.rows;
    const people = [w.a.coordinator, ...w.a.teachers, ...w.a.students];
    const pseudonyms: { pseudonym: string }[] = await server.db.query(
      `SELECT pseudonym FROM submission WHERE exchange_id = $1`,
      [w.a.exchangeId],
    );
    // The reset links of the people in both networks open their accounts, and with them network A.
    const resetLinks: { link: string }[] = await server.db.query(
      `SELECT link FROM outbox_message WHERE to_address = ANY($1) AND kind = 'PASSWORD_RESET'`,
      [[w.dual.login, w.dualTeacher.login]],
    );
    const ofA = lower([
      w.marker,
      w.a.net.network.slug,
      ...seeds,
      ...people.map((p) => p.login),
      ...w.a.joinCodes,
      ...pseudonyms.map((p) => p.pseudonym),
      ...resetLinks.map((r) => r.link),
    ]);
    const namesOf = (students: Signed[]) => lower(students.flatMap((s) => [s.user.displayName, s.login]));
    const [s1, s2, s3, s4, s5] = w.a.students;
    // A public route that takes an id (a short link) is also aimed at an id nobody has, to compare.
    const outside = ({ public: open, network, link }: { public?: true; link?: true; network: boolean }): Variant[] =>
      open ? (link ? ['A', 'unknown'] : ['A']) : network ? ['A', 'unknown', 'B'] : ['A', 'unknown'];
    // A member of both following a short link to A's thing is in A, rightly: no variant through B.
    const throughB = ({ public: open, network, link }: { public?: true; link?: true; network: boolean }): Variant[] =>
      link ? [] : open ? ['A'] : network ? ['B'] : [];
    // Inside A: reading only (they may change A), each sees A but never a student who is not theirs.
    const reader = ({ public: open, kind }: { public?: true; kind: string }): Variant[] =>
      !open && kind !== 'mutation' ? ['A'] : [];
    callers = [
      {
        name: OUTSIDER,
        who: w.outsider,
        variants: ({ public: open, link }) => (open && !link ? ['A'] : ['A', 'unknown']),
        secrets: ofA,
      },
      { name: COORDINATOR_OF_B, who: w.b.coordinator, variants: outside, secrets: ofA },
      { name: 'member of both (coordinator of B), through B', who: w.dual, variants: throughB, secrets: ofA },
      {
        name: 'member of both (teacher of B), through B',
        who: w.dualTeacher,
        variants: throughB,
        secrets: ofA,
        // Their own class of A: the one they might bring into B.
        aims: { class: w.dualTeacher.classId },
      },
      { name: 'student of A', who: s1, variants: reader, secrets: namesOf([s2, s3, s4, s5]) },
      {
        name: 'teacher of A at the other school',
        who: w.a.teachers[1],
        variants: reader,
        secrets: namesOf([s1, s2, s5]),
      },
    ];
    await sweep();
  }, 300_000);
  afterAll(() => server?.close());

  const lower = (list: string[]) => list.map((x) => x.toLowerCase());

  function idOf(key: Key, variant: Variant, caller: Caller): string | string[] {
    if (variant === 'unknown') return key === 'notification' ? [unknownId()] : unknownId();
    if (variant === 'B' && key === 'network') return w.b.net.network.id;
    const aimed = caller.aims?.[key];
    if (aimed) return aimed;
    const a = w.a;
    const ids: Record<Key, string | string[]> = {
      network: a.net.network.id,
      school: a.net.schools[0].id,
      member: a.teachers[1].membership.id,
      deactivatedMember: a.deactivatedMemberId,
      teacher: a.teachers[1].user.id,
      student: a.students[0].user.id,
      group: a.groupId,
      goal: a.goalId,
      post: a.postIds[0],
      unit: a.unitIds.published,
      draftUnit: a.unitIds.draft,
      comment: a.commentId,
      revision: a.revisionId,
      version: a.versionId,
      rubric: a.rubricId,
      anchorPaper: a.anchorPaperId,
      exchange: a.exchangeId,
      review: a.reviewIds[0],
      flag: a.flagId,
      endorsement: a.endorsementId,
      class: a.classIds[0],
      convening: a.conveningId,
      session: a.sessionId,
      notification: a.notificationIds,
      conversation: a.conversationId,
      invitation: a.invitationId,
      proposal: a.proposalId,
      recording: a.recordingId,
      lessonStudy: a.lessonStudyId,
      observationNote: a.observationNoteId,
      mentorship: a.mentorshipId,
      submission: a.submissionIds[0],
      calibrationRound: a.calibrationRoundId,
      calibrationEssay: a.calibrationEssayId,
      calibrationCandidate: a.calibrationCandidateId,
      showcaseItem: a.showcaseItemId,
      ltiPlatform: a.ltiPlatformId,
    };
    return ids[key];
  }

  function valuesFor(operation: string, variant: Variant, caller: Caller): ValueFor {
    const plan = PLANS[operation];
    return (name, type, path) => {
      if (name === 'slug')
        return variant === 'unknown'
          ? `net-${unknownId().slice(0, 8)}`
          : (variant === 'B' ? w.b : w.a).net.network.slug;
      if (named(type).name !== 'ID') return plainValue(name, type, path);
      const inB = variant === 'B' ? plan.throughB?.[name] : undefined;
      if (inB) return w.b[`${inB}Id`];
      const key = name === 'id' ? plan.id : (plan.ids?.[name] ?? BY_NAME[name]);
      if (!key) throw new Error(`${operation}: no plan for the id ${path}`);
      return idOf(key, variant, caller);
    };
  }

  /** Depth of the selection each operation can afford under the server's limits. */
  const depthOf = new Map<string, number>();

  async function call(kind: 'query' | 'mutation', operation: string, caller: Caller, variant: Variant) {
    const field = (kind === 'query' ? schema.queries : schema.mutations).find((f) => f.name === operation)!;
    for (let depth = depthOf.get(operation) ?? 5; ; depth--) {
      const c = callOf(schema, kind, field, valuesFor(operation, variant, caller), depth);
      const res = await rawCall(server, c, caller.who.token);
      const code = res.errors?.[0]?.extensions?.code;
      if (depth > 0 && (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED')) continue;
      depthOf.set(operation, depth);
      answers.push({
        operation,
        caller: caller.name,
        variant,
        code,
        message: res.errors?.[0]?.message,
        hasData: res.data !== null && Object.values(res.data).some((v) => v !== null),
        raw: res.raw,
      });
      return;
    }
  }

  async function get(route: string, caller: Caller, variant: Variant) {
    const plan = ROUTES[route];
    const of = (key: Key) => idOf(key, variant, caller) as string;
    const res = await fetch(`${server.url}${plan.url(plan.key ? of(plan.key) : '', of)}`, {
      method: route.split(' ')[0],
      redirect: 'manual',
      headers: { authorization: `Bearer ${caller.who.token}`, 'x-forwarded-for': server.ip },
    });
    const raw = await res.text();
    let code = `HTTP_${res.status}`;
    let message: string | undefined;
    if (res.headers.get('content-type')?.includes('application/json')) {
      const body = JSON.parse(raw) as { error?: { code: string; message: string } };
      if (body.error) ({ code, message } = body.error);
    }
    answers.push({ operation: route, caller: caller.name, variant, code, message, hasData: res.ok, raw });
  }

  async function sweep() {
    const jobs: (() => Promise<void>)[] = [];
    const last: (() => Promise<void>)[] = [];
    for (const [kind, fields] of [
      ['query', schema.queries],
      ['mutation', schema.mutations],
    ] as const)
      for (const field of fields) {
        const plan = PLANS[field.name];
        if (!plan) continue;
        const network = takesNetwork(schema, field) || Boolean(plan.throughB);
        const op = { public: plan.public, kind, network, ids: takesIds(schema, field) };
        for (const caller of callers)
          for (const variant of caller.variants(op))
            (plan.last ? last : jobs).push(() => call(kind, field.name, caller, variant));
      }
    for (const [route, plan] of Object.entries(ROUTES))
      for (const caller of callers) {
        const op = {
          public: plan.public,
          link: plan.link,
          kind: 'route' as const,
          network: plan.key === 'network',
          ids: !!plan.key,
        };
        // Without an id, A and unknown are the same call.
        const variants = caller.variants(op).filter((v) => plan.key || v !== 'unknown');
        for (const variant of variants) jobs.push(() => get(route, caller, variant));
      }
    await inBatches(jobs, 6, (job) => job());
    await inBatches(last, 6, (job) => job());
  }

  const fieldOf = (op: string) => [...schema.queries, ...schema.mutations].find((f) => f.name === op);

  it('has a plan for every operation of the schema and every route of the server, and calls each', () => {
    const operations = [...schema.queries, ...schema.mutations].map((f) => f.name);
    expect(operations.filter((op) => !PLANS[op])).toEqual([]);
    expect(Object.keys(PLANS).filter((op) => !operations.includes(op))).toEqual([]);
    const routes = expressRoutes(server);
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((r) => !ROUTES[r])).toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r))).toEqual([]);
    for (const name of [OUTSIDER, COORDINATOR_OF_B]) {
      const called = new Set(answers.filter((a) => a.caller === name).map((a) => a.operation));
      expect({ name, missed: [...operations, ...Object.keys(ROUTES)].filter((op) => !called.has(op)) }).toEqual({
        name,
        missed: [],
      });
    }
    // Every operation that takes a network was called through B by both people in both networks.
    const throughB = operations.filter((op) => takesNetwork(schema, fieldOf(op)!) || PLANS[op].throughB);
    expect(throughB.length).toBeGreaterThan(10);
    for (const name of callers.filter((c) => c.name.includes('through B')).map((c) => c.name)) {
      const called = new Set(answers.filter((a) => a.caller === name && a.variant === 'B').map((a) => a.operation));
      expect({ name, missed: throughB.filter((op) => !called.has(op)) }).toEqual({ name, missed: [] });
    }
  });

  it('answers nothing of network A to an outsider, to the coordinator of B, or to a member of both acting through B, and no student name to whom it is not for', () => {
    const secretsOf = new Map(callers.map((c) => [c.name, c.secrets]));
    const leaks = answers
      .map((a) => ({ a, text: a.raw.toLowerCase() }))
      .map(({ a, text }) => ({ a, found: secretsOf.get(a.caller)!.filter((s) => text.includes(s)) }))
      .filter(({ found }) => found.length > 0)
      .map(({ a, found }) => `${a.operation} as ${a.caller} (${a.variant}): ${label(found)}`);
    expect(leaks).toEqual([]);
  });

  it("answers A's ids exactly as ids nobody has, for an outsider and for the coordinator of B", () => {
    const differences: string[] = [];
    for (const caller of [OUTSIDER, COORDINATOR_OF_B])
      for (const op of new Set(answers.map((a) => a.operation))) {
        const field = fieldOf(op);
        if (field ? !takesIds(schema, field) || PLANS[op].public : !ROUTES[op].key) continue;
        const pick = (v: Variant) => answers.find((a) => a.operation === op && a.caller === caller && a.variant === v)!;
        const shape = (x: Answer) => JSON.stringify({ code: x.code, message: x.message, hasData: x.hasData });
        const [aimed, unknown] = [shape(pick('A')), shape(pick('unknown'))];
        if (aimed !== unknown) differences.push(`${op} as ${caller}: A ${aimed} ≠ unknown ${unknown}`);
      }
    expect(differences).toEqual([]);
  });

  it('shows no reset link in any outbox, to the coordinators of either network', async () => {
    const outbox = schema.queries.find((f) => f.name === 'outbox')!;
    const shown: string[] = [];
    for (const [name, who, net] of [
      ['coordinator of A', w.a.coordinator, w.a.net],
      [COORDINATOR_OF_B, w.b.coordinator, w.b.net],
    ] as const) {
      const c = callOf(schema, 'query', outbox, (arg) => (arg === 'networkId' ? net.network.id : undefined), 2);
      // The sweep signed the coordinator of B out.
      const res = await rawCall(server, c, await signIn(server, who.login));
      expect(res.errors).toBeUndefined();
      if (res.raw.includes('/reset-password/')) shown.push(name);
    }
    expect(shown).toEqual([]);
  });

  it('changes nothing of network A', async () => {
    const after = await hashes(server.db, null, seeds);
    const changed = [...new Set([...Object.keys(rowsBefore), ...Object.keys(after)])]
      .filter((table) => JSON.stringify(rowsBefore[table] ?? []) !== JSON.stringify(after[table] ?? []))
      .map((table) => {
        const [was, is] = [new Set(rowsBefore[table] ?? []), new Set(after[table] ?? [])];
        const gone = [...was].filter((h) => !is.has(h)).length;
        const added = [...is].filter((h) => !was.has(h)).length;
        return `${table}: ${gone} rows changed or deleted, ${added} rows changed or added`;
      });
    expect(changed).toEqual([]);
  });

  function label(found: string[]): string {
    return found.map((s) => (s === w.marker ? 'A’s text' : s.length > 40 ? `${s.slice(0, 40)}…` : s)).join(', ');
  }
});
