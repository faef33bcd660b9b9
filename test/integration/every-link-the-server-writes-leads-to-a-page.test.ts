import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LINK_KINDS,
  linkKindsOfPath,
  parseShortLink,
  shortLinkPath,
  wallDate,
  wallTimeToInstant,
} from '@switchback/shared';
import { User } from '../../server/src/auth/user.entity.js';
import { ConveningRemindersService } from '../../server/src/convenings/convening-reminders.service.js';
import { Group } from '../../server/src/groups/group.entity.js';
import { DigestService } from '../../server/src/notifications/digest.service.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { createNetwork, createPerson, signIn, PASSWORD } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { publishedConvening, Q, VENUE_ZONE, type ConveningWorld } from '../support/convenings-api.js';
import { createUnit } from '../support/units-api.js';
import { assignmentsOf, OPS, ok, openExchange, pass, runJob, twoSchools } from '../support/peer-feedback.js';

const DAY = 86_400_000;
const BASE = 'http://switchback.test';
/** Every absolute link of this server in a text (emails, calendars once unfolded, CSV cells, Markdown). */
const LINK = /http:\/\/switchback\.test\/[^\s"',;)<>\\]+/g;

/** iCalendar folds lines at 75 octets (CRLF and a space): unfold before reading links. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

/** The route paths written in the client's router (`path: '…'`; a network's pages are under `n/:slug`). */
function clientRoutes(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const source = fs.readFileSync(path.join(here, '../../client/src/app/router.tsx'), 'utf8');
  return [...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1]!);
}

describe('every link the server writes leads to a page', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const get = (path: string, token?: string, cookie?: string) =>
    fetch(`${server.url}${path}`, {
      redirect: 'manual',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(cookie ? { cookie } : {}),
        'x-forwarded-for': server.ip,
      },
    });
  const text = async (path: string, token: string) => {
    const res = await get(path, token);
    expect(res.status).toBe(200);
    return res.text();
  };

  it("lands only on routes of the client's router, and is no route of it (the server resolves it)", () => {
    const routes = clientRoutes();
    expect(routes).toContain('n/:slug');
    for (const [kind, { pattern }] of Object.entries(LINK_KINDS)) {
      expect({ kind, routed: routes.includes(pattern.replace(/^\/n\/:slug\//, '')) }).toEqual({ kind, routed: true });
    }
    // A guest of another network lands outside the network's layout (`guest/…`).
    for (const [kind, k] of Object.entries(LINK_KINDS)) {
      const guest = 'guest' in k ? k.guest.pattern : null;
      if (guest) expect({ kind, routed: routes.includes(guest.replace(/^\//, '')) }).toEqual({ kind, routed: true });
    }
    expect(routes.filter((r) => r === 'go' || r.startsWith('go/'))).toEqual([]);
    expect(routes).toContain('invitations/:token');
  });

  it('short links of convenings, sessions, units, exchanges, groups, posts and conversations in emails, calendars, digests and exports take a member to the page, others to sign-in or "not found"', async () => {
    const w = await twoSchools(server, 2);
    const slug = w.net.network.slug;
    const coordinator = await createPerson(server.db, w.net, 'COORDINATOR');
    const coordinatorToken = await signIn(server, coordinator.login);
    const group = await server.db.getRepository(Group).findOneByOrFail({ networkId: w.net.network.id });
    const other = await createNetwork(server.db, 1);
    const otherCoordinator = await createPerson(server.db, other, 'COORDINATOR');
    const otherToken = await signIn(server, otherCoordinator.login);

    // An invitation (its link is the invitation page, not a short link).
    await ok(
      server.gql(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        {
          input: {
            networkId: w.net.network.id,
            email: `invited-${slug}@example.org`,
            role: 'TEACHER',
            schoolId: w.net.schools[0]!.id,
          },
        },
        { token: coordinatorToken },
      ),
    );

    // A convening with the group's session; teacher A registers and takes it.
    const day = wallDate(new Date(Date.now() + 30 * DAY), VENUE_ZONE);
    const nextDay = wallDate(new Date(wallTimeToInstant(`${day}T12:00`, VENUE_ZONE)!.getTime() + DAY), VENUE_ZONE);
    const cw = {
      net: w.net,
      coordinator: { ...coordinator, token: coordinatorToken },
      teachers: [w.a, w.b],
      group,
      day,
      nextDay,
    } as unknown as ConveningWorld;
    const { convening, session } = await publishedConvening(server, cw);
    await ok(server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: w.a.token }));
    await ok(server.gql(Q.choose, { c: convening.id, ids: [session.id] }, { token: w.a.token }));
    await server.app
      .get(ConveningRemindersService)
      .runDue(new Date(new Date(convening.startsAt).getTime() - 7 * DAY + 60_000));

    // A unit, an exchange (with reviews), and a post that mentions teacher B, who gets a daily digest.
    const unit = await createUnit(server, w.a.token, { groupId: group.id, title: 'Linked unit' });
    const exchangeId = await openExchange(server, w);
    for (const [i, s] of [...w.studentsA, ...w.studentsB].entries())
      await ok(
        server.gql(
          OPS.submitEssay,
          { e: exchangeId, body: `An essay of enough words, number ${i + 1}.` },
          { token: s.token },
        ),
      );
    await pass(server, exchangeId, 'submissionDueAt');
    await runJob(server);
    const post = await ok(
      server.gql<{ createPost: { id: string } }>(
        'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }',
        { i: { groupId: group.id, kind: 'CHECK_IN', body: 'See you at the convening!', mentionIds: [w.b.user.id] } },
        { token: w.a.token },
      ),
    );
    // Teacher A writes to teacher B, whose digest carries the conversation.
    const conversation = (
      await ok(
        server.gql<{ startConversation: { id: string } }>(
          'mutation($i: StartConversationInput!) { startConversation(input: $i) { id } }',
          {
            i: { networkId: w.net.network.id, participantIds: [w.b.user.id], body: 'Shall we plan the lab together?' },
          },
          { token: w.a.token },
        ),
      )
    ).startConversation;
    await server.db.getRepository(User).update(w.b.user.id, { digestFrequency: 'DAILY', lastDigestAt: null });
    await server.app.get(DigestService).runDue(new Date(Date.now() + 60_000));

    // Everything the server wrote: outbox messages (the digest is personal mail: read from the table),
    // calendar files, the CSV exports and the unit's Markdown export.
    const mails = await server.db.getRepository(OutboxMessage).find({
      where: [{ networkId: w.net.network.id }, { toAddress: w.b.user.email! }],
    });
    expect(mails.map((m) => m.kind)).toEqual(expect.arrayContaining(['INVITATION', 'CONVENING_REMINDER', 'DIGEST']));
    const from = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    const to = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const written = [
      ...mails.flatMap((m) => [m.body, m.link ?? '']),
      unfold(await text(`/api/convenings/${convening.id}.ics`, w.a.token)),
      unfold(await text('/api/me/sessions.ics', w.a.token)),
      await text(`/api/convenings/${convening.id}/registrations.csv`, coordinatorToken),
      await text(`/api/networks/${w.net.network.id}/health.csv?from=${from}&to=${to}`, coordinatorToken),
      await text(`/api/units/${unit.id}/export?format=md`, w.a.token),
    ].join('\n');
    const links = [...new Set(written.match(LINK) ?? [])].map((l) => l.slice(BASE.length));
    const short = links.filter((l) => parseShortLink(l));
    expect(links.filter((l) => !parseShortLink(l))).toEqual([expect.stringMatching(/^\/invitations\/[\w-]+$/)]);
    expect(links.some((l) => l.startsWith('/convenings/'))).toBe(false);
    expect(new Set(short.map((l) => parseShortLink(l)!.kind))).toEqual(
      new Set(['convening', 'session', 'unit', 'exchange', 'group', 'post', 'conversation']),
    );
    expect(short).toEqual(
      expect.arrayContaining([
        shortLinkPath('convening', convening.id),
        shortLinkPath('session', session.id),
        shortLinkPath('unit', unit.id),
        shortLinkPath('exchange', exchangeId),
        shortLinkPath('group', group.id),
        shortLinkPath('post', post.createPost.id),
        shortLinkPath('conversation', conversation.id),
      ]),
    );

    // A review's link, for the student who writes it.
    const [assignment] = await assignmentsOf(server, exchangeId, w.studentsB[0]!);
    expect(assignment?.id).toMatch(/^[0-9a-f-]{36}$/);
    const reviewLink = shortLinkPath('review', assignment!.id);

    const follow = async (link: string, token: string) => {
      const res = await get(link, token);
      return { status: res.status, location: res.headers.get('location') };
    };
    // A member lands on the app's page of the thing, in its network (a route the client knows).
    const landings: Record<string, string> = {};
    for (const link of short) {
      const { status, location } = await follow(link, w.a.token);
      expect({ link, status }).toEqual({ link, status: 302 });
      const [pathname, fragment] = location!.split('#');
      expect(pathname!.startsWith(`/n/${slug}/`)).toBe(true);
      expect(linkKindsOfPath(pathname!)).toContain(parseShortLink(link)!.kind);
      landings[parseShortLink(link)!.kind] = location!;
      if (parseShortLink(link)!.kind === 'post') expect(fragment).toBe(`post-${post.createPost.id}`);
    }
    expect(landings.session).toBe(`/n/${slug}/convenings/${convening.id}/sessions/${session.id}`);
    expect(landings.post).toBe(`/n/${slug}/groups/${group.id}#post-${post.createPost.id}`);
    expect(landings.conversation).toBe(`/n/${slug}/messages/${conversation.id}`);
    expect(await follow(reviewLink, w.studentsB[0]!.token)).toEqual({
      status: 302,
      location: `/n/${slug}/exchanges/${exchangeId}/reviews/${assignment!.id}`,
    });

    // The links already sent to /convenings/<id> are followed as the short link.
    expect(await follow(`/convenings/${convening.id}`, w.a.token)).toEqual({
      status: 302,
      location: `/n/${slug}/convenings/${convening.id}`,
    });
    expect(await follow(`/convenings/${convening.id}`, '')).toEqual({
      status: 302,
      location: `/sign-in?next=${encodeURIComponent(shortLinkPath('convening', convening.id))}`,
    });
    expect((await follow(`/convenings/${convening.id}`, otherToken)).status).toBe(404);

    // Without a session: to sign in, and back to the link after signing in (the first page's form).
    for (const link of [...short, reviewLink]) {
      const { status, location } = await follow(link, '');
      expect([status, location]).toEqual([302, `/sign-in?next=${encodeURIComponent(link)}`]);
    }
    const form = await fetch(`${server.url}/api/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        'x-forwarded-for': server.ip,
      },
      body: new URLSearchParams({ login: w.a.login, password: PASSWORD, next: shortLinkPath('unit', unit.id) }),
    });
    expect([form.status, form.headers.get('location')]).toEqual([303, shortLinkPath('unit', unit.id)]);
    const cookie = form.headers.get('set-cookie')!.split(';')[0]!;
    const back = await get(shortLinkPath('unit', unit.id), undefined, cookie);
    expect([back.status, back.headers.get('location')]).toEqual([302, `/n/${slug}/units/${unit.id}`]);

    // Another network's coordinator, a student on a teacher's link, a student on another's review:
    // exactly what an id nobody has gets, naming no network.
    const nobody = (kind: string) => `/go/${kind}/00000000-0000-4000-8000-000000000000`;
    const answer = async (link: string, token: string) => {
      const res = await get(link, token);
      return { status: res.status, location: res.headers.get('location'), body: await res.text() };
    };
    const refusals: [string, string][] = [
      ...short.map((l): [string, string] => [l, otherToken]),
      [shortLinkPath('unit', unit.id), w.studentsA[1]!.token],
      [shortLinkPath('group', group.id), w.studentsA[0]!.token],
      [shortLinkPath('convening', convening.id), w.studentsA[0]!.token],
      [reviewLink, w.studentsA[0]!.token],
      [reviewLink, w.a.token],
      // A conversation is its participants' only, even to the network's coordinator.
      [shortLinkPath('conversation', conversation.id), coordinatorToken],
    ];
    for (const [link, token] of refusals) {
      const got = await answer(link, token);
      const kind = parseShortLink(link)!.kind;
      expect({ link, ...got }).toEqual({ link, ...(await answer(nobody(kind), token)) });
      expect(got.status).toBe(404);
      expect(got.body).not.toContain(slug);
    }
  });
});
