import { graphql } from '../../gql';

export const RecordingsQuery = graphql(`
  query Recordings($ownerKind: ObservationOwnerKind!, $ownerId: ID!) {
    recordings(ownerKind: $ownerKind, ownerId: $ownerId) {
      id
      filename
      sizeBytes
      durationSeconds
      hasLowRendition
      status
      uploadedByName
      mine
      createdAt
      deletesAt
    }
  }
`);

export const DeleteRecordingMutation = graphql(`
  mutation DeleteRecording($id: ID!) {
    deleteRecording(id: $id)
  }
`);
