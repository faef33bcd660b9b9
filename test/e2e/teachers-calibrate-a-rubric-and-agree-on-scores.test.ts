import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { addToGroup, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { signedInPage, signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { CRITERIA, ok } from '../support/peer-feedback.js';

const ESSAYS = [
  'Schools should start later. Teenagers sleep later, and a study of forty schools found grades rose when classes began at nine.',
  'Homework should be limited. Students need time to rest and to read for pleasure, and some homework is just busywork.',
  'Phones belong in class. They let students look things up, but only if teachers set clear rules about when to use them.',
];

/** Serious or critical WCAG 2.1 A/AA violations on the page, as readable lines (none expected). */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Chooses a level per criterion of the essay on screen, then saves it. */
async function score(page: Page, essay: number, claim: RegExp, evidence: RegExp): Promise<void> {
  await page.getByRole('heading', { name: `Essay ${essay} of 3` }).waitFor();
  await page
    .getByRole('radiogroup', { name: /^Claim/ })
    .getByRole('radio', { name: claim })
    .check();
  await page
    .getByRole('radiogroup', { name: /^Evidence/ })
    .getByRole('radio', { name: evidence })
    .check();
  await page.getByRole('button', { name: `Save scores for Essay ${essay}` }).click();
}

describe('teachers calibrate a rubric in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('teachers-calibrate-a-rubric-and-agree-on-scores', async () => {
    const net = await createNetwork(server.db);
    const slug = net.network.slug;
    const fay = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Fay Okafor' });
    const ben = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1], name: 'Ben Castillo' });
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Dana Whitfield' });
    const cora = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Cora Lindqvist' });
    const group = await createGroup(server.db, net, { name: 'Language Arts', subject: 'English Language Arts' });
    await addToGroup(server.db, group, fay, { role: 'FACILITATOR' });
    await addToGroup(server.db, group, ben);
    await addToGroup(server.db, group, cora);
    const fayToken = await signIn(server, fay.login);
    const rubric = await ok(
      server.gql<{ createRubric: { id: string } }>(
        `mutation($input: CreateRubricInput!) { createRubric(input: $input) { id } }`,
        { input: { networkId: net.network.id, title: 'Argument', criteria: CRITERIA } },
        { token: fayToken },
      ),
    );

    // Fay, the group's facilitator, opens a round with three pasted essays.
    const faySession = await signedInPage(browser, server.url, fay.login);
    const desk = faySession.page;
    await desk.goto(`${server.url}/n/${slug}/groups/${group.id}?tab=calibration`);
    await desk.getByRole('heading', { name: 'Calibration' }).waitFor();
    await desk.getByRole('button', { name: 'Start a calibration round' }).click();
    const form = desk.getByRole('dialog', { name: 'Start a calibration round' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Argument essays, autumn');
    await form.getByRole('combobox', { name: 'Rubric' }).click();
    await desk.getByRole('option', { name: 'Argument' }).click();
    // Too few essays: said before anything is sent.
    await form.getByRole('button', { name: 'Remove pasted essay 3' }).click();
    await form.getByRole('button', { name: 'Start the round' }).click();
    await form.getByText('A round has 3 to 6 essays', { exact: false }).waitFor();
    await form.getByRole('button', { name: 'Add an essay' }).click();
    // An essay naming a school is refused with the server's words, naming the essay.
    await form.getByRole('textbox', { name: 'Pasted essay 1' }).fill(ESSAYS[0]!);
    await form.getByRole('textbox', { name: 'Pasted essay 2' }).fill(`At ${net.schools[0]!.name}, ${ESSAYS[1]!}`);
    await form.getByRole('textbox', { name: 'Pasted essay 3' }).fill(ESSAYS[2]!);
    await form.getByRole('button', { name: 'Start the round' }).click();
    await form
      .getByText(/Essay 2 names/)
      .first()
      .waitFor();
    await form.getByRole('textbox', { name: 'Pasted essay 2' }).fill(ESSAYS[1]!);
    await form.getByRole('button', { name: 'Start the round' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Argument essays, autumn' }).waitFor();
    const roundUrl = desk.url();
    await desk.getByText('Scores stay hidden until the facilitator reveals them', { exact: false }).waitFor();
    await expect(desk.getByRole('button', { name: 'Reveal scores' }).isDisabled()).resolves.toBe(true);
    await desk.getByText('once at least two teachers have scored every essay', { exact: false }).waitFor();

    // Fay scores blind: every criterion is required.
    await desk.getByRole('heading', { name: 'Essay 1 of 3' }).waitFor();
    await desk
      .getByRole('radiogroup', { name: /^Claim/ })
      .getByRole('radio', { name: /^Strong · 3 points/ })
      .check();
    await desk.getByRole('button', { name: 'Save scores for Essay 1' }).click();
    await desk.getByText('Choose a level for Evidence.').waitFor();
    await score(desk, 1, /^Strong · 3 points/, /^Strong · 4 points/);
    await score(desk, 2, /^Developing/, /^Some/);
    await score(desk, 3, /^Beginning/, /^Missing/);
    await desk.getByText('3 of 3 essays scored', { exact: false }).waitFor();

    // Ben scores on his phone: he agrees except on the claim of essay 3, and never sees Fay's scores.
    const benContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await benContext.newPage();
    await signInThroughPage(phone, server.url, ben.login);
    await phone.waitForURL(/\/n\//);
    await phone.goto(roundUrl);
    await phone.getByRole('heading', { level: 1, name: 'Argument essays, autumn' }).waitFor();
    await phone.getByText('1 of 3 teachers in the group finished scoring', { exact: false }).waitFor();
    expect(await phone.getByRole('button', { name: 'Reveal scores' }).count()).toBe(0);
    expect(await phone.getByRole('region', { name: "Every teacher's scores" }).count()).toBe(0);
    expect(await phone.getByRole('region', { name: 'How far we agree' }).count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeProblems(phone)).toEqual([]);
    const save = await phone.getByRole('button', { name: 'Save scores for Essay 1' }).boundingBox();
    expect(save!.height).toBeGreaterThanOrEqual(44);
    await score(phone, 1, /^Strong · 3 points/, /^Strong · 4 points/);
    await score(phone, 2, /^Developing/, /^Some/);
    await score(phone, 3, /^Strong · 3 points/, /^Missing/);
    await phone.getByText('3 of 3 essays scored', { exact: false }).waitFor();

    // Fay reveals: agreement figures, the spread, and the disputed cell.
    await desk.reload();
    await desk.getByText('2 of 3 teachers in the group finished scoring', { exact: false }).waitFor();
    await desk.getByRole('button', { name: 'Reveal scores' }).click();
    await desk
      .getByRole('dialog', { name: 'Reveal the scores?' })
      .getByRole('button', { name: 'Reveal scores' })
      .click();
    const figures = desk.getByRole('region', { name: 'How far we agree' });
    await figures.waitFor();
    // 5 of the 6 essay × criterion cells have the same level from both teachers.
    await expect(figures.getByRole('group', { name: 'Exact agreement' }).textContent()).resolves.toContain('83%');
    await expect(figures.getByRole('group', { name: 'Adjacent agreement' }).textContent()).resolves.toContain('83%');
    // Ordinal alpha by hand (level steps; n = 12, o(0,2) = o(2,0) = 1): 1 − 11 × 128 / 3024 = 0.53.
    await expect(figures.getByRole('group', { name: "Krippendorff's alpha" }).textContent()).resolves.toContain('0.53');
    await desk
      .getByRole('region', { name: 'Spread of scores' })
      .getByRole('img', { name: /^Essay 3 spread/ })
      .waitFor();
    const disputed = desk.getByRole('region', { name: 'Most disagreement' });
    await disputed.getByRole('heading', { name: 'Essay 3 · Claim' }).waitFor();
    await disputed.getByText('Scores ranged from Beginning (1) to Strong (3)', { exact: false }).waitFor();
    // Every teacher's scores, now visible.
    const scores = desk.getByRole('region', { name: "Every teacher's scores" });
    // Folded under each essay at first; unfolding one shows each teacher's row.
    await scores
      .getByRole('button', { name: /Each teacher’s scores/ })
      .first()
      .click();
    await scores.getByRole('rowheader', { name: 'Ben Castillo' }).first().waitFor();
    // The revealed page, chart included, passes the accessibility scan.
    expect(await axeProblems(desk)).toEqual([]);

    // Ben comments on the disputed cell from his phone.
    await phone.reload();
    const thread = phone.getByRole('region', { name: 'Most disagreement' });
    const comment = 'The claim is stated in the first sentence, even if it is plain: I read that as Strong.';
    await thread.getByRole('textbox', { name: 'Your comment on Essay 3 · Claim' }).fill(comment);
    await thread.getByRole('button', { name: 'Add comment' }).first().click();
    await thread.getByRole('list', { name: 'Discussion of Essay 3 · Claim' }).getByText(comment).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeProblems(phone)).toEqual([]);

    // Fay sees the comment and agrees every cell with a rationale.
    await desk.reload();
    await desk.getByRole('region', { name: 'Most disagreement' }).getByText(comment).waitFor();
    const agreed = desk.getByRole('region', { name: 'Agreed scores' });
    const cells: [number, string, RegExp][] = [
      [1, 'Claim', /^Strong · 3 points/],
      [1, 'Evidence', /^Strong · 4 points/],
      [2, 'Claim', /^Developing/],
      [2, 'Evidence', /^Some/],
      [3, 'Claim', /^Developing/],
      [3, 'Evidence', /^Missing/],
    ];
    for (const [essay, criterion, level] of cells) {
      await agreed.getByRole('button', { name: `Agree Essay ${essay} · ${criterion}` }).click();
      const dialog = desk.getByRole('dialog', { name: `Agree Essay ${essay} · ${criterion}` });
      await dialog.getByRole('radio', { name: level }).check();
      await dialog
        .getByRole('textbox', { name: 'Why this level' })
        .fill(`Essay ${essay}: what we agreed about ${criterion.toLowerCase()} after reading it again.`);
      await dialog.getByRole('button', { name: 'Save the agreed score' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await desk.getByText('These essays are now anchor papers of Argument', { exact: false }).first().waitFor();

    // The rubric page shows the anchor papers, by level, with the rationale.
    await desk.getByRole('link', { name: 'See the anchor papers' }).click();
    const anchors = desk.getByRole('region', { name: 'Anchor papers' });
    await anchors.waitFor();
    await anchors.getByRole('heading', { name: 'Anchor paper 3' }).waitFor();
    await anchors.getByText('Essay 3: what we agreed about claim after reading it again.').waitFor();
    await anchors.getByText(ESSAYS[0]!.slice(0, 40), { exact: false }).waitFor();
    expect(desk.url()).toContain(`/rubrics/${rubric.createRubric.id}`);
    expect(await axeProblems(desk)).toEqual([]);

    // The coordinator's network health shows the rubric's agreement, round by round.
    const dana = await signedInPage(browser, server.url, coordinator.login);
    await dana.page.goto(`${server.url}/n/${slug}/health`);
    const health = dana.page.getByRole('region', { name: 'Calibration' });
    await health
      .getByRole('img', {
        name: /^Argument, Krippendorff's alpha per round.*Argument essays, autumn \(Language Arts\) 0\.53/,
      })
      .waitFor();
    const row = health.getByRole('row', { name: /Argument essays, autumn/ });
    await expect(row.textContent()).resolves.toContain('83%');
    await dana.close();
    await benContext.close();
    await faySession.close();
  }, 180_000);
});
