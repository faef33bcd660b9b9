import { graphql } from '../../gql';

export const ObservationNoteFields = graphql(`
  fragment ObservationNoteFields on ObservationNote {
    id
    mediaId
    atSeconds
    observedAt
    lookForId
    studentGroup
    body
    mine
    author {
      id
      user {
        id
        displayName
      }
      school {
        id
        name
      }
    }
  }
`);

export const ObservationNotesQuery = graphql(`
  query ObservationNotes($ownerKind: ObservationOwnerKind!, $ownerId: ID!, $round: Int) {
    observationNotes(ownerKind: $ownerKind, ownerId: $ownerId, round: $round) {
      seesEveryone
      notes {
        ...ObservationNoteFields
      }
    }
  }
`);

export const AddObservationNoteMutation = graphql(`
  mutation AddObservationNote($input: AddObservationNoteInput!) {
    addObservationNote(input: $input) {
      ...ObservationNoteFields
    }
  }
`);

export const DeleteObservationNoteMutation = graphql(`
  mutation DeleteObservationNote($id: ID!) {
    deleteObservationNote(id: $id)
  }
`);

export const UpdateObservationNoteMutation = graphql(`
  mutation UpdateObservationNote($input: UpdateObservationNoteInput!) {
    updateObservationNote(input: $input) {
      ...ObservationNoteFields
    }
  }
`);
