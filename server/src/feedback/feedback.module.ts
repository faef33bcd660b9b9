import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module.js';
import { AccessModule } from '../networks/access.module.js';
import { RubricsResolver } from './rubrics.resolver.js';
import { RubricsService } from './rubrics.service.js';

/** Cross-school student peer feedback: rubrics (exchanges, reviews and moderation to come). */
@Module({
  imports: [AccessModule, GroupsModule],
  providers: [RubricsService, RubricsResolver],
  exports: [RubricsService],
})
export class FeedbackModule {}
