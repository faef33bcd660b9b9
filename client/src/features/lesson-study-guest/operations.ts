import { graphql } from '../../gql';

export const GuestLessonStudyQuery = graphql(`
  query GuestLessonStudy($id: ID!) {
    lessonStudy(id: $id) {
      ...LessonStudyFields
      networkName
    }
  }
`);

export const MyGuestLessonStudiesQuery = graphql(`
  query MyGuestLessonStudies {
    myGuestLessonStudies {
      id
      title
      phase
      networkName
    }
  }
`);
