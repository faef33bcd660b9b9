import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/current-user.decorator.js';
import type { User } from '../auth/user.entity.js';
import { CreateSchoolInput, UpdateSchoolInput } from './dto/school.input.js';
import { School } from './school.entity.js';
import { SchoolsService } from './schools.service.js';

@Resolver(() => School)
export class SchoolsResolver {
  constructor(private readonly schools: SchoolsService) {}

  @Mutation(() => School, { description: 'Coordinators add a school to their network.' })
  createSchool(@CurrentUser() user: User, @Args('input') input: CreateSchoolInput): Promise<School> {
    return this.schools.create(user.id, input);
  }

  @Mutation(() => School)
  updateSchool(@CurrentUser() user: User, @Args('input') input: UpdateSchoolInput): Promise<School> {
    return this.schools.update(user.id, input);
  }
}
