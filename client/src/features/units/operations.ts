import { graphql } from '../../gql';

export const UnitCardFields = graphql(`
  fragment UnitCardFields on Unit {
    id
    groupId
    title
    subject
    gradeBand
    summary
    status
    publishedAt
    updatedAt
    forkedFrom {
      id
      title
      groupName
      byline
    }
  }
`);

export const UnitSectionFields = graphql(`
  fragment UnitSectionFields on UnitSectionContent {
    id
    title
    stage
    html
  }
`);

export const UnitReviewFields = graphql(`
  fragment UnitReviewFields on UnitReview {
    id
    unitId
    stage
    reflection
    createdAt
    closedAt
    friends {
      id
      displayName
    }
  }
`);

export const UnitVersionFields = graphql(`
  fragment UnitVersionFields on UnitVersion {
    id
    unitId
    number
    note
    createdAt
    createdBy {
      id
      displayName
    }
  }
`);

/**
 * The unit page: details, who wrote it, the viewer's access, the review in progress and the text as
 * HTML (in the same request: one round trip to show the unit, without the editor's code).
 */
export const UnitPageQuery = graphql(`
  query UnitPage($id: ID!) {
    unit(id: $id) {
      ...UnitCardFields
      networkId
      documentId
      forkedFromId
      createdAt
      viewerAccess
      viewerCanComment
      group {
        id
        name
        archivedAt
        viewerMember {
          id
          status
        }
      }
      contributors {
        edits
        lastEditedAt
        user {
          id
          displayName
        }
        school {
          id
          name
        }
      }
      currentReview {
        ...UnitReviewFields
      }
      sections {
        ...UnitSectionFields
      }
      draftChanged
      latestVersion {
        ...UnitVersionFields
      }
      forkedFromVersion {
        ...UnitVersionFields
      }
      upstreamVersions {
        ...UnitVersionFields
      }
    }
  }
`);

export const UnitCommentFields = graphql(`
  fragment UnitCommentFields on UnitComment {
    id
    unitId
    sectionId
    kind
    body
    reviewId
    resolvedAt
    createdAt
    author {
      id
      displayName
    }
  }
`);

export const UnitCommentsQuery = graphql(`
  query UnitComments($id: ID!) {
    unit(id: $id) {
      id
      comments(includeResolved: true) {
        ...UnitCommentFields
      }
    }
  }
`);

export const UnitRevisionsQuery = graphql(`
  query UnitRevisions($id: ID!) {
    unit(id: $id) {
      id
      revisions {
        id
        name
        createdAt
        createdBy {
          id
          displayName
        }
      }
    }
  }
`);

export const UnitRevisionQuery = graphql(`
  query UnitRevision($id: ID!) {
    unitRevision(id: $id) {
      id
      unitId
      name
      createdAt
      createdBy {
        id
        displayName
      }
      sections {
        ...UnitSectionFields
      }
    }
  }
`);

/** The print view: everything about the unit, with its sections as HTML. */
export const UnitPrintQuery = graphql(`
  query UnitPrint($id: ID!) {
    unit(id: $id) {
      ...UnitCardFields
      createdAt
      group {
        id
        name
      }
      contributors {
        user {
          id
          displayName
        }
        school {
          id
          name
        }
      }
      sections {
        ...UnitSectionFields
      }
    }
  }
`);

export const GroupUnitsQuery = graphql(`
  query GroupUnits($groupId: ID!) {
    units(groupId: $groupId) {
      ...UnitCardFields
    }
  }
`);

export const LibraryQuery = graphql(`
  query Library($networkId: ID!, $search: String, $subject: String, $gradeBand: String, $first: Int, $after: String) {
    library(
      networkId: $networkId
      search: $search
      subject: $subject
      gradeBand: $gradeBand
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...UnitCardFields
        group {
          id
          name
        }
        latestVersion {
          id
          number
          createdAt
        }
      }
    }
  }
`);

/** Groups the viewer writes in, to fork a unit into. */
export const MyUnitGroupsQuery = graphql(`
  query MyUnitGroups($networkId: ID!) {
    groups(networkId: $networkId, filter: { mine: true }, first: 100) {
      nodes {
        id
        name
        archivedAt
        viewerMember {
          id
          status
        }
      }
    }
  }
`);

/** Adults of the network to name as critical friends. */

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      ...UnitCardFields
    }
  }
`);

export const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      ...UnitCardFields
    }
  }
`);

export const SaveUnitRevisionMutation = graphql(`
  mutation SaveUnitRevision($unitId: ID!, $name: String!) {
    saveUnitRevision(unitId: $unitId, name: $name) {
      id
      name
      createdAt
    }
  }
`);

export const RestoreUnitRevisionMutation = graphql(`
  mutation RestoreUnitRevision($revisionId: ID!) {
    restoreUnitRevision(revisionId: $revisionId) {
      id
      updatedAt
    }
  }
`);

export const AddUnitCommentMutation = graphql(`
  mutation AddUnitComment($input: AddUnitCommentInput!) {
    addUnitComment(input: $input) {
      ...UnitCommentFields
    }
  }
`);

export const ResolveUnitCommentMutation = graphql(`
  mutation ResolveUnitComment($commentId: ID!) {
    resolveUnitComment(commentId: $commentId) {
      ...UnitCommentFields
    }
  }
`);

export const StartUnitReviewMutation = graphql(`
  mutation StartUnitReview($input: StartUnitReviewInput!) {
    startUnitReview(input: $input) {
      ...UnitReviewFields
    }
  }
`);

export const AdvanceUnitReviewMutation = graphql(`
  mutation AdvanceUnitReview($unitId: ID!, $reflection: String) {
    advanceUnitReview(unitId: $unitId, reflection: $reflection) {
      ...UnitReviewFields
    }
  }
`);

export const PublishUnitMutation = graphql(`
  mutation PublishUnit($unitId: ID!) {
    publishUnit(unitId: $unitId) {
      id
      status
      publishedAt
    }
  }
`);

export const ArchiveUnitMutation = graphql(`
  mutation ArchiveUnit($unitId: ID!) {
    archiveUnit(unitId: $unitId) {
      id
      status
    }
  }
`);

export const ForkUnitMutation = graphql(`
  mutation ForkUnit($unitId: ID!, $groupId: ID!, $title: String!) {
    forkUnit(unitId: $unitId, groupId: $groupId, title: $title) {
      ...UnitCardFields
    }
  }
`);

/** A unit's published versions, newest first (readers browse and compare them). */
export const UnitVersionsQuery = graphql(`
  query UnitVersions($id: ID!) {
    unit(id: $id) {
      id
      versions {
        ...UnitVersionFields
      }
    }
  }
`);

export const UnitVersionQuery = graphql(`
  query UnitVersion($id: ID!) {
    unitVersion(id: $id) {
      ...UnitVersionFields
      sections {
        ...UnitSectionFields
      }
    }
  }
`);

export const CompareUnitVersionsQuery = graphql(`
  query CompareUnitVersions($from: ID!, $to: ID!) {
    compareUnitVersions(fromVersionId: $from, toVersionId: $to) {
      id
      title
      changed
      changes {
        kind
        text
      }
    }
  }
`);

/** Whether the authors' draft differs from the latest version now (asked when they go to publish). */
export const UnitDraftChangedQuery = graphql(`
  query UnitDraftChanged($id: ID!) {
    unit(id: $id) {
      id
      draftChanged
    }
  }
`);

export const PublishUnitChangesMutation = graphql(`
  mutation PublishUnitChanges($unitId: ID!, $note: String!) {
    publishUnitChanges(unitId: $unitId, note: $note) {
      ...UnitVersionFields
    }
  }
`);
