import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { User } from '../../auth/user.entity.js';
import { RosterImportService } from './roster-import.service.js';
import {
  ApplyRosterImportInput,
  RosterImportInput,
  RosterImportPreview,
  RosterImportResult,
} from './dto/roster-import.types.js';

@Resolver()
export class RosterImportResolver {
  constructor(private readonly imports: RosterImportService) {}

  @Mutation(() => RosterImportPreview, {
    description: 'A dry run of a OneRoster CSV import: what would change, and the rows refused. Writes nothing.',
  })
  previewRosterImport(
    @CurrentUser() user: User,
    @Args('input') input: RosterImportInput,
  ): Promise<RosterImportPreview> {
    return this.imports.preview(user.id, input);
  }

  @Mutation(() => RosterImportResult, {
    description: 'Applies the previewed OneRoster import in one transaction (removals only when asked).',
  })
  applyRosterImport(
    @CurrentUser() user: User,
    @Args('input') input: ApplyRosterImportInput,
  ): Promise<RosterImportResult> {
    return this.imports.apply(user.id, input);
  }
}
