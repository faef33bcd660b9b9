import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/current-user.decorator.js';
import { User } from '../auth/user.entity.js';
import { StudentDataArgs, StudentDataSummary } from './dto/student-data.types.js';
import { StudentDeletionService } from './student-deletion.service.js';

@Resolver()
export class StudentDataResolver {
  constructor(private readonly deletion: StudentDeletionService) {}

  @Query(() => StudentDataSummary, {
    description: "What deleting a student's data would delete, for their principal or a network coordinator.",
  })
  studentDataSummary(@CurrentUser() user: User, @Args() args: StudentDataArgs): Promise<StudentDataSummary> {
    return this.deletion.summary(user.id, args.networkId, args.studentId);
  }

  @Mutation(() => StudentDataSummary, {
    description:
      "Deletes a student's data in this network (see docs/student-data.md); reviews they wrote that others read stay, anonymous. Returns what was deleted.",
  })
  deleteStudentData(@CurrentUser() user: User, @Args() args: StudentDataArgs): Promise<StudentDataSummary> {
    return this.deletion.delete(user.id, args.networkId, args.studentId);
  }
}
