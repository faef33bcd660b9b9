import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { signedInPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { createUnit, groupWithAuthors, publish } from '../support/units-api.js';

describe('the showcase in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a-showcase-item-gets-a-warm-response', async () => {
    const net = await createNetwork(server.db);
    const slug = net.network.slug;
    const { group, authors } = await groupWithAuthors(server, net, 1, 'English Language Arts');
    const presenter = authors[0];
    const colleague = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1], name: 'Ivy Brennan' });
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Dana Whitfield' });
    const unit = await createUnit(server, presenter.token, { groupId: group.id, title: 'Drones over the fields' });
    await publish(server, presenter.token, unit.id);

    // The author presents the published unit from its page.
    const author = await signedInPage(browser, server.url, presenter.person.login);
    await author.page.goto(`${server.url}/n/${slug}/units/${unit.id}`);
    await author.page.getByRole('button', { name: 'Present in the showcase' }).click();
    const dialog = author.page.getByRole('dialog', { name: 'Present in the showcase' });
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Drones over the fields');
    await dialog
      .getByLabel('What happened when you taught it', { exact: false })
      .fill('The modelled rebuttal changed the drafts: most now answer the other side.');
    await dialog.getByRole('button', { name: 'Present' }).click();
    await author.page.getByText('Colleagues across the network can see it and respond.').waitFor();

    // A colleague from another school, on her phone, says what she will borrow from the home page.
    const phone = await signedInPage(browser, server.url, colleague.login, { width: 390, height: 844 });
    const showcase = phone.page.getByRole('region', { name: 'Showcase' });
    const item = showcase.getByRole('listitem').filter({ hasText: 'Drones over the fields' });
    await item.getByRole('heading', { name: 'Drones over the fields' }).waitFor();
    await item
      .getByText(`Presented by ${presenter.person.user.displayName} (${net.schools[0].name})`, { exact: false })
      .waitFor();
    await item.getByRole('radio', { name: 'What I will borrow' }).check();
    const borrow = 'The four-corners hook: I will use it for our grazing question.';
    await item.getByRole('textbox', { name: 'What I will borrow' }).fill(borrow);
    const send = item.getByRole('button', { name: 'Send response' });
    expect((await send.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await send.click();
    await item
      .getByRole('region', { name: 'What I will borrow: Drones over the fields' })
      .getByText(borrow, { exact: false })
      .waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // She shares a reflection of her own: the newest item.
    await server.gql(
      `mutation($i: AddToShowcaseInput!) { addToShowcase(input: $i) { id } }`,
      {
        i: {
          networkId: net.network.id,
          kind: 'REFLECTION',
          title: 'Our first exchange',
          body: 'What two schools learned reviewing each other.',
        },
      },
      { token: await signIn(server, colleague.login) },
    );

    // The presenter reads the response; they may not respond to their own item.
    await author.page.goto(`${server.url}/n/${slug}`);
    const mine = author.page
      .getByRole('region', { name: 'Showcase' })
      .getByRole('listitem')
      .filter({ hasText: 'Drones over the fields' });
    await mine.getByText(`“${borrow}” — Ivy Brennan (${net.schools[1].name})`).waitFor();
    expect(await mine.getByRole('button', { name: 'Send response' }).count()).toBe(0);

    // The coordinator features it, and it shows first on the home page.
    const coord = await signedInPage(browser, server.url, coordinator.login);
    const list = coord.page.getByRole('list', { name: 'Showcase' });
    await list.getByRole('heading', { name: 'Our first exchange' }).waitFor();
    const headings = list.getByRole('heading', { level: 3 });
    expect(await headings.first().textContent()).toBe('Our first exchange');
    const feature = list
      .getByRole('listitem')
      .filter({ hasText: 'Drones over the fields' })
      .getByRole('button', { name: 'Feature' });
    await feature.click();
    await coord.page.getByText('Featured: it shows first.').waitFor();
    await list.getByRole('listitem').first().getByText('Featured', { exact: true }).waitFor();
    expect(await headings.first().textContent()).toBe('Drones over the fields');
    await phone.close();
    await author.close();
    await coord.close();
  }, 150_000);
});
