import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { zipSync, strToU8 } from 'fflate';
import { filesFromList, filesFromZip, gradeLevel, parseRoster, type RosterFiles } from './oneroster-csv.js';
import { planImport, usernameBase } from './oneroster-plan.js';
import type { World } from './oneroster-plan.types.js';

const FIXTURES = path.resolve(process.cwd(), 'test/fixtures/oneroster');
const fixture = (set: string): RosterFiles =>
  filesFromList(
    readdirSync(path.join(FIXTURES, set)).map((name) => ({
      name,
      content: readFileSync(path.join(FIXTURES, set, name), 'utf8'),
    })),
  );

const emptyWorld = (): World => ({
  links: new Map(),
  schools: [],
  classes: new Map(),
  people: new Map(),
  emails: new Map(),
  memberships: new Map(),
  studentUsernames: new Map(),
  takenUsernames: new Set(),
  enrollments: new Map(),
  enrolled: new Set(),
  newSchool: { state: 'WA', timeZone: 'America/Los_Angeles' },
});

const actions = (items: { action: string }[]) => items.map((i) => i.action).join(',');

describe('OneRoster CSV parser', () => {
  it('reads a 1.2 export: roles from roles.csv, subjects from courses.csv, grades as K–12', () => {
    const parsed = parseRoster(fixture('initial'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.orgs.map((o) => o.type)).toEqual(['district', 'school', 'school']);
    expect(parsed.users.find((u) => u.sourcedId === 't-1')).toMatchObject({
      role: 'teacher',
      email: 'ana.reyes@lakeview.example',
      orgSourcedIds: ['org-hs'],
    });
    expect(parsed.classes[0]).toMatchObject({
      title: 'English 10 - Period 2',
      subject: 'English Language Arts',
      grade: '10',
    });
    expect(parsed.classes[1]).toMatchObject({ subject: 'Science', grade: '7' });
    expect(parsed.modes.enrollments).toBe('bulk');
  });

  it('reads 1.1 users.csv with role and orgSourcedIds columns when there is no roles.csv', () => {
    const files = filesFromList([
      { name: 'orgs.csv', content: 'sourcedId,status,dateLastModified,name,type\no1,,,North School,school\n' },
      {
        name: 'users.csv',
        content:
          'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email\n' +
          'u1,,,true,o1,teacher,t@n.example,,Tess,North,,,T@N.example\n',
      },
      { name: 'classes.csv', content: 'sourcedId,title,schoolSourcedId\n' },
      { name: 'enrollments.csv', content: 'sourcedId,classSourcedId,userSourcedId,role\n' },
    ]);
    const parsed = parseRoster(files);
    expect(parsed.errors).toEqual([]);
    expect(parsed.users[0]).toMatchObject({ role: 'teacher', orgSourcedIds: ['o1'], email: 't@n.example' });
  });

  it('refuses rows with row-level errors: bad role, unknown org, duplicate sourcedId', () => {
    const plan = planImport(parseRoster(fixture('malformed')), emptyWorld());
    expect(plan.errors).toEqual([
      expect.objectContaining({
        file: 'roles.csv',
        row: 3,
        column: 'role',
        message: expect.stringContaining('"techer"'),
      }),
      expect.objectContaining({
        file: 'users.csv',
        row: 9,
        column: 'sourcedId',
        message: expect.stringContaining('row 5'),
      }),
      expect.objectContaining({
        file: 'roles.csv',
        row: 7,
        column: 'orgSourcedId',
        message: expect.stringContaining('org-nowhere'),
      }),
      expect.objectContaining({ file: 'classes.csv', row: 3, message: expect.stringContaining('was refused') }),
      expect.objectContaining({ file: 'enrollments.csv', row: 7, column: 'classSourcedId' }),
    ]);
    // The good rows still go in.
    expect(plan.students.map((s) => s.sourcedId)).toEqual(['s-1', 's-2', 's-3']);
    expect(plan.classes.map((c) => c.sourcedId)).toEqual(['cl-ela10']);
  });

  it('refuses a whole file with a missing column, naming the column on row 1', () => {
    const parsed = parseRoster(fixture('missing-column'));
    expect(parsed.errors).toEqual([
      expect.objectContaining({ file: 'classes.csv', row: 1, column: 'schoolSourcedId' }),
    ]);
    expect(parsed.classes).toEqual([]);
  });

  it('says which file is missing and refuses CSV it cannot read', () => {
    const files = fixture('initial');
    files.delete('enrollments.csv');
    files.set('orgs.csv', 'sourcedId,name,type\n"o1,North,school\n');
    const parsed = parseRoster(files);
    expect(parsed.errors.map((e) => `${e.file}:${e.row}`)).toEqual(
      expect.arrayContaining(['enrollments.csv:0', 'orgs.csv:2']),
    );
  });

  it('reads a zip of the export, folders and all', () => {
    const entries: Record<string, Uint8Array> = {};
    for (const [name, text] of fixture('initial')) entries[`export/${name}`] = strToU8(text);
    const parsed = parseRoster(filesFromZip(zipSync(entries)));
    expect(parsed.errors).toEqual([]);
    expect(parsed.users).toHaveLength(7);
    expect(() => filesFromZip(strToU8('not a zip'))).toThrow(/could not be opened/);
  });

  it('makes grades and usernames fit Switchback', () => {
    expect(['KG', '01', '12', '13', 'PK'].map(gradeLevel)).toEqual(['K', '1', '12', '', '']);
    expect(usernameBase({ username: 'José.Núñez@school.org', givenName: '', familyName: '', sourcedId: 'x' })).toBe(
      'jose.nunez',
    );
    expect(usernameBase({ username: '', givenName: 'Al', familyName: 'B', sourcedId: 'S-9' })).toBe('al.b');
    expect(usernameBase({ username: '', givenName: '', familyName: '', sourcedId: 'S-9' })).toBe('student.s9');
  });
});

describe('OneRoster import planner', () => {
  it('plans a first import: districts and guardians skipped, classes with their teachers', () => {
    const plan = planImport(parseRoster(fixture('initial')), emptyWorld());
    expect(plan.errors).toEqual([]);
    expect(actions(plan.schools)).toBe('ADD,ADD');
    expect(actions(plan.teachers)).toBe('ADD,ADD');
    expect(plan.students.map((s) => s.username)).toEqual([
      'mlopez.lakeview',
      'nkim.lakeview',
      'ebrooks.lakeview',
      'lchen.lakeview',
    ]);
    expect(plan.classes.map((c) => `${c.name}/${c.teacherSourcedId}`)).toEqual([
      'English 10 - Period 2/t-1',
      'Life Science 7/t-2',
    ]);
    expect(actions(plan.enrollments)).toBe('ADD,ADD,ADD,ADD');
    expect(plan.skipped).toBe(2);
  });

  it('numbers a username that is taken and refuses new schools without a state and time zone', () => {
    const world = { ...emptyWorld(), takenUsernames: new Set(['nkim.lakeview', 'nkim.lakeview2']) };
    const plan = planImport(parseRoster(fixture('initial')), world);
    expect(plan.students[1].username).toBe('nkim.lakeview3');
    const noDefaults = planImport(parseRoster(fixture('initial')), { ...emptyWorld(), newSchool: null });
    expect(noDefaults.errors[0]).toMatchObject({ file: 'orgs.csv', row: 3, message: expect.stringContaining('state') });
  });

  it('matches a school by name and an adult by email, and the digest follows the plan', () => {
    const world = {
      ...emptyWorld(),
      schools: [{ id: 'school-1', name: 'lakeview high school' }],
      emails: new Map([['ana.reyes@lakeview.example', 'user-ana']]),
      people: new Map([
        ['user-ana', { id: 'user-ana', email: 'ana.reyes@lakeview.example', username: null, displayName: 'Ana R.' }],
      ]),
    };
    const parsed = parseRoster(fixture('initial'));
    const plan = planImport(parsed, world);
    expect(plan.schools[0]).toMatchObject({ action: 'MATCH', schoolId: 'school-1' });
    expect(plan.teachers[0]).toMatchObject({ action: 'MATCH', userId: 'user-ana', joinsNetwork: true });
    expect(planImport(parsed, world).digest).toBe(plan.digest);
    expect(planImport(parsed, emptyWorld()).digest).not.toBe(plan.digest);
  });
});
