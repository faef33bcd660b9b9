import { Module } from '@nestjs/common';
import { LinksController } from './links.controller.js';
import { LinksCoreModule } from './links-core.module.js';
import { LinksService } from './links.service.js';

/** Stable short links (`/go/<kind>/<id>`): the redirecting route; features register their kinds in LinksCoreModule. */
@Module({
  imports: [LinksCoreModule],
  providers: [LinksService],
  controllers: [LinksController],
})
export class LinksModule {}
