/**
 * A stand-in media owner for 'LESSON_STUDY' while the lesson-study feature is built beside media
 * (issue 14): it grants what each test says, nothing else. Registered on the app's MediaOwners only
 * when the real owner is not; once lesson studies register theirs, switch these tests to it.
 */
import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { MediaOwners, type MediaAccess, type MediaOwner } from '../../server/src/media/media-owners.js';

interface FakeLesson {
  networkId: string;
  uploaders: Set<string>;
  viewers: Set<string>;
  closedAt: Date | null;
}

export class FakeLessonOwner implements MediaOwner {
  private readonly lessons = new Map<string, FakeLesson>();

  /** A lesson of the network: `uploaders` may upload and watch, `viewers` may watch. */
  add(networkId: string, people: { uploaders: string[]; viewers?: string[] }): string {
    const id = randomUUID();
    this.lessons.set(id, {
      networkId,
      uploaders: new Set(people.uploaders),
      viewers: new Set([...people.uploaders, ...(people.viewers ?? [])]),
      closedAt: null,
    });
    return id;
  }

  close(id: string, at: Date): void {
    this.lessons.get(id)!.closedAt = at;
  }

  access(userId: string, ownerId: string): Promise<MediaAccess | null> {
    const l = this.lessons.get(ownerId);
    if (!l || !l.viewers.has(userId)) return Promise.resolve(null);
    return Promise.resolve({ networkId: l.networkId, upload: l.uploaders.has(userId), view: true });
  }

  closedAt(ownerId: string): Promise<Date | null> {
    return Promise.resolve(this.lessons.get(ownerId)?.closedAt ?? null);
  }

  participants(ownerId: string): Promise<string[]> {
    return Promise.resolve([...(this.lessons.get(ownerId)?.viewers ?? [])]);
  }
}

/** Registers a fake LESSON_STUDY owner on the running app (only if the real one is not registered). */
export function useFakeLessonOwner(app: NestExpressApplication): FakeLessonOwner {
  const owners = app.get(MediaOwners, { strict: false });
  if (owners.owner('LESSON_STUDY'))
    throw new Error('Lesson studies register their media owner now: switch this test to real lesson studies.');
  const fake = new FakeLessonOwner();
  owners.register('LESSON_STUDY', fake);
  return fake;
}
