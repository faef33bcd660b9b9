import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { School } from '../../server/src/networks/school.entity.js';
import { createNetwork, createPerson, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const FIELDS = 'id networkId name state locality timeZone';
const CREATE = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { ${FIELDS} } }`;
const SCHOOLS = `query($slug: String!) { network(slug: $slug) { id schools { ${FIELDS} } } }`;

interface SchoolRow {
  id: string;
  networkId: string;
  name: string;
  state: string;
  locality: string;
  timeZone: string;
}

describe('schools', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const create = (token: string, input: Record<string, unknown>) =>
    server.gql<{ createSchool: SchoolRow }>(CREATE, { input }, { token });
  const update = (token: string, input: Record<string, unknown>) =>
    server.gql<{ updateSchool: SchoolRow }>(UPDATE, { input }, { token });
  const schoolsOf = async (net: TestNetwork, token: string) =>
    (await server.gql<{ network: { schools: SchoolRow[] } }>(SCHOOLS, { slug: net.network.slug }, { token })).data
      ?.network.schools;

  async function coordinatorToken(net: TestNetwork) {
    return signIn(server, (await createPerson(server.db, net, 'COORDINATOR')).login);
  }

  const valid = (net: TestNetwork) => ({
    networkId: net.network.id,
    name: `Yakutat School ${randomUUID().slice(0, 6)}`,
    state: 'AK',
    locality: 'Yakutat',
    timeZone: 'America/Yakutat',
  });

  it('coordinator-creates-and-updates-a-school-and-the-network-lists-it', async () => {
    const net = await createNetwork(server.db, 1);
    const token = await coordinatorToken(net);
    const input = {
      ...valid(net),
      name: '  Big Sky High ',
      state: 'mt',
      locality: ' Ennis ',
      timeZone: 'America/Denver',
    };

    const created = await create(token, input);
    expect(created.errors).toBeUndefined();
    const school = created.data!.createSchool;
    expect(school).toMatchObject({
      networkId: net.network.id,
      name: 'Big Sky High',
      state: 'MT',
      locality: 'Ennis',
      timeZone: 'America/Denver',
    });
    expect((await schoolsOf(net, token))?.map((s) => s.name)).toEqual(['Big Sky High', net.schools[0].name]);

    const updated = await update(token, {
      id: school.id,
      name: 'Big Sky Secondary',
      state: 'wy',
      locality: 'Jackson',
      timeZone: 'America/Boise',
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateSchool).toEqual({
      id: school.id,
      networkId: net.network.id,
      name: 'Big Sky Secondary',
      state: 'WY',
      locality: 'Jackson',
      timeZone: 'America/Boise',
    });
    // Fields left out stay as they are.
    const partial = await update(token, { id: school.id, locality: 'Wilson' });
    expect(partial.data?.updateSchool).toMatchObject({ name: 'Big Sky Secondary', state: 'WY', locality: 'Wilson' });

    const listed = (await schoolsOf(net, token))?.find((s) => s.id === school.id);
    expect(listed).toMatchObject({
      name: 'Big Sky Secondary',
      state: 'WY',
      locality: 'Wilson',
      timeZone: 'America/Boise',
    });
    const audit = await server.db.getRepository(AuditEvent).findBy({ targetId: school.id });
    expect(audit.map((a) => a.action).sort()).toEqual(['school.create', 'school.update', 'school.update']);
  });

  it('every-member-sees-the-schools-of-their-network', async () => {
    const net = await createNetwork(server.db, 2);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');
    for (const person of [teacher, student]) {
      const schools = await schoolsOf(net, await signIn(server, person.login));
      expect(schools?.map((s) => s.id).sort()).toEqual(net.schools.map((s) => s.id).sort());
    }
  });

  it('teacher-cannot-create-or-update-schools', async () => {
    const net = await createNetwork(server.db, 1);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const principal = await createPerson(server.db, net, 'ADMINISTRATOR');
    for (const person of [teacher, principal]) {
      const token = await signIn(server, person.login);
      const input = valid(net);
      const created = await create(token, input);
      expect(errorCode(created)).toBe('FORBIDDEN');
      expect(created.errors?.[0].message).toMatch(/coordinator/);
      expect(await server.db.getRepository(School).countBy({ name: input.name })).toBe(0);

      const updated = await update(token, { id: net.schools[0].id, name: 'Renamed by a teacher' });
      expect(errorCode(updated)).toBe('FORBIDDEN');
    }
    expect((await server.db.getRepository(School).findOneByOrFail({ id: net.schools[0].id })).name).toBe(
      net.schools[0].name,
    );
  });

  it('coordinator-of-another-network-cannot-update-or-add-to-it', async () => {
    const a = await createNetwork(server.db, 1);
    const b = await createNetwork(server.db, 1);
    const tokenB = await coordinatorToken(b);

    const updated = await update(tokenB, { id: a.schools[0].id, name: 'Taken over' });
    expect(errorCode(updated)).toBe('NOT_FOUND');
    expect(JSON.stringify(updated)).not.toContain(a.schools[0].name);
    const created = await create(tokenB, valid(a));
    expect(errorCode(created)).toBe('NOT_FOUND');
    expect(errorCode(await update(tokenB, { id: randomUUID(), name: 'Nowhere' }))).toBe('NOT_FOUND');

    expect(await server.db.getRepository(School).countBy({ networkId: a.network.id })).toBe(1);
    expect((await server.db.getRepository(School).findOneByOrFail({ id: a.schools[0].id })).name).toBe(
      a.schools[0].name,
    );
  });

  it('bad-state-time-zone-and-name-give-field-errors', async () => {
    const net = await createNetwork(server.db, 1);
    const token = await coordinatorToken(net);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ state: 'XX' }, 'state', /two-letter code/],
      [{ state: 'Alaska' }, 'state', /two-letter code/],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone', /time zone/],
      [{ timeZone: '' }, 'timeZone', /time zone/],
      [{ name: '' }, 'name', /required/],
      [{ name: '    ' }, 'name', /required/],
      [{ name: 'x'.repeat(500) }, 'name', /at most 120/],
      [{ locality: '' }, 'locality', /required/],
    ];
    for (const [change, field, message] of cases) {
      const created = await create(token, { ...valid(net), ...change });
      expect(errorCode(created)).toBe('BAD_USER_INPUT');
      expect(created.errors?.[0].extensions?.fieldErrors).toEqual({ [field]: expect.stringMatching(message) });

      const updated = await update(token, { id: net.schools[0].id, ...change });
      expect(errorCode(updated)).toBe('BAD_USER_INPUT');
      expect(updated.errors?.[0].extensions?.fieldErrors).toEqual({ [field]: expect.stringMatching(message) });
    }
    const all = await create(token, { networkId: net.network.id, name: '', state: 'XX', locality: '', timeZone: 'x' });
    expect(Object.keys(all.errors?.[0].extensions?.fieldErrors ?? {}).sort()).toEqual([
      'locality',
      'name',
      'state',
      'timeZone',
    ]);
    expect(await server.db.getRepository(School).countBy({ networkId: net.network.id })).toBe(1);
    expect(await server.db.getRepository(School).findOneByOrFail({ id: net.schools[0].id })).toMatchObject({
      name: net.schools[0].name,
      state: net.schools[0].state,
      timeZone: net.schools[0].timeZone,
    });
  });

  it('explicit-nulls-in-an-update-leave-the-school-unchanged', async () => {
    const net = await createNetwork(server.db, 1);
    const token = await coordinatorToken(net);
    const school = net.schools[0];
    const res = await update(token, { id: school.id, name: null, state: null, locality: null, timeZone: null });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateSchool).toMatchObject({
      name: school.name,
      state: school.state,
      locality: school.locality,
      timeZone: school.timeZone,
    });
  });

  it('duplicate-name-in-a-network-is-a-conflict-but-another-network-may-use-it', async () => {
    const a = await createNetwork(server.db, 1);
    const b = await createNetwork(server.db, 1);
    const tokenA = await coordinatorToken(a);
    const tokenB = await coordinatorToken(b);
    const name = `Glennallen School ${randomUUID().slice(0, 6)}`;

    expect((await create(tokenA, { ...valid(a), name })).errors).toBeUndefined();
    const duplicate = await create(tokenA, { ...valid(a), name: ` ${name} ` });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors?.[0].extensions?.fieldErrors).toEqual({ name: expect.stringMatching(/already exists/) });

    // Renaming another school to the taken name is refused too.
    const rename = await update(tokenA, { id: a.schools[0].id, name });
    expect(errorCode(rename)).toBe('CONFLICT');
    expect(rename.errors?.[0].extensions?.fieldErrors).toHaveProperty('name');

    const elsewhere = await create(tokenB, { ...valid(b), name });
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data?.createSchool).toMatchObject({ name, networkId: b.network.id });
    expect(await server.db.getRepository(School).countBy({ name })).toBe(2);
  });
});
