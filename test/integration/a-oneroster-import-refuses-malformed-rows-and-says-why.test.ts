/**
 * A OneRoster export with mistakes: each refused row comes back with its file, row, column and a
 * sentence a coordinator can act on (a missing column, a role that is not one, an org nobody has, a
 * sourcedId used twice), the rows that depend on it are refused too, and the good rows still go in.
 * The export can be uploaded as its zip.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { createNetwork, createPerson, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { applyImport, networkCounts, newTag, previewImport, rosterFiles } from '../support/oneroster.js';

describe('OneRoster import of malformed files', () => {
  let server: TestServer;
  let net: TestNetwork;
  let coordinator: string;
  const tag = newTag();

  beforeAll(async () => {
    server = await startServer();
    net = await createNetwork(server.db, 0);
    coordinator = await signIn(server, (await createPerson(server.db, net, 'COORDINATOR')).login);
  });
  afterAll(() => server?.close());

  it('asks for the state and time zone of new schools when the network has none to copy', async () => {
    const res = await previewImport(server, coordinator, {
      networkId: net.network.id,
      files: rosterFiles('initial', tag),
    });
    const orgErrors = res.data!.previewRosterImport.errors.filter((e) => e.file === 'orgs.csv');
    expect(orgErrors).toEqual([
      expect.objectContaining({ row: 3, message: expect.stringContaining('choose the state and time zone') }),
      expect.objectContaining({ row: 4, message: expect.stringContaining('choose the state and time zone') }),
    ]);
  });

  it('reports each refused row with its file, row and column, and imports the good rows', async () => {
    const input = {
      networkId: net.network.id,
      files: rosterFiles('malformed', tag),
      newSchoolState: 'WA',
      newSchoolTimeZone: 'America/Los_Angeles',
    };
    const preview = (await previewImport(server, coordinator, input)).data!.previewRosterImport;
    expect(preview.errors).toEqual([
      {
        file: 'roles.csv',
        row: 3,
        column: 'role',
        message:
          '"techer" is not a OneRoster role. Use student or teacher (other roles such as parent or aide are skipped).',
      },
      {
        file: 'users.csv',
        row: 9,
        column: 'sourcedId',
        message: 'The sourcedId "s-2" is already used on row 5: each record needs its own.',
      },
      {
        file: 'roles.csv',
        row: 7,
        column: 'orgSourcedId',
        message: 'No school with the sourcedId "org-nowhere" in orgs.csv: Liam Chen was left out.',
      },
      {
        file: 'classes.csv',
        row: 3,
        column: null,
        message: 'The teacher of Life Science 7 ("t-2") was refused (see their row), so the class was left out.',
      },
      {
        file: 'enrollments.csv',
        row: 7,
        column: 'classSourcedId',
        message: 'The class "cl-sci7" is not in classes.csv or was refused (see its row).',
      },
    ]);
    const applied = await applyImport(server, coordinator, {
      ...input,
      planDigest: preview.digest,
      applyRemovals: true,
    });
    expect(applied.errors).toBeUndefined();
    expect(await networkCounts(server.db, net.network.id)).toMatchObject({
      schools: 2,
      teachers: 1,
      students: 3,
      classes: 1,
      enrollments: 3,
    });
  });

  it('refuses a file without a required column, naming it', async () => {
    const res = await previewImport(server, coordinator, {
      networkId: net.network.id,
      files: rosterFiles('missing-column', tag),
    });
    const errors = res.data!.previewRosterImport.errors;
    expect(errors[0]).toEqual({
      file: 'classes.csv',
      row: 1,
      column: 'schoolSourcedId',
      message:
        'classes.csv has no "schoolSourcedId" column. Export the file again in OneRoster 1.2 format: every row of this file is refused.',
    });
  });

  it('says when a file is missing or the upload is not a zip', async () => {
    const files = rosterFiles('initial', tag).filter((f) => f.name !== 'users.csv');
    const res = await previewImport(server, coordinator, { networkId: net.network.id, files });
    expect(res.data!.previewRosterImport.errors[0]).toMatchObject({ file: 'users.csv', row: 0 });
    const bad = await previewImport(server, coordinator, {
      networkId: net.network.id,
      zipBase64: Buffer.from('not a zip at all').toString('base64'),
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/zip file could not be opened/);
  });

  it('reads the export uploaded as its zip, and finds what the last import already made', async () => {
    const entries = Object.fromEntries(
      rosterFiles('initial', tag).map((f) => [`oneroster/${f.name}`, strToU8(f.content)]),
    );
    const zipBase64 = Buffer.from(zipSync(entries)).toString('base64');
    const res = await previewImport(server, coordinator, { networkId: net.network.id, zipBase64 });
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewRosterImport;
    expect(preview.errors).toEqual([]);
    // What the malformed import brought in is unchanged; what it refused is added now.
    expect(preview.students).toMatchObject({ add: 1, unchanged: 3 });
    expect(preview.teachers).toMatchObject({ add: 1, unchanged: 1 });
    expect(preview.classes).toMatchObject({ add: 1, unchanged: 1 });
  });
});
