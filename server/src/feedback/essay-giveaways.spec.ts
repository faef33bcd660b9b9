import { describe, expect, it } from '@jest/globals';
import { findGiveaways, giveawaySentence, type WriterIdentity } from './essay-giveaways.js';

const maya: WriterIdentity = {
  schoolName: 'Lyle High School',
  locality: 'Lyle',
  displayName: 'Maya Redhorse',
  username: 'lyle.student3',
};

describe('findGiveaways', () => {
  it('finds the school and town named in the essay, whole words and any case', () => {
    expect(findGiveaways('At LYLE, videos freeze every afternoon.', maya)).toEqual([
      { kind: 'SCHOOL', phrase: 'LYLE' },
    ]);
    expect(findGiveaways('Our school, Lyle High School, has slow internet.', maya)).toEqual([
      { kind: 'SCHOOL', phrase: 'Lyle High School' },
    ]);
  });

  it('finds the writer by first name, last name or username, once each', () => {
    const found = findGiveaways('My name is maya. Maya Redhorse thinks so; ask lyle.student3.', maya);
    expect(found.map((f) => f.phrase)).toEqual(['maya', 'Maya Redhorse', 'lyle.student3']);
    expect(found.every((f) => f.kind === 'NAME' || f.phrase === 'lyle.student3')).toBe(true);
  });

  it('ignores parts of other words and common words of the names', () => {
    expect(findGiveaways('Lyleton and Mayan ruins; the high school is far from town.', maya)).toEqual([]);
    const town: WriterIdentity = {
      schoolName: 'Copper River School',
      locality: 'Town 1',
      displayName: 'Will Grace',
      username: null,
    };
    expect(findGiveaways('The river will rise; our town is small; grace matters.', town)).toEqual([]);
    expect(findGiveaways('We fish the Copper  River every June.', town)).toEqual([
      { kind: 'SCHOOL', phrase: 'Copper  River' },
    ]);
  });

  it('tells the student in one sentence what the essay names', () => {
    const found = findGiveaways('At Lyle, Maya says hi.', maya);
    expect(giveawaySentence(found)).toBe('Your essay names your school (“Lyle”) and you (“Maya”)');
  });
});
