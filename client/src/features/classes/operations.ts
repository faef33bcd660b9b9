import { graphql } from '../../gql';

/** Classes of a student (no join codes: only teachers may see those). */
export const StudentClassesQuery = graphql(`
  query StudentClasses($networkId: ID!) {
    myClasses(networkId: $networkId) {
      id
      name
      subject
      gradeLevel
      school {
        id
        name
      }
      teacher {
        id
        displayName
      }
    }
  }
`);

/** Classes the viewer teaches, with their join codes. */
export const TeacherClassesQuery = graphql(`
  query TeacherClasses($networkId: ID!) {
    myClasses(networkId: $networkId) {
      id
      name
      subject
      gradeLevel
      joinCode
      createdAt
      teacherId
    }
  }
`);

export const CreateClassMutation = graphql(`
  mutation CreateClass($input: CreateClassInput!) {
    createClass(input: $input) {
      id
      name
      subject
      gradeLevel
      joinCode
      createdAt
      teacherId
    }
  }
`);

export const ClassRosterQuery = graphql(`
  query ClassRoster($classId: ID!) {
    classRoster(classId: $classId) {
      studentId
      displayName
      username
      joinedAt
    }
  }
`);

export const ResetStudentPasswordMutation = graphql(`
  mutation ResetStudentPassword($input: ResetStudentPasswordInput!) {
    resetStudentPassword(input: $input)
  }
`);

export const RemoveStudentMutation = graphql(`
  mutation RemoveStudent($input: RemoveStudentInput!) {
    removeStudent(input: $input) {
      accessEnded
      message
    }
  }
`);
