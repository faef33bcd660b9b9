import { Injectable, Logger } from '@nestjs/common';
import { DebriefLiveEvent, type DebriefChangedPayload } from '@switchback/shared';
import { LivePublisher } from '../../live/live-publisher.service.js';
import { LessonStudyPort } from './lesson-study-port.js';

/**
 * Tells the cycle's participants, on their open pages, that its debrief changed. The event carries
 * only the cycle's id: the page asks again, through the access kernel, for what it may see.
 */
@Injectable()
export class DebriefLive {
  private readonly logger = new Logger('DebriefLive');

  constructor(
    private readonly live: LivePublisher,
    private readonly cycles: LessonStudyPort,
  ) {}

  /** After a committed change; never fails the change it follows. */
  async changed(lessonStudyId: string): Promise<void> {
    try {
      const payload: DebriefChangedPayload = { lessonStudyId };
      for (const userId of await this.cycles.participantIds(lessonStudyId))
        this.live.toUser(userId, DebriefLiveEvent.Changed, payload);
    } catch (err) {
      this.logger.warn(`Could not announce a debrief change: ${(err as Error).message}`);
    }
  }
}
