import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LinkTargets } from '../../links/link-targets.js';
import { LessonStudyAccessService } from './lesson-study-access.service.js';

/** Short links to lesson studies (`/go/lessonStudy/<id>`), for who may see them. */
@Injectable()
export class LessonStudyLinks implements OnModuleInit {
  constructor(
    private readonly links: LinkTargets,
    private readonly access: LessonStudyAccessService,
  ) {}

  onModuleInit(): void {
    this.links.register('lessonStudy', async (userId, id) => {
      const [viewer] = await this.access.viewers(userId, [id]);
      return !viewer || viewer instanceof Error ? null : { networkId: viewer.cycle.networkId, guest: !viewer.me };
    });
  }
}
