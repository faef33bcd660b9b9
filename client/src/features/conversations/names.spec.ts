import { describe, expect, it } from '@jest/globals';
import { conversationName, othersWithSchools } from './names';

const person = (id: string, displayName: string, school: string | null) => ({
  id: `m-${id}`,
  user: { id, displayName },
  school: school ? { id: `s-${id}`, name: school } : null,
});

describe('conversation names', () => {
  const participants = [
    person('me', 'Owen Tsosie', 'Paisley School'),
    person('eli', 'Eli Johansen', 'Copper River School'),
    person('cora', 'Cora Coordinator', null),
  ];

  it('names a conversation by its title, else by the others in it', () => {
    expect(conversationName({ title: 'Science job-alikes', participants }, 'me')).toBe('Science job-alikes');
    expect(conversationName({ title: null, participants }, 'me')).toBe('Eli Johansen, Cora Coordinator');
    expect(conversationName({ title: null, participants: participants.slice(0, 1) }, 'me')).toBe('Just you');
  });

  it('lists the others with their schools, leaving the viewer out', () => {
    expect(othersWithSchools({ participants }, 'me')).toBe('Eli Johansen (Copper River School), Cora Coordinator');
  });
});
