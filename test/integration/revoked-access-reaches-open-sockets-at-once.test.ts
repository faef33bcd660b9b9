import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import {
  CollabCloseCode,
  CollabEvent,
  encodeSyncMessage,
  GroupLiveEvent,
  LIVE_NAMESPACE,
  LiveEvent,
  presenceColor,
  SyncMessageType,
  type GroupPostEventPayload,
} from '@switchback/shared';
import { PasswordReset } from '../../server/src/auth/password-reset.entity.js';
import { hashToken, randomToken } from '../../server/src/auth/tokens.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { CollabClient, waitFor } from '../support/collab-client.js';
import { stored, unitWorld, type UnitWorld } from '../support/collab-fixtures.js';
import { conveningWorld, ok, publishedConvening, Q } from '../support/convenings-api.js';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
  type TestPerson,
} from '../support/factories.js';
import type { TestServer } from '../support/harness.js';
import {
  createDatabase,
  startServerProcess,
  type ServerProcess,
  type TestDatabase,
} from '../support/server-process.js';

/**
 * Revocation is an event: when access is taken away through one server process (B), the sockets
 * another process (A) holds open learn it at once. A live document closes (or turns read-only) for
 * them, their next write is refused and never stored, they stop hearing the others' changes, and a
 * revoked session's sockets are disconnected. Presence carries the socket's own identity, and /live
 * stops sending a group's posts to someone who may no longer read them.
 */
describe('revoked access reaches open sockets at once, across two server processes', () => {
  let database: TestDatabase;
  let db: DataSource;
  let a: ServerProcess;
  let b: ServerProcess;
  const clients: CollabClient[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    database = await createDatabase();
    const started = await Promise.allSettled([1, 2].map(() => startServerProcess(database.url)));
    for (const r of started) if (r.status === 'rejected') throw r.reason;
    [a, b] = started.map((r) => (r as PromiseFulfilledResult<ServerProcess>).value);
    db = await database.connect();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of sockets) s.disconnect();
    await Promise.all([a, b].filter(Boolean).map((s) => s.kill()));
    await database?.drop();
  });

  async function open(server: ServerProcess, token: string, documentId: string, person?: TestPerson) {
    const client = await CollabClient.open({
      url: server.url,
      token,
      documentId,
      user: person && { id: person.user.id, name: person.user.displayName },
    });
    clients.push(client);
    return client;
  }

  /** A world of three authors: the one who loses access and a bystander on A, a writer on B. */
  async function world(): Promise<{
    w: UnitWorld;
    victim: CollabClient;
    bystander: CollabClient;
    writer: CollabClient;
  }> {
    const w = await unitWorld(db, b, 3);
    const victim = await open(a, w.authors[0].token, w.documentId, w.authors[0].person);
    const bystander = await open(a, w.authors[1].token, w.documentId, w.authors[1].person);
    const writer = await open(b, w.authors[2].token, w.documentId, w.authors[2].person);
    // Everyone edits before the change: the victim's edits are stored like anyone's.
    const before = victim.insert('goals');
    await victim.waitFor(() => victim.acked.has(before), 10_000, 'the edit before the change');
    return { w, victim, bystander, writer };
  }

  async function gqlOk(server: ServerProcess, query: string, variables: Record<string, unknown>, token: string) {
    const res = await server.gql(query, variables, { token });
    if (res.errors?.length) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** The victim's next write is refused with `code` and is not in the database. */
  async function writeIsRefused(victim: CollabClient, documentId: string, code: number): Promise<void> {
    const refusals = victim.refusals.length;
    const marker = victim.insert('goals');
    await victim.waitFor(() => victim.refusals.length > refusals, 10_000, 'the refusal of a write after the change');
    expect(victim.refusals.at(-1)).toMatchObject({ ok: false, code });
    expect(victim.acked.has(marker)).toBe(false);
    expect((await stored(db, documentId)).markers.has(marker)).toBe(false);
  }

  /** A change of the writer reaches the bystander on A, but not the victim (also on A). */
  async function othersChangesStopArriving(victim: CollabClient, bystander: CollabClient, writer: CollabClient) {
    const marker = writer.insert('lessons');
    await bystander.waitFor(() => bystander.markers().has(marker), 10_000, "the writer's change on A");
    // A round trip on the victim's connection: anything A sent it before has arrived.
    await victim.socket.timeout(10_000).emitWithAck(CollabEvent.Leave, { documentId: 'round-trip' });
    expect(victim.markers().has(marker)).toBe(false);
  }

  /** The socket was told its session ended, was disconnected, and its token opens nothing any more. */
  async function sessionEnded(victim: CollabClient, documentId: string): Promise<void> {
    await victim.waitFor(() => !victim.connected, 10_000, 'the disconnection of the revoked session');
    expect(victim.closed).toEqual([
      { documentId, code: CollabCloseCode.Unauthenticated, reason: expect.stringMatching(/session has ended/) },
    ]);
    expect(victim.disconnectReason).toBe('io server disconnect');
    const again = await victim.start();
    expect(again).toEqual({ refused: expect.objectContaining({ code: CollabCloseCode.Unauthenticated }) });
  }

  it('leaving-the-group-closes-the-unit-document-refuses-and-does-not-store-the-next-write', async () => {
    const { w, victim, bystander, writer } = await world();
    expect(
      await gqlOk(b, 'mutation($g: ID!) { leaveGroup(groupId: $g) }', { g: w.group.id }, w.authors[0].token),
    ).toEqual({ leaveGroup: true });
    await victim.waitFor(() => victim.closed.length > 0, 10_000, 'the close after leaving the group');
    expect(victim.closed).toEqual([
      { documentId: w.documentId, code: CollabCloseCode.Revoked, reason: expect.any(String) },
    ]);
    await writeIsRefused(victim, w.documentId, CollabCloseCode.Revoked);
    await othersChangesStopArriving(victim, bystander, writer);
    // Nobody else was touched, and the victim's presence is gone for them.
    expect(bystander.closed).toEqual([]);
    expect(writer.closed).toEqual([]);
    expect(victim.connected).toBe(true);
  });

  it('archiving-the-unit-makes-open-copies-read-only-and-refuses-the-next-write', async () => {
    const { w, victim, bystander, writer } = await world();
    await gqlOk(b, 'mutation($u: ID!) { archiveUnit(unitId: $u) { status } }', { u: w.unitId }, w.authors[2].token);
    await victim.waitFor(() => victim.closed.length > 0, 10_000, 'the downgrade after archiving');
    await bystander.waitFor(() => bystander.closed.length > 0, 10_000, 'the downgrade of the bystander');
    await writer.waitFor(() => writer.closed.length > 0, 10_000, 'the downgrade on B');
    for (const c of [victim, bystander, writer])
      expect(c.closed).toEqual([
        { documentId: w.documentId, code: CollabCloseCode.ReadOnly, reason: expect.any(String) },
      ]);
    await writeIsRefused(victim, w.documentId, CollabCloseCode.ReadOnly);
    await writeIsRefused(writer, w.documentId, CollabCloseCode.ReadOnly);
  });

  it('a-member-deactivated-in-their-only-network-is-disconnected', async () => {
    const { w, victim, bystander, writer } = await world();
    const coordinator = await createPerson(db, w.net, 'COORDINATOR');
    const token = await signIn(b, coordinator.login);
    await gqlOk(
      b,
      'mutation($m: ID!) { deactivateMember(memberId: $m) { status } }',
      { m: w.authors[0].person.membership.id },
      token,
    );
    await sessionEnded(victim, w.documentId);
    const marker = writer.insert('lessons');
    await writer.waitFor(() => writer.acked.has(marker), 10_000, 'the others keep saving');
    await bystander.waitFor(() => bystander.markers().has(marker), 10_000, 'the others keep hearing each other');
    expect(bystander.closed).toEqual([]);
  });

  it('a-member-deactivated-in-one-network-but-active-in-another-loses-that-networks-documents', async () => {
    const { w, victim, bystander, writer } = await world();
    await alsoMemberOf(await createNetwork(db, 1), w.authors[0].person);
    const coordinator = await createPerson(db, w.net, 'COORDINATOR');
    const token = await signIn(b, coordinator.login);
    await gqlOk(
      b,
      'mutation($m: ID!) { deactivateMember(memberId: $m) { status } }',
      { m: w.authors[0].person.membership.id },
      token,
    );
    await victim.waitFor(() => victim.closed.length > 0, 10_000, 'the close after deactivation');
    expect(victim.closed).toEqual([
      { documentId: w.documentId, code: CollabCloseCode.Revoked, reason: expect.any(String) },
    ]);
    // Still signed in for the other network: the socket stays, the document does not.
    expect(victim.connected).toBe(true);
    await writeIsRefused(victim, w.documentId, CollabCloseCode.Revoked);
    await othersChangesStopArriving(victim, bystander, writer);
  });

  it('signing-out-disconnects-that-sessions-sockets-only', async () => {
    const { w, victim } = await world();
    // The same person in another browser: another session, which stays.
    const otherToken = await signIn(b, w.authors[0].person.login);
    const otherBrowser = await open(a, otherToken, w.documentId, w.authors[0].person);
    await gqlOk(b, 'mutation { signOut }', {}, w.authors[0].token);
    await sessionEnded(victim, w.documentId);
    const marker = otherBrowser.insert('goals');
    await otherBrowser.waitFor(() => otherBrowser.acked.has(marker), 10_000, 'the other session still saving');
    expect(otherBrowser.closed).toEqual([]);
  });

  it('a-password-change-disconnects-every-socket-of-the-person', async () => {
    const { w, victim, bystander } = await world();
    const resetToken = randomToken();
    await db.getRepository(PasswordReset).insert({
      userId: w.authors[0].person.user.id,
      tokenHash: hashToken(resetToken),
      expiresAt: new Date(Date.now() + 3600_000),
      usedAt: null,
    });
    const res = await b.gql<{ resetPassword: { token: string } }>(
      'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }',
      { input: { token: resetToken, password: 'a brand new passphrase' } },
    );
    expect(res.errors).toBeUndefined();
    await sessionEnded(victim, w.documentId);
    // The new session (from the reset) opens the document again.
    const fresh = await open(a, res.data!.resetPassword.token, w.documentId, w.authors[0].person);
    expect(fresh.access).toBe('EDIT');
    expect(bystander.closed).toEqual([]);
  });

  it('an-attendee-giving-up-their-seat-can-only-read-the-session-notes-now', async () => {
    const api = { db, gql: b.gql } as unknown as TestServer;
    const cw = await conveningWorld(api);
    const { convening, session } = await publishedConvening(api, cw);
    const attendee = cw.teachers[1];
    ok(await b.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: attendee.token }));
    ok(await b.gql(Q.choose, { c: convening.id, ids: [session.id] }, { token: attendee.token }));
    const notes = await open(a, attendee.token, session.notesDocumentId, attendee);
    expect(notes.access).toBe('EDIT');
    const before = notes.insert('notes');
    await notes.waitFor(() => notes.acked.has(before), 10_000, 'an attendee edit');
    ok(await b.gql(Q.register, { c: convening.id, s: 'NOT_GOING' }, { token: attendee.token }));
    await notes.waitFor(() => notes.closed.length > 0, 10_000, 'the downgrade after giving up the seat');
    expect(notes.closed).toEqual([
      { documentId: session.notesDocumentId, code: CollabCloseCode.ReadOnly, reason: expect.any(String) },
    ]);
    await writeIsRefused(notes, session.notesDocumentId, CollabCloseCode.ReadOnly);
  });

  it('archiving-the-group-makes-its-units-open-copies-read-only', async () => {
    const { w, victim, writer } = await world();
    const coordinator = await createPerson(db, w.net, 'COORDINATOR');
    await gqlOk(
      b,
      'mutation($g: ID!) { archiveGroup(groupId: $g) { id } }',
      { g: w.group.id },
      await signIn(b, coordinator.login),
    );
    // On the process that made the change, a write sent the moment the mutation returns is refused:
    // it waits for the re-check that the change started there, not only for the close it sends.
    await writeIsRefused(writer, w.documentId, CollabCloseCode.ReadOnly);
    await victim.waitFor(() => victim.closed.length > 0, 10_000, 'the downgrade after archiving the group');
    expect(victim.closed).toEqual([
      { documentId: w.documentId, code: CollabCloseCode.ReadOnly, reason: expect.any(String) },
    ]);
    await writeIsRefused(victim, w.documentId, CollabCloseCode.ReadOnly);
  });

  it('closing-the-review-round-closes-the-critical-friends-copy', async () => {
    const w = await unitWorld(db, b, 1);
    const author = w.authors[0].token;
    const friend = await createPerson(db, w.net, 'TEACHER');
    await gqlOk(
      b,
      'mutation($input: StartUnitReviewInput!) { startUnitReview(input: $input) { id } }',
      { input: { unitId: w.unitId, friendIds: [friend.user.id] } },
      author,
    );
    const copy = await open(a, await signIn(b, friend.login), w.documentId, friend);
    expect(copy.access).toBe('VIEW');
    const advance = 'mutation($u: ID!, $r: String) { advanceUnitReview(unitId: $u, reflection: $r) { stage } }';
    for (const stage of ['WARM', 'COOL', 'REFLECTION'])
      expect(await gqlOk(b, advance, { u: w.unitId }, author)).toEqual({ advanceUnitReview: { stage } });
    await gqlOk(b, advance, { u: w.unitId, r: 'We will add a warm-up.' }, author);
    await copy.waitFor(() => copy.closed.length > 0, 10_000, 'the close after the round ended');
    expect(copy.closed).toEqual([
      { documentId: w.documentId, code: CollabCloseCode.Revoked, reason: expect.any(String) },
    ]);
    // Not even reading: a request for the document's state is refused.
    const ask = await copy.sendRaw(encodeSyncMessage(SyncMessageType.Step1, Y.encodeStateVector(new Y.Doc())));
    expect(ask).toMatchObject({ ok: false, code: CollabCloseCode.Revoked });
  });

  it('a-replaced-facilitator-can-only-read-the-session-notes-now', async () => {
    const api = { db, gql: b.gql } as unknown as TestServer;
    const cw = await conveningWorld(api);
    const { session } = await publishedConvening(api, cw);
    const facilitator = cw.teachers[0];
    const notes = await open(a, facilitator.token, session.notesDocumentId, facilitator);
    expect(notes.access).toBe('EDIT');
    ok(
      await b.gql(
        Q.updateSession,
        { input: { id: session.id, facilitatorId: cw.teachers[2].user.id } },
        { token: cw.coordinator.token },
      ),
    );
    await notes.waitFor(() => notes.closed.length > 0, 10_000, 'the downgrade after the facilitator changed');
    expect(notes.closed).toEqual([
      { documentId: session.notesDocumentId, code: CollabCloseCode.ReadOnly, reason: expect.any(String) },
    ]);
    await writeIsRefused(notes, session.notesDocumentId, CollabCloseCode.ReadOnly);
  });

  it('a-viewers-presence-arrives-stamped-with-their-own-identity', async () => {
    const w = await unitWorld(db, b, 2);
    // A critical friend: readers of a published unit read its versions, not the live draft.
    const reader = await createPerson(db, w.net, 'TEACHER', { name: 'Rita Reader' });
    await gqlOk(
      b,
      'mutation($input: StartUnitReviewInput!) { startUnitReview(input: $input) { id } }',
      { input: { unitId: w.unitId, friendIds: [reader.user.id] } },
      w.authors[0].token,
    );
    const viewer = await open(a, await signIn(b, reader.login), w.documentId);
    expect(viewer.access).toBe('VIEW');
    const author = await open(b, w.authors[0].token, w.documentId, w.authors[0].person);
    const observer = await open(a, w.authors[1].token, w.documentId, w.authors[1].person);
    const authorUser = w.authors[0].person.user;
    const stamped = { user: { id: reader.user.id, name: 'Rita Reader', color: presenceColor(reader.user.id) } };

    // The viewer claims to be the author, with a name of its choosing and a field of its own.
    viewer.awareness.setLocalState({
      user: { id: authorUser.id, name: 'Principal <b>Skinner</b>', color: '#000000' },
      section: 'goals',
      banner: 'Click here to reset your password',
    });
    for (const [who, where] of [
      [observer, 'the same process'],
      [author, 'the other process'],
    ] as const) {
      await who.waitFor(() => who.presence().get(viewer.doc.clientID)?.section === 'goals', 10_000, where);
      expect(who.presence().get(viewer.doc.clientID)).toEqual({ ...stamped, section: 'goals' });
    }

    // Nor may it speak for the author's awareness client (move their caret, or make them vanish).
    await observer.waitFor(
      () => observer.presence().get(author.doc.clientID)?.user?.id === authorUser.id,
      10_000,
      "the author's presence",
    );
    const scratch = new Y.Doc();
    scratch.clientID = author.doc.clientID;
    const forged = new awarenessProtocol.Awareness(scratch);
    for (let clock = 0; clock < 50; clock++)
      forged.setLocalState({ user: { id: authorUser.id, name: 'x', color: '#000000' }, section: `lessons` });
    viewer.sendRawAwareness(awarenessProtocol.encodeAwarenessUpdate(forged, [author.doc.clientID]));
    forged.destroy();
    // A later presence change of the viewer: once it arrives, the forged one was handled before it.
    viewer.setSection('understandings');
    await observer.waitFor(
      () => observer.presence().get(viewer.doc.clientID)?.section === 'understandings',
      10_000,
      "the viewer's later presence",
    );
    expect(observer.presence().get(author.doc.clientID)).toEqual({
      user: { id: authorUser.id, name: authorUser.displayName, color: presenceColor(authorUser.id) },
      section: null,
    });

    // The author's own tab, reconnected on A before its old connection is gone, takes its client back.
    const again = await open(a, w.authors[0].token, w.documentId);
    const resumed = new awarenessProtocol.Awareness(scratch);
    for (let clock = 0; clock < 60; clock++)
      resumed.setLocalState({ user: { id: authorUser.id, name: 'ignored', color: '#000000' }, section: 'lessons' });
    again.sendRawAwareness(awarenessProtocol.encodeAwarenessUpdate(resumed, [author.doc.clientID]));
    resumed.destroy();
    await observer.waitFor(
      () => observer.presence().get(author.doc.clientID)?.section === 'lessons',
      10_000,
      "the author's reconnected presence",
    );
    expect(observer.presence().get(author.doc.clientID)?.user).toEqual({
      id: authorUser.id,
      name: authorUser.displayName,
      color: presenceColor(authorUser.id),
    });
  });

  it('a-member-deactivated-in-one-network-stops-receiving-its-group-posts-on-live', async () => {
    const net = await createNetwork(db, 1);
    const other = await createNetwork(db, 1);
    const group = await createGroup(db, net);
    const otherGroup = await createGroup(db, other);
    const poster = await createPerson(db, net, 'TEACHER');
    const watcher = await createPerson(db, net, 'TEACHER');
    const dual = await createPerson(db, net, 'TEACHER');
    for (const p of [poster, watcher, dual]) await addToGroup(db, group, p);
    const dualElsewhere = await alsoMemberOf(other, dual);
    await addToGroup(db, otherGroup, { ...dual, membership: dualElsewhere });
    const otherPoster = await createPerson(db, other, 'TEACHER');
    await addToGroup(db, otherGroup, otherPoster);

    const dualLive = await liveSocket(a, await signIn(b, dual.login));
    const watcherLive = await liveSocket(a, await signIn(b, watcher.login));
    expect(await dualLive.watch(group.id)).toEqual({ ok: true });
    expect(await dualLive.watch(otherGroup.id)).toEqual({ ok: true });
    expect(await watcherLive.watch(group.id)).toEqual({ ok: true });
    const posterToken = await signIn(b, poster.login);
    const first = await post(posterToken, group.id, 'Before');
    await waitFor(() => dualLive.posts.some((p) => p.postId === first), 10_000, 'a post before the change');

    const coordinator = await createPerson(db, net, 'COORDINATOR');
    await gqlOk(
      b,
      'mutation($m: ID!) { deactivateMember(memberId: $m) { status } }',
      { m: dual.membership.id },
      await signIn(b, coordinator.login),
    );
    await stopsReceiving(dualLive, watcherLive, posterToken, group.id);
    // The other network's group still reaches them.
    const elsewhere = await post(await signIn(b, otherPoster.login), otherGroup.id, 'Other network');
    await waitFor(() => dualLive.posts.some((p) => p.postId === elsewhere), 10_000, "the other network's post");
    // Watching it again is refused.
    expect(await dualLive.watch(group.id)).toEqual({ ok: false, error: 'NOT_FOUND' });
  });

  it('closing-an-open-group-stops-its-posts-reaching-non-members-on-live', async () => {
    const net = await createNetwork(db, 1);
    const group = await createGroup(db, net);
    const poster = await createPerson(db, net, 'TEACHER');
    const member = await createPerson(db, net, 'TEACHER');
    const reader = await createPerson(db, net, 'TEACHER');
    await addToGroup(db, group, poster, { role: 'FACILITATOR' });
    await addToGroup(db, group, member);
    const readerLive = await liveSocket(a, await signIn(b, reader.login));
    const memberLive = await liveSocket(a, await signIn(b, member.login));
    expect(await readerLive.watch(group.id)).toEqual({ ok: true });
    expect(await memberLive.watch(group.id)).toEqual({ ok: true });
    const posterToken = await signIn(b, poster.login);
    await gqlOk(
      b,
      'mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { access } }',
      { input: { id: group.id, access: 'CLOSED' } },
      posterToken,
    );
    await stopsReceiving(readerLive, memberLive, posterToken, group.id);
    expect(await readerLive.watch(group.id)).toEqual({ ok: false, error: 'FORBIDDEN' });
  });

  it('signing-out-disconnects-that-sessions-live-socket', async () => {
    const net = await createNetwork(db, 1);
    const person = await createPerson(db, net, 'TEACHER');
    const token = await signIn(b, person.login);
    const live = await liveSocket(a, token);
    const kept = await liveSocket(a, await signIn(b, person.login));
    await gqlOk(b, 'mutation { signOut }', {}, token);
    await waitFor(() => !live.socket.connected, 10_000, 'the live socket of the revoked session to close');
    expect(live.ended).toBe(true);
    await kept.roundTrip();
    expect(kept.socket.connected).toBe(true);
  });

  // ---- helpers ----

  type LiveClient = Awaited<ReturnType<typeof liveSocket>>;

  /**
   * Posts through B until one reaches `watcher` on A but not `cut` (also on A): the room was left.
   * Then one more, which must not reach `cut` either.
   */
  async function stopsReceiving(cut: LiveClient, watcher: LiveClient, posterToken: string, groupId: string) {
    const until = Date.now() + 10_000;
    for (;;) {
      const next = await post(posterToken, groupId, 'After');
      await waitFor(() => watcher.posts.some((p) => p.postId === next), 10_000, 'the post, to the watcher');
      await cut.roundTrip();
      if (!cut.posts.some((p) => p.postId === next)) break;
      if (Date.now() > until) throw new Error('the posts kept arriving after access was taken away');
    }
    const last = await post(posterToken, groupId, 'Later');
    await waitFor(() => watcher.posts.some((p) => p.postId === last), 10_000, 'a later post, to the watcher');
    await cut.roundTrip();
    expect(cut.posts.some((p) => p.postId === last)).toBe(false);
  }

  async function alsoMemberOf(net: TestNetwork, person: TestPerson): Promise<Membership> {
    return db.getRepository(Membership).save({
      userId: person.user.id,
      networkId: net.network.id,
      schoolId: net.schools[0].id,
      role: 'TEACHER',
      subjects: [],
      gradeLevels: [],
      status: 'ACTIVE',
    });
  }

  async function post(token: string, groupId: string, body: string): Promise<string> {
    const data = (await gqlOk(
      b,
      'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }',
      { input: { groupId, kind: 'QUESTION', body } },
      token,
    )) as { createPost: { id: string } };
    return data.createPost.id;
  }

  async function liveSocket(server: ServerProcess, token: string) {
    const socket = io(`${server.url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { token },
    });
    sockets.push(socket);
    const posts: GroupPostEventPayload[] = [];
    const client = { socket, posts, ended: false, watch, roundTrip };
    socket.on(GroupLiveEvent.Post, (p: GroupPostEventPayload) => posts.push(p));
    socket.on(LiveEvent.SessionEnded, () => (client.ended = true));
    await new Promise<void>((resolve, reject) => {
      socket.once(LiveEvent.Ready, () => resolve());
      socket.once('connect_error', reject);
    });
    function watch(groupId: string): Promise<{ ok: boolean; error?: string }> {
      return socket.timeout(10_000).emitWithAck(GroupLiveEvent.Watch, { groupId }) as Promise<{
        ok: boolean;
        error?: string;
      }>;
    }
    async function roundTrip(): Promise<void> {
      await socket.timeout(10_000).emitWithAck(GroupLiveEvent.Unwatch, { groupId: 'round-trip' });
    }
    return client;
  }
});
