import { graphql } from '../../gql';

export const GroupCardFields = graphql(`
  fragment GroupCardFields on Group {
    id
    name
    description
    focus
    subject
    gradeBand
    role
    primeFocus
    access
    archivedAt
    memberCount
    viewerMember {
      id
      role
      status
    }
  }
`);

export const GroupsQuery = graphql(`
  query Groups($networkId: ID!, $filter: GroupsFilter, $first: Int, $after: String) {
    groups(networkId: $networkId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...GroupCardFields
      }
    }
  }
`);

/** The home page's group sections for teachers and principals. */
export const HomeGroupsQuery = graphql(`
  query HomeGroups($networkId: ID!, $myGroupsFirst: Int) {
    jobAlikes(networkId: $networkId) {
      sharedSubjects
      sharedGradeBands
      member {
        id
        role
        subjects
        gradeLevels
        school {
          id
          name
          state
        }
        user {
          id
          displayName
          email
        }
      }
    }
    suggestedGroups(networkId: $networkId) {
      ...GroupCardFields
    }
    myGroups: groups(networkId: $networkId, filter: { mine: true }, first: $myGroupsFirst) {
      totalCount
      nodes {
        ...GroupCardFields
        lastActivityAt
      }
    }
  }
`);

export const IsolatedMembersQuery = graphql(`
  query IsolatedMembers($networkId: ID!) {
    isolatedMembers(networkId: $networkId) {
      reason
      lastGroupActivityAt
      member {
        id
        role
        subjects
        gradeLevels
        school {
          id
          name
        }
        user {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const PostFields = graphql(`
  fragment PostFields on Post {
    id
    kind
    body
    hidden
    mine
    createdAt
    editedAt
    goalId
    parentId
    author {
      id
      displayName
    }
    links {
      url
      title
    }
    mentions {
      id
      displayName
    }
  }
`);

/** The group page: who is in it and what the viewer may do (readable by every adult of the network). */
export const GroupPageQuery = graphql(`
  query GroupPage($id: ID!) {
    group(id: $id) {
      ...GroupCardFields
      networkId
      createdAt
      lastActivityAt
      canReadStream
      members {
        id
        role
        status
        userId
        user {
          id
          displayName
        }
        member {
          id
          role
          subjects
          school {
            id
            name
          }
        }
      }
      pendingRequests {
        id
        userId
        createdAt
        user {
          id
          displayName
        }
        member {
          id
          role
          subjects
          school {
            id
            name
          }
        }
      }
    }
  }
`);

/** What only readers of the stream see: goals, posts with replies, activity. */
export const GroupStreamQuery = graphql(`
  query GroupStream($id: ID!, $first: Int, $after: String, $activityFirst: Int) {
    group(id: $id) {
      id
      goals {
        id
        statement
        successCriteria
        targetDate
        status
        createdAt
        updatedAt
        checkIns {
          id
          body
          hidden
          createdAt
          author {
            id
            displayName
          }
        }
      }
      posts(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          ...PostFields
          replies {
            ...PostFields
          }
        }
      }
      activity(first: $activityFirst) {
        id
        kind
        summary
        createdAt
        actor {
          id
          displayName
        }
      }
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupCardFields
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      ...GroupCardFields
    }
  }
`);

export const ArchiveGroupMutation = graphql(`
  mutation ArchiveGroup($groupId: ID!) {
    archiveGroup(groupId: $groupId) {
      id
      archivedAt
    }
  }
`);

export const JoinGroupMutation = graphql(`
  mutation JoinGroup($groupId: ID!) {
    joinGroup(groupId: $groupId) {
      id
      groupId
      role
      status
    }
  }
`);

export const LeaveGroupMutation = graphql(`
  mutation LeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`);

export const DecideJoinRequestMutation = graphql(`
  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {
    decideJoinRequest(input: $input) {
      id
      status
    }
  }
`);

export const AppointFacilitatorMutation = graphql(`
  mutation AppointFacilitator($input: AppointFacilitatorInput!) {
    appointFacilitator(input: $input) {
      id
      role
      status
    }
  }
`);

export const CreateGoalMutation = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
      statement
      successCriteria
      targetDate
      status
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      statement
      successCriteria
      targetDate
      status
      updatedAt
    }
  }
`);

export const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
    }
  }
`);

export const UpdatePostMutation = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...PostFields
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($postId: ID!) {
    deletePost(postId: $postId)
  }
`);

export const HidePostMutation = graphql(`
  mutation HidePost($postId: ID!) {
    hidePost(postId: $postId) {
      ...PostFields
    }
  }
`);

/** Adults to pick as facilitators, by name. */
