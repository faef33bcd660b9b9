import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { addToGroup, createClass, createPerson } from '../support/factories.js';
import type { TestServer } from '../support/harness.js';
import { conveningWorld, ok, publishedConvening, Q, type ConveningWorld } from '../support/convenings-api.js';
import { CRITERIA, DAY, OPS } from '../support/peer-feedback.js';
import { createUnit, publish } from '../support/units-api.js';

/**
 * axe-core scans every main page at desktop and phone width: no serious or critical violation of
 * WCAG 2.1 A/AA. One browser, one signed-in context per person and width. Set A11Y_SCREENSHOTS to a
 * folder to keep a full-page screenshot of each page (for checking the phone layout by eye).
 */
const WIDTHS: Record<string, BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};
const SHOTS = process.env.A11Y_SCREENSHOTS;
/** A11Y_WIDTH=phone (or desktop) scans one width only, when checking a fix by hand. */
const ONLY = process.env.A11Y_WIDTH;

interface Visit {
  who: 'visitor' | 'coordinator' | 'teacher' | 'reader' | 'student';
  name: string;
  path: string;
  /** What shows once the page has its data. */
  ready: (page: Page) => Promise<unknown>;
  /** More checks on a phone, after the scan. */
  onPhone?: (page: Page) => Promise<void>;
}

/** The share of the screen's height that the fixed and sticky bars above the text cover. */
function barsShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector('.mantine-AppShell-header')!.getBoundingClientRect();
    const bar = document.querySelector('.unit-editor__bar')!.getBoundingClientRect();
    return (Math.max(0, header.bottom) + bar.height) / window.innerHeight;
  });
}

/**
 * On a phone the editor's bars fold while the person types, and come back when they leave the
 * text (they took 16% of a 390 × 844 screen).
 */
async function barsFoldWhileTyping(page: Page): Promise<void> {
  const presence = page.getByRole('region', { name: 'Who is here' });
  // "Edit text" puts the caret in the text: leave it first (a tap on the title), so the bars are out.
  await page.getByRole('heading', { level: 1 }).click();
  await page.locator('.unit-editor:not([data-typing])').waitFor();
  await presence.waitFor();
  const header = Date.now() + 5000;
  let before = await barsShare(page);
  // The header slides back (150 ms): measure once it is in.
  while (before < 0.1 && Date.now() < header) before = await barsShare(page);
  const text = page.getByRole('textbox', { name: 'Established goals and standards' });
  const top = async () => (await text.boundingBox())!.y;
  const at = await top();
  await text.click();
  await presence.waitFor({ state: 'hidden' });
  await page.locator('.unit-editor[data-typing]').waitFor();
  const deadline = Date.now() + 5000;
  let typing = await barsShare(page);
  // The header slides away (150 ms): measure once it is gone.
  while (typing > 0.045 && Date.now() < deadline) typing = await barsShare(page);
  if (process.env.A11Y_TIMES) {
    process.stdout.write(
      `bars: ${(before * 100).toFixed(1)}% of the screen, ${(typing * 100).toFixed(1)}% while typing\n`,
    );
  }
  expect(before).toBeGreaterThan(0.1);
  expect(typing).toBeLessThan(0.06);
  // Folding and unfolding never move the text under the person's finger.
  expect(Math.abs((await top()) - at)).toBeLessThan(2);
  await page.getByRole('heading', { level: 1 }).click();
  await presence.waitFor();
  expect(await page.locator('.unit-editor[data-typing]').count()).toBe(0);
  expect(Math.abs((await top()) - at)).toBeLessThan(2);
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 1, name }).waitFor();
/** A home page once its to-do has loaded (its items, or what it says when empty). */
const toDo = (page: Page) =>
  page.getByTestId('to-do').getByRole('listitem').first().or(page.getByTestId('to-do-empty')).waitFor();

/** Everything the pages show: a convening with registrations, a unit, a rubric, an exchange, a post. */
async function world(server: TestServer) {
  const w: ConveningWorld = await conveningWorld(server);
  const [teacher] = w.teachers;
  const gql = async <T>(token: string, query: string, variables: Record<string, unknown>) =>
    ok(await server.gql<T>(query, variables, { token }));
  const { convening, session } = await publishedConvening(server, w);
  await gql(teacher.token, Q.register, {
    c: convening.id,
    s: 'GOING',
    n: { travel: 'Driving from Tok', needsLodging: true, dietary: 'Vegetarian', accessibility: 'Ground floor room' },
  });
  await gql(teacher.token, Q.choose, { c: convening.id, ids: [session.id] });
  await gql(w.teachers[2].token, Q.register, { c: convening.id, s: 'MAYBE', n: null });

  const draft = await createUnit(server, teacher.token, { groupId: w.group.id, title: 'Ratios in the garden' });
  const published = await createUnit(server, teacher.token, {
    groupId: w.group.id,
    title: 'Fractions at the fish camp',
  });
  await publish(server, teacher.token, published.id);
  const reader = await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[1], name: 'Rae Reader' });

  await gql(teacher.token, 'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }', {
    i: { groupId: w.group.id, kind: 'QUESTION', body: 'Who has a good first week of fractions?' },
  });
  const cls = await createClass(server.db, w.net, teacher, [w.student], { name: 'Math 7' });
  const { createRubric } = await gql<{ createRubric: { id: string } }>(
    teacher.token,
    'mutation($input: CreateRubricInput!) { createRubric(input: $input) { id } }',
    { input: { networkId: w.net.network.id, title: 'Argument', criteria: CRITERIA } },
  );
  const now = Date.now();
  const { createExchange } = await gql<{ createExchange: { id: string } }>(teacher.token, OPS.create, {
    input: {
      networkId: w.net.network.id,
      title: 'Should rural schools share teachers?',
      prompt: 'Write an argumentative essay.',
      rubricId: createRubric.id,
      submissionDueAt: new Date(now + 2 * DAY).toISOString(),
      reviewDueAt: new Date(now + 4 * DAY).toISOString(),
      feedbackReleaseAt: new Date(now + 5 * DAY).toISOString(),
      classIds: [cls.id],
    },
  });
  await gql(teacher.token, OPS.advance, { e: createExchange.id });
  await addToGroup(server.db, w.group, w.teachers[2]);
  const { startConversation } = await gql<{ startConversation: { id: string } }>(
    teacher.token,
    'mutation($i: StartConversationInput!) { startConversation(input: $i) { id } }',
    { i: { networkId: w.net.network.id, participantIds: [reader.user.id], body: 'Shall we swap fraction tasks?' } },
  );
  // A mentoring pair across schools (Rae mentors the teacher), with a meeting.
  const { createMentorship } = await gql<{ createMentorship: { id: string } }>(
    w.coordinator.token,
    'mutation($i: CreateMentorshipInput!) { createMentorship(input: $i) { id } }',
    {
      i: {
        networkId: w.net.network.id,
        mentorId: reader.user.id,
        menteeId: teacher.user.id,
        goals: 'Better questions',
      },
    },
  );
  await gql(teacher.token, 'mutation($i: LogMentoringMeetingInput!) { logMentoringMeeting(input: $i) { id } }', {
    i: { mentorshipId: createMentorship.id, meetingOn: new Date().toISOString().slice(0, 10), notes: 'Wait time' },
  });

  const { createLessonStudy } = await gql<{ createLessonStudy: { id: string } }>(
    teacher.token,
    'mutation($i: CreateLessonStudyInput!) { createLessonStudy(input: $i) { id } }',
    { i: { groupId: w.group.id, title: 'The locked box', theme: 'Students explain their reasoning' } },
  );

  const n = `/n/${w.net.network.slug}`;
  const logins = {
    coordinator: w.coordinator.login,
    teacher: teacher.login,
    reader: reader.login,
    student: w.student.login,
  };
  const visits: Visit[] = [
    { who: 'visitor', name: 'sign-in', path: '/sign-in', ready: heading(/sign in/i) },
    { who: 'coordinator', name: 'coordinator home', path: n, ready: toDo },
    {
      who: 'coordinator',
      name: 'people',
      path: `${n}/people`,
      ready: (p) => p.getByText('Ada Teacher').first().waitFor(),
    },
    { who: 'coordinator', name: 'schools', path: `${n}/schools`, ready: heading('Schools') },
    {
      who: 'coordinator',
      name: 'network health',
      path: `${n}/health`,
      ready: (p) => p.getByRole('table').first().waitFor(),
    },
    { who: 'coordinator', name: 'audit log', path: `${n}/audit`, ready: heading(/audit/i) },
    { who: 'coordinator', name: 'convenings', path: `${n}/convenings`, ready: heading('Convenings') },
    {
      who: 'coordinator',
      name: 'convening with its registration dashboard',
      path: `${n}/convenings/${convening.id}`,
      ready: (p) => p.getByText('Vegetarian').first().waitFor(),
    },
    { who: 'teacher', name: 'teacher home', path: n, ready: toDo },
    { who: 'teacher', name: 'groups', path: `${n}/groups`, ready: heading(/groups/i) },
    { who: 'teacher', name: 'messages', path: `${n}/messages`, ready: heading('Messages') },
    { who: 'coordinator', name: 'mentoring', path: `${n}/mentoring`, ready: heading('Mentoring') },
    {
      who: 'teacher',
      name: 'mentoring pair',
      path: `${n}/mentoring/${createMentorship.id}`,
      ready: (p) => p.getByRole('list', { name: 'Meeting log' }).getByText('Wait time').waitFor(),
    },
    {
      who: 'teacher',
      name: 'conversation',
      path: `${n}/messages/${startConversation.id}`,
      ready: (p) => p.getByText('Shall we swap fraction tasks?').waitFor(),
    },
    {
      who: 'coordinator',
      name: 'groups with proposed groups',
      path: `${n}/groups`,
      ready: (p) => p.getByRole('switch', { name: /Teachers may start groups directly/ }).waitFor(),
    },
    { who: 'teacher', name: 'propose a group', path: `${n}/groups/propose`, ready: heading('Propose a group') },
    {
      who: 'teacher',
      name: 'group page with a post',
      path: `${n}/groups/${w.group.id}`,
      ready: (p) => p.getByText('Who has a good first week of fractions?').waitFor(),
    },
    {
      who: 'teacher',
      name: 'library',
      path: `${n}/library`,
      ready: (p) => p.getByText('Fractions at the fish camp').first().waitFor(),
    },
    {
      who: 'teacher',
      name: 'unit editor',
      path: `${n}/units/${draft.id}`,
      // The text shows first as the server's HTML; the live editor opens on "Edit text".
      ready: async (p) => {
        await p.getByRole('button', { name: 'Edit text' }).click();
        await p.locator('[data-sync-status="saved"]').waitFor();
      },
      onPhone: barsFoldWhileTyping,
    },
    {
      who: 'teacher',
      name: 'lesson study (facilitator, planning)',
      path: `${n}/lesson-studies/${createLessonStudy.id}`,
      ready: async (p) => {
        await p.getByRole('heading', { level: 1, name: 'The locked box' }).waitFor();
        await p.locator('[data-sync-status="saved"]').waitFor();
      },
    },
    { who: 'teacher', name: 'rubrics', path: `${n}/rubrics`, ready: (p) => p.getByText('Argument').first().waitFor() },
    { who: 'teacher', name: 'exchanges (teacher)', path: `${n}/exchanges`, ready: heading(/exchanges/i) },
    {
      who: 'teacher',
      name: 'an exchange (teacher)',
      path: `${n}/exchanges/${createExchange.id}`,
      ready: heading('Should rural schools share teachers?'),
    },
    { who: 'teacher', name: 'classes', path: `${n}/classes`, ready: (p) => p.getByText('Math 7').first().waitFor() },
    {
      who: 'teacher',
      name: 'convening with a seat',
      path: `${n}/convenings/${convening.id}`,
      ready: (p) => p.getByText('Your seat').first().waitFor(),
    },
    {
      who: 'reader',
      name: 'unit reader',
      path: `${n}/units/${published.id}`,
      ready: heading('Fractions at the fish camp'),
    },
    { who: 'student', name: 'student home', path: n, ready: toDo },
    {
      who: 'student',
      name: 'an exchange (student)',
      path: `${n}/exchanges/${createExchange.id}`,
      ready: (p) => p.getByRole('textbox', { name: 'My essay' }).waitFor(),
    },
  ];
  return { visits, logins };
}

/**
 * Goes to a page of the app: the first time by loading it, then as a click on a link would (the
 * router's own navigation), which spares reloading the app for every page.
 */
async function open(page: Page, url: string): Promise<void> {
  const target = new URL(url);
  if (new URL(page.url() === 'about:blank' ? 'http://x' : page.url()).origin !== target.origin) {
    await page.goto(url);
    return;
  }
  await page.evaluate((path) => {
    window.history.pushState(null, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, target.pathname);
  await page.waitForURL(url);
}

/**
 * Controls smaller than 44 × 44 px on a touch screen (WCAG 2.5.5; axe's target-size rule is 2.2 and
 * checks 24 px). Checkboxes and radios count by their label, which is part of the target.
 */
function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, [role="button"], [role="tab"], input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), select, textarea',
    );
    const small: string[] = [];
    for (const el of controls) {
      // A text field's target is its whole box (the show-password input sits inside one).
      const box = (el.closest('.mantine-Input-wrapper') ?? el).getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (el.closest('[aria-hidden="true"], .visually-hidden')) continue;
      if (box.width >= 43.5 && box.height >= 43.5) continue;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? '')
        .trim()
        .slice(0, 30);
      small.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

/** Waits until no loader spins (the page's data is in). */
async function settled(page: Page): Promise<void> {
  const deadline = Date.now() + 8000;
  while ((await page.locator('.mantine-Loader:visible').count()) > 0) {
    if (Date.now() > deadline) throw new Error(`still loading: ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

describe('accessibility of the main pages (axe, WCAG 2.1 AA)', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('has no serious or critical violation at desktop and phone width', async () => {
    const { visits, logins } = await world(server);
    if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
    const found: string[] = [];
    let reported = 0;
    for (const [width, options] of Object.entries(WIDTHS).filter(([w]) => !ONLY || w === ONLY)) {
      const pages = new Map<Visit['who'], Page>();
      const pageOf = async (who: Visit['who']) => {
        let page = pages.get(who);
        if (!page) {
          page = await (await browser.newContext({ ...options, serviceWorkers: 'block' })).newPage();
          page.setDefaultTimeout(15_000);
          if (who !== 'visitor') {
            await signInThroughPage(page, server.url, logins[who]);
            await page.waitForURL(/\/n\/[^/]+/);
          }
          pages.set(who, page);
        }
        return page;
      };
      const shellScanned = new Set<Visit['who']>();
      for (const visit of visits) {
        const started = Date.now();
        const page = await pageOf(visit.who);
        await open(page, `${server.url}${visit.path}`);
        const opened = Date.now();
        await visit.ready(page);
        await settled(page);
        const ready = Date.now();
        const axe = new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          // Only the violations in full: details of every passing node would triple the time.
          .options({ resultTypes: ['violations'] });
        // The header and navigation are the same on every page of a person: scanned on their first.
        if (shellScanned.has(visit.who)) axe.include('#main');
        shellScanned.add(visit.who);
        const result = await axe.analyze();
        for (const v of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          const targets = v.nodes.map((node) => node.target.join(' ')).slice(0, 3);
          found.push(`${width} · ${visit.name}: ${v.id} (${v.impact}) ${v.help} — ${targets.join(' | ')}`);
        }
        if (options.hasTouch) {
          await visit.onPhone?.(page);
          const small = await smallTouchTargets(page);
          if (small.length) found.push(`${width} · ${visit.name}: touch targets under 44 px — ${small.join(' | ')}`);
        }
        if (process.env.A11Y_TIMES) {
          const times = `open ${opened - started}, ready ${ready - opened}, axe ${Date.now() - ready} ms`;
          process.stdout.write(`${width} ${visit.name}: ${times}\n${found.slice(reported).join('\n')}\n`);
          reported = found.length;
        }
        if (SHOTS) {
          const file = `${width}-${visit.name.replace(/[^a-z0-9]+/gi, '-')}.png`;
          await page.screenshot({ path: path.join(SHOTS, file), fullPage: true });
        }
      }
      for (const page of pages.values()) await page.context().close();
    }
    expect(found).toEqual([]);
  }, 360_000);
});
