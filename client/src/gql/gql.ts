/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      username\n      digestFrequency\n      memberships {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        network {\n          id\n          slug\n          name\n        }\n        school {\n          id\n          name\n          state\n          timeZone\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query StudentClasses($networkId: ID!) {\n    myClasses(networkId: $networkId) {\n      id\n      name\n      subject\n      gradeLevel\n      school {\n        id\n        name\n      }\n      teacher {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StudentClassesDocument,
    "\n  query TeacherClasses($networkId: ID!) {\n    myClasses(networkId: $networkId) {\n      id\n      name\n      subject\n      gradeLevel\n      joinCode\n      createdAt\n      teacherId\n    }\n  }\n": typeof types.TeacherClassesDocument,
    "\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      id\n      name\n      subject\n      gradeLevel\n      joinCode\n      createdAt\n      teacherId\n    }\n  }\n": typeof types.CreateClassDocument,
    "\n  query ClassRoster($classId: ID!) {\n    classRoster(classId: $classId) {\n      studentId\n      displayName\n      username\n      joinedAt\n    }\n  }\n": typeof types.ClassRosterDocument,
    "\n  mutation ResetStudentPassword($input: ResetStudentPasswordInput!) {\n    resetStudentPassword(input: $input)\n  }\n": typeof types.ResetStudentPasswordDocument,
    "\n  mutation RemoveStudent($input: RemoveStudentInput!) {\n    removeStudent(input: $input)\n  }\n": typeof types.RemoveStudentDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    exchangeId\n    pseudonym\n    body\n    submittedBody\n    status\n    submittedAt\n    hasUnsubmittedChanges\n    wordCount\n    updatedAt\n  }\n": typeof types.SubmissionFieldsFragmentDoc,
    "\n  fragment ReceivedReviewFields on ReceivedReview {\n    id\n    reviewerLabel\n    strength\n    nextStep\n    score\n    maxScore\n    submittedAt\n    helpfulness\n    helpfulnessComment\n    flagOpen\n    hidden\n    criteria {\n      criterionId\n      title\n      points\n      levelLabel\n      comment\n    }\n  }\n": typeof types.ReceivedReviewFieldsFragmentDoc,
    "\n  fragment ExchangeSummaryFields on Exchange {\n    id\n    title\n    phase\n    submissionDueAt\n    reviewDueAt\n    feedbackReleaseAt\n    viewerRole\n    viewerCanAddClasses\n    submissionOpen\n    acceptLateEssays\n    reviewsAllocatedAt\n    owner {\n      id\n      displayName\n    }\n    mySubmission {\n      ...SubmissionFields\n    }\n  }\n": typeof types.ExchangeSummaryFieldsFragmentDoc,
    "\n  query MyExchanges($networkId: ID!) {\n    myExchanges(networkId: $networkId) {\n      ...ExchangeSummaryFields\n    }\n  }\n": typeof types.MyExchangesDocument,
    "\n  query Exchange($id: ID!) {\n    exchange(id: $id) {\n      ...ExchangeSummaryFields\n      prompt\n      reviewsPerSubmission\n      anonymity\n      crossSchoolOnly\n      rubric {\n        id\n        title\n        version\n        description\n        maxScore\n        criteria {\n          id\n          title\n          description\n          weight\n          levels {\n            points\n            label\n            descriptor\n          }\n        }\n      }\n      myFeedback {\n        ...ReceivedReviewFields\n      }\n      classes {\n        id\n        status\n        classId\n        className\n        schoolName\n        isMine\n        teacher {\n          id\n          displayName\n        }\n        progress {\n          enrolled\n          started\n          submitted\n        }\n        participants {\n          pseudonym\n          isMine\n          status\n          submittedAt\n          wordCount\n          student {\n            id\n            displayName\n          }\n        }\n      }\n      invitableTeachers {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ExchangeDocument,
    "\n  mutation CreateExchange($input: CreateExchangeInput!) {\n    createExchange(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateExchangeDocument,
    "\n  mutation InviteToExchange($exchangeId: ID!, $teacherId: ID!) {\n    inviteClassToExchange(exchangeId: $exchangeId, teacherId: $teacherId) {\n      id\n    }\n  }\n": typeof types.InviteToExchangeDocument,
    "\n  mutation AddClassToExchange($exchangeId: ID!, $classId: ID!) {\n    addClassToExchange(exchangeId: $exchangeId, classId: $classId) {\n      id\n    }\n  }\n": typeof types.AddClassToExchangeDocument,
    "\n  mutation AdvanceExchange($exchangeId: ID!) {\n    advanceExchangePhase(exchangeId: $exchangeId) {\n      id\n      phase\n      submissionOpen\n    }\n  }\n": typeof types.AdvanceExchangeDocument,
    "\n  mutation SaveEssayDraft($exchangeId: ID!, $body: String!) {\n    saveEssayDraft(exchangeId: $exchangeId, body: $body) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SaveEssayDraftDocument,
    "\n  mutation SubmitEssay($exchangeId: ID!, $body: String!) {\n    submitEssay(exchangeId: $exchangeId, body: $body) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SubmitEssayDocument,
    "\n  fragment ReviewAssignmentFields on ReviewAssignment {\n    id\n    exchangeId\n    status\n    authorPseudonym\n    essay\n    essayWordCount\n    strength\n    nextStep\n    dueAt\n    startedAt\n    submittedAt\n    hidden\n    criteria {\n      criterionId\n      title\n      points\n      levelLabel\n      comment\n    }\n  }\n": typeof types.ReviewAssignmentFieldsFragmentDoc,
    "\n  query MyReviewAssignments($exchangeId: ID!) {\n    myReviewAssignments(exchangeId: $exchangeId) {\n      ...ReviewAssignmentFields\n    }\n  }\n": typeof types.MyReviewAssignmentsDocument,
    "\n  mutation StartReview($reviewId: ID!) {\n    startReview(reviewId: $reviewId) {\n      ...ReviewAssignmentFields\n    }\n  }\n": typeof types.StartReviewDocument,
    "\n  mutation SaveReviewDraft($input: ReviewInput!) {\n    saveReviewDraft(input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n": typeof types.SaveReviewDraftDocument,
    "\n  mutation SubmitReview($input: ReviewInput!) {\n    submitReview(input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n": typeof types.SubmitReviewDocument,
    "\n  mutation RateReview($input: RateReviewInput!) {\n    rateReview(input: $input) {\n      ...ReceivedReviewFields\n    }\n  }\n": typeof types.RateReviewDocument,
    "\n  mutation FlagReview($input: FlagReviewInput!) {\n    flagReview(input: $input) {\n      ...ReceivedReviewFields\n    }\n  }\n": typeof types.FlagReviewDocument,
    "\n  mutation ResolveFlag($input: ResolveFlagInput!) {\n    resolveFlag(input: $input) {\n      id\n      status\n      resolution\n    }\n  }\n": typeof types.ResolveFlagDocument,
    "\n  fragment CompletionRowFields on CompletionRow {\n    label\n    isMine\n    students\n    submitted\n    late\n    reviewsAssigned\n    reviewsSubmitted\n  }\n": typeof types.CompletionRowFieldsFragmentDoc,
    "\n  query ExchangeResults($exchangeId: ID!) {\n    exchangeResults(exchangeId: $exchangeId) {\n      exchangeId\n      maxScore\n      allocationNotes\n      classes {\n        ...CompletionRowFields\n      }\n      schools {\n        ...CompletionRowFields\n      }\n      criteria {\n        criterionId\n        title\n        averagePoints\n        levels {\n          points\n          label\n          count\n        }\n      }\n      helpfulness {\n        label\n        isMine\n        reviewsSubmitted\n        ratings\n        averageHelpfulness\n      }\n      flags {\n        id\n        reviewId\n        reason\n        status\n        resolution\n        createdAt\n        authorLabel\n        reviewerLabel\n        review {\n          ...ReceivedReviewFields\n        }\n      }\n      students {\n        student {\n          id\n          displayName\n        }\n        pseudonym\n        status\n        submittedAt\n        late\n        averageScore\n        reviewsAssigned\n        reviewsSubmitted\n        received {\n          ...ReceivedReviewFields\n        }\n      }\n    }\n  }\n": typeof types.ExchangeResultsDocument,
    "\n  fragment GroupCardFields on Group {\n    id\n    name\n    description\n    focus\n    subject\n    gradeBand\n    role\n    primeFocus\n    access\n    archivedAt\n    memberCount\n    viewerMember {\n      id\n      role\n      status\n    }\n  }\n": typeof types.GroupCardFieldsFragmentDoc,
    "\n  query Groups($networkId: ID!, $filter: GroupsFilter, $first: Int, $after: String) {\n    groups(networkId: $networkId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GroupCardFields\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query HomeGroups($networkId: ID!, $myGroupsFirst: Int) {\n    jobAlikes(networkId: $networkId) {\n      sharedSubjects\n      sharedGradeBands\n      member {\n        id\n        role\n        subjects\n        gradeLevels\n        school {\n          id\n          name\n          state\n        }\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    suggestedGroups(networkId: $networkId) {\n      ...GroupCardFields\n    }\n    myGroups: groups(networkId: $networkId, filter: { mine: true }, first: $myGroupsFirst) {\n      totalCount\n      nodes {\n        ...GroupCardFields\n        lastActivityAt\n      }\n    }\n  }\n": typeof types.HomeGroupsDocument,
    "\n  query IsolatedMembers($networkId: ID!) {\n    isolatedMembers(networkId: $networkId) {\n      reason\n      lastGroupActivityAt\n      member {\n        id\n        role\n        subjects\n        gradeLevels\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.IsolatedMembersDocument,
    "\n  fragment PostFields on Post {\n    id\n    kind\n    body\n    hidden\n    mine\n    createdAt\n    editedAt\n    goalId\n    parentId\n    author {\n      id\n      displayName\n    }\n    links {\n      url\n      title\n    }\n    mentions {\n      id\n      displayName\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      ...GroupCardFields\n      networkId\n      createdAt\n      lastActivityAt\n      canReadStream\n      members {\n        id\n        role\n        status\n        userId\n        user {\n          id\n          displayName\n        }\n        member {\n          id\n          role\n          subjects\n          school {\n            id\n            name\n          }\n        }\n      }\n      pendingRequests {\n        id\n        userId\n        createdAt\n        user {\n          id\n          displayName\n        }\n        member {\n          id\n          role\n          subjects\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  query GroupStream($id: ID!, $first: Int, $after: String, $activityFirst: Int) {\n    group(id: $id) {\n      id\n      goals {\n        id\n        statement\n        successCriteria\n        targetDate\n        status\n        createdAt\n        updatedAt\n        checkIns {\n          id\n          body\n          hidden\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...PostFields\n          replies {\n            ...PostFields\n          }\n        }\n      }\n      activity(first: $activityFirst) {\n        id\n        kind\n        summary\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.GroupStreamDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($groupId: ID!) {\n    archiveGroup(groupId: $groupId) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      groupId\n      role\n      status\n    }\n  }\n": typeof types.JoinGroupDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": typeof types.LeaveGroupDocument,
    "\n  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DecideJoinRequestDocument,
    "\n  mutation AppointFacilitator($input: AppointFacilitatorInput!) {\n    appointFacilitator(input: $input) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.AppointFacilitatorDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      statement\n      successCriteria\n      targetDate\n      status\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      statement\n      successCriteria\n      targetDate\n      status\n      updatedAt\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId)\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation HidePost($postId: ID!) {\n    hidePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": typeof types.HidePostDocument,
    "\n  query CoordinatorSummary($networkId: ID!) {\n    members(networkId: $networkId, first: 1) {\n      totalCount\n    }\n    invitations(networkId: $networkId) {\n      id\n    }\n    groups(networkId: $networkId, first: 1) {\n      totalCount\n    }\n    isolatedMembers(networkId: $networkId) {\n      reason\n      member {\n        id\n      }\n    }\n    outbox(networkId: $networkId, first: 100) {\n      smtpConfigured\n      messages {\n        id\n      }\n    }\n  }\n": typeof types.CoordinatorSummaryDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      networkName\n      schoolName\n      email\n      role\n      existingAccount\n      state\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation JoinClass($input: JoinClassInput!) {\n    joinClass(input: $input) {\n      user {\n        id\n      }\n      class {\n        id\n        name\n        networkId\n      }\n    }\n  }\n": typeof types.JoinClassDocument,
    "\n  query AdultCandidates($networkId: ID!, $search: String) {\n    members(networkId: $networkId, search: $search, first: 20) {\n      nodes {\n        id\n        role\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AdultCandidatesDocument,
    "\n  query NetworkShell($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      description\n      viewerMembership {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        schoolId\n        school {\n          id\n          name\n        }\n      }\n      schools {\n        id\n        name\n        state\n        locality\n        timeZone\n      }\n    }\n  }\n": typeof types.NetworkShellDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        text\n        createdAt\n        readAt\n        groupId\n        networkId\n        postId\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation SetDigestFrequency($frequency: String!) {\n    setDigestFrequency(frequency: $frequency)\n  }\n": typeof types.SetDigestFrequencyDocument,
    "\n  query Outbox($networkId: ID!, $first: Int) {\n    outbox(networkId: $networkId, first: $first) {\n      smtpConfigured\n      messages {\n        id\n        toAddress\n        subject\n        body\n        link\n        kind\n        status\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query Members(\n    $networkId: ID!\n    $search: String\n    $role: Role\n    $schoolId: ID\n    $status: MemberStatus\n    $first: Int\n    $after: String\n  ) {\n    members(\n      networkId: $networkId\n      search: $search\n      role: $role\n      schoolId: $schoolId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        schoolId\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n          email\n          username\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Invitations($networkId: ID!) {\n    invitations(networkId: $networkId) {\n      id\n      email\n      role\n      subjects\n      gradeLevels\n      createdAt\n      expiresAt\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      schoolId\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  fragment RubricFields on Rubric {\n    id\n    title\n    description\n    version\n    rootId\n    lockedAt\n    viewerIsOwner\n    maxScore\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    sharedWithGroup {\n      id\n      name\n    }\n    criteria {\n      id\n      title\n      description\n      weight\n      levels {\n        points\n        label\n        descriptor\n      }\n    }\n  }\n": typeof types.RubricFieldsFragmentDoc,
    "\n  query Rubrics($networkId: ID!) {\n    rubrics(networkId: $networkId) {\n      ...RubricFields\n    }\n  }\n": typeof types.RubricsDocument,
    "\n  query Rubric($id: ID!) {\n    rubric(id: $id) {\n      ...RubricFields\n    }\n  }\n": typeof types.RubricDocument,
    "\n  mutation CreateRubric($input: CreateRubricInput!) {\n    createRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n": typeof types.CreateRubricDocument,
    "\n  mutation UpdateRubric($input: UpdateRubricInput!) {\n    updateRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n": typeof types.UpdateRubricDocument,
    "\n  mutation DuplicateRubric($id: ID!) {\n    duplicateRubric(id: $id) {\n      ...RubricFields\n    }\n  }\n": typeof types.DuplicateRubricDocument,
    "\n  mutation ShareRubric($rubricId: ID!, $groupId: ID) {\n    shareRubric(rubricId: $rubricId, groupId: $groupId) {\n      ...RubricFields\n    }\n  }\n": typeof types.ShareRubricDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      name\n      state\n      locality\n      timeZone\n    }\n  }\n": typeof types.CreateSchoolDocument,
    "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      id\n      name\n      state\n      locality\n      timeZone\n    }\n  }\n": typeof types.UpdateSchoolDocument,
    "\n  fragment UnitCardFields on Unit {\n    id\n    groupId\n    title\n    subject\n    gradeBand\n    summary\n    status\n    publishedAt\n    updatedAt\n    forkedFrom {\n      id\n      title\n      groupName\n    }\n  }\n": typeof types.UnitCardFieldsFragmentDoc,
    "\n  fragment UnitSectionFields on UnitSectionContent {\n    id\n    title\n    stage\n    html\n  }\n": typeof types.UnitSectionFieldsFragmentDoc,
    "\n  fragment UnitReviewFields on UnitReview {\n    id\n    unitId\n    stage\n    reflection\n    createdAt\n    closedAt\n    friends {\n      id\n      displayName\n    }\n  }\n": typeof types.UnitReviewFieldsFragmentDoc,
    "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      ...UnitCardFields\n      networkId\n      documentId\n      forkedFromId\n      createdAt\n      viewerAccess\n      viewerCanComment\n      group {\n        id\n        name\n        archivedAt\n        viewerMember {\n          id\n          status\n        }\n      }\n      contributors {\n        edits\n        lastEditedAt\n        user {\n          id\n          displayName\n        }\n        school {\n          id\n          name\n        }\n      }\n      currentReview {\n        ...UnitReviewFields\n      }\n    }\n  }\n": typeof types.UnitPageDocument,
    "\n  fragment UnitCommentFields on UnitComment {\n    id\n    unitId\n    sectionId\n    kind\n    body\n    reviewId\n    resolvedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.UnitCommentFieldsFragmentDoc,
    "\n  query UnitComments($id: ID!) {\n    unit(id: $id) {\n      id\n      comments(includeResolved: true) {\n        ...UnitCommentFields\n      }\n    }\n  }\n": typeof types.UnitCommentsDocument,
    "\n  query UnitRevisions($id: ID!) {\n    unit(id: $id) {\n      id\n      revisions {\n        id\n        name\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.UnitRevisionsDocument,
    "\n  query UnitRevision($id: ID!) {\n    unitRevision(id: $id) {\n      id\n      unitId\n      name\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      sections {\n        ...UnitSectionFields\n      }\n    }\n  }\n": typeof types.UnitRevisionDocument,
    "\n  query UnitPrint($id: ID!) {\n    unit(id: $id) {\n      ...UnitCardFields\n      createdAt\n      group {\n        id\n        name\n      }\n      contributors {\n        user {\n          id\n          displayName\n        }\n        school {\n          id\n          name\n        }\n      }\n      sections {\n        ...UnitSectionFields\n      }\n    }\n  }\n": typeof types.UnitPrintDocument,
    "\n  query GroupUnits($groupId: ID!) {\n    units(groupId: $groupId) {\n      ...UnitCardFields\n    }\n  }\n": typeof types.GroupUnitsDocument,
    "\n  query Library($networkId: ID!, $search: String, $subject: String, $gradeBand: String, $first: Int, $after: String) {\n    library(\n      networkId: $networkId\n      search: $search\n      subject: $subject\n      gradeBand: $gradeBand\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...UnitCardFields\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LibraryDocument,
    "\n  query MyUnitGroups($networkId: ID!) {\n    groups(networkId: $networkId, filter: { mine: true }, first: 100) {\n      nodes {\n        id\n        name\n        archivedAt\n        viewerMember {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.MyUnitGroupsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitCardFields\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitCardFields\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation SaveUnitRevision($unitId: ID!, $name: String!) {\n    saveUnitRevision(unitId: $unitId, name: $name) {\n      id\n      name\n      createdAt\n    }\n  }\n": typeof types.SaveUnitRevisionDocument,
    "\n  mutation RestoreUnitRevision($revisionId: ID!) {\n    restoreUnitRevision(revisionId: $revisionId) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.RestoreUnitRevisionDocument,
    "\n  mutation AddUnitComment($input: AddUnitCommentInput!) {\n    addUnitComment(input: $input) {\n      ...UnitCommentFields\n    }\n  }\n": typeof types.AddUnitCommentDocument,
    "\n  mutation ResolveUnitComment($commentId: ID!) {\n    resolveUnitComment(commentId: $commentId) {\n      ...UnitCommentFields\n    }\n  }\n": typeof types.ResolveUnitCommentDocument,
    "\n  mutation StartUnitReview($input: StartUnitReviewInput!) {\n    startUnitReview(input: $input) {\n      ...UnitReviewFields\n    }\n  }\n": typeof types.StartUnitReviewDocument,
    "\n  mutation AdvanceUnitReview($unitId: ID!, $reflection: String) {\n    advanceUnitReview(unitId: $unitId, reflection: $reflection) {\n      ...UnitReviewFields\n    }\n  }\n": typeof types.AdvanceUnitReviewDocument,
    "\n  mutation PublishUnit($unitId: ID!) {\n    publishUnit(unitId: $unitId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishUnitDocument,
    "\n  mutation ArchiveUnit($unitId: ID!) {\n    archiveUnit(unitId: $unitId) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveUnitDocument,
    "\n  mutation ForkUnit($unitId: ID!, $groupId: ID!) {\n    forkUnit(unitId: $unitId, groupId: $groupId) {\n      ...UnitCardFields\n    }\n  }\n": typeof types.ForkUnitDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      username\n      digestFrequency\n      memberships {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        network {\n          id\n          slug\n          name\n        }\n        school {\n          id\n          name\n          state\n          timeZone\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query StudentClasses($networkId: ID!) {\n    myClasses(networkId: $networkId) {\n      id\n      name\n      subject\n      gradeLevel\n      school {\n        id\n        name\n      }\n      teacher {\n        id\n        displayName\n      }\n    }\n  }\n": types.StudentClassesDocument,
    "\n  query TeacherClasses($networkId: ID!) {\n    myClasses(networkId: $networkId) {\n      id\n      name\n      subject\n      gradeLevel\n      joinCode\n      createdAt\n      teacherId\n    }\n  }\n": types.TeacherClassesDocument,
    "\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      id\n      name\n      subject\n      gradeLevel\n      joinCode\n      createdAt\n      teacherId\n    }\n  }\n": types.CreateClassDocument,
    "\n  query ClassRoster($classId: ID!) {\n    classRoster(classId: $classId) {\n      studentId\n      displayName\n      username\n      joinedAt\n    }\n  }\n": types.ClassRosterDocument,
    "\n  mutation ResetStudentPassword($input: ResetStudentPasswordInput!) {\n    resetStudentPassword(input: $input)\n  }\n": types.ResetStudentPasswordDocument,
    "\n  mutation RemoveStudent($input: RemoveStudentInput!) {\n    removeStudent(input: $input)\n  }\n": types.RemoveStudentDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    exchangeId\n    pseudonym\n    body\n    submittedBody\n    status\n    submittedAt\n    hasUnsubmittedChanges\n    wordCount\n    updatedAt\n  }\n": types.SubmissionFieldsFragmentDoc,
    "\n  fragment ReceivedReviewFields on ReceivedReview {\n    id\n    reviewerLabel\n    strength\n    nextStep\n    score\n    maxScore\n    submittedAt\n    helpfulness\n    helpfulnessComment\n    flagOpen\n    hidden\n    criteria {\n      criterionId\n      title\n      points\n      levelLabel\n      comment\n    }\n  }\n": types.ReceivedReviewFieldsFragmentDoc,
    "\n  fragment ExchangeSummaryFields on Exchange {\n    id\n    title\n    phase\n    submissionDueAt\n    reviewDueAt\n    feedbackReleaseAt\n    viewerRole\n    viewerCanAddClasses\n    submissionOpen\n    acceptLateEssays\n    reviewsAllocatedAt\n    owner {\n      id\n      displayName\n    }\n    mySubmission {\n      ...SubmissionFields\n    }\n  }\n": types.ExchangeSummaryFieldsFragmentDoc,
    "\n  query MyExchanges($networkId: ID!) {\n    myExchanges(networkId: $networkId) {\n      ...ExchangeSummaryFields\n    }\n  }\n": types.MyExchangesDocument,
    "\n  query Exchange($id: ID!) {\n    exchange(id: $id) {\n      ...ExchangeSummaryFields\n      prompt\n      reviewsPerSubmission\n      anonymity\n      crossSchoolOnly\n      rubric {\n        id\n        title\n        version\n        description\n        maxScore\n        criteria {\n          id\n          title\n          description\n          weight\n          levels {\n            points\n            label\n            descriptor\n          }\n        }\n      }\n      myFeedback {\n        ...ReceivedReviewFields\n      }\n      classes {\n        id\n        status\n        classId\n        className\n        schoolName\n        isMine\n        teacher {\n          id\n          displayName\n        }\n        progress {\n          enrolled\n          started\n          submitted\n        }\n        participants {\n          pseudonym\n          isMine\n          status\n          submittedAt\n          wordCount\n          student {\n            id\n            displayName\n          }\n        }\n      }\n      invitableTeachers {\n        id\n        displayName\n      }\n    }\n  }\n": types.ExchangeDocument,
    "\n  mutation CreateExchange($input: CreateExchangeInput!) {\n    createExchange(input: $input) {\n      id\n    }\n  }\n": types.CreateExchangeDocument,
    "\n  mutation InviteToExchange($exchangeId: ID!, $teacherId: ID!) {\n    inviteClassToExchange(exchangeId: $exchangeId, teacherId: $teacherId) {\n      id\n    }\n  }\n": types.InviteToExchangeDocument,
    "\n  mutation AddClassToExchange($exchangeId: ID!, $classId: ID!) {\n    addClassToExchange(exchangeId: $exchangeId, classId: $classId) {\n      id\n    }\n  }\n": types.AddClassToExchangeDocument,
    "\n  mutation AdvanceExchange($exchangeId: ID!) {\n    advanceExchangePhase(exchangeId: $exchangeId) {\n      id\n      phase\n      submissionOpen\n    }\n  }\n": types.AdvanceExchangeDocument,
    "\n  mutation SaveEssayDraft($exchangeId: ID!, $body: String!) {\n    saveEssayDraft(exchangeId: $exchangeId, body: $body) {\n      ...SubmissionFields\n    }\n  }\n": types.SaveEssayDraftDocument,
    "\n  mutation SubmitEssay($exchangeId: ID!, $body: String!) {\n    submitEssay(exchangeId: $exchangeId, body: $body) {\n      ...SubmissionFields\n    }\n  }\n": types.SubmitEssayDocument,
    "\n  fragment ReviewAssignmentFields on ReviewAssignment {\n    id\n    exchangeId\n    status\n    authorPseudonym\n    essay\n    essayWordCount\n    strength\n    nextStep\n    dueAt\n    startedAt\n    submittedAt\n    hidden\n    criteria {\n      criterionId\n      title\n      points\n      levelLabel\n      comment\n    }\n  }\n": types.ReviewAssignmentFieldsFragmentDoc,
    "\n  query MyReviewAssignments($exchangeId: ID!) {\n    myReviewAssignments(exchangeId: $exchangeId) {\n      ...ReviewAssignmentFields\n    }\n  }\n": types.MyReviewAssignmentsDocument,
    "\n  mutation StartReview($reviewId: ID!) {\n    startReview(reviewId: $reviewId) {\n      ...ReviewAssignmentFields\n    }\n  }\n": types.StartReviewDocument,
    "\n  mutation SaveReviewDraft($input: ReviewInput!) {\n    saveReviewDraft(input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n": types.SaveReviewDraftDocument,
    "\n  mutation SubmitReview($input: ReviewInput!) {\n    submitReview(input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n": types.SubmitReviewDocument,
    "\n  mutation RateReview($input: RateReviewInput!) {\n    rateReview(input: $input) {\n      ...ReceivedReviewFields\n    }\n  }\n": types.RateReviewDocument,
    "\n  mutation FlagReview($input: FlagReviewInput!) {\n    flagReview(input: $input) {\n      ...ReceivedReviewFields\n    }\n  }\n": types.FlagReviewDocument,
    "\n  mutation ResolveFlag($input: ResolveFlagInput!) {\n    resolveFlag(input: $input) {\n      id\n      status\n      resolution\n    }\n  }\n": types.ResolveFlagDocument,
    "\n  fragment CompletionRowFields on CompletionRow {\n    label\n    isMine\n    students\n    submitted\n    late\n    reviewsAssigned\n    reviewsSubmitted\n  }\n": types.CompletionRowFieldsFragmentDoc,
    "\n  query ExchangeResults($exchangeId: ID!) {\n    exchangeResults(exchangeId: $exchangeId) {\n      exchangeId\n      maxScore\n      allocationNotes\n      classes {\n        ...CompletionRowFields\n      }\n      schools {\n        ...CompletionRowFields\n      }\n      criteria {\n        criterionId\n        title\n        averagePoints\n        levels {\n          points\n          label\n          count\n        }\n      }\n      helpfulness {\n        label\n        isMine\n        reviewsSubmitted\n        ratings\n        averageHelpfulness\n      }\n      flags {\n        id\n        reviewId\n        reason\n        status\n        resolution\n        createdAt\n        authorLabel\n        reviewerLabel\n        review {\n          ...ReceivedReviewFields\n        }\n      }\n      students {\n        student {\n          id\n          displayName\n        }\n        pseudonym\n        status\n        submittedAt\n        late\n        averageScore\n        reviewsAssigned\n        reviewsSubmitted\n        received {\n          ...ReceivedReviewFields\n        }\n      }\n    }\n  }\n": types.ExchangeResultsDocument,
    "\n  fragment GroupCardFields on Group {\n    id\n    name\n    description\n    focus\n    subject\n    gradeBand\n    role\n    primeFocus\n    access\n    archivedAt\n    memberCount\n    viewerMember {\n      id\n      role\n      status\n    }\n  }\n": types.GroupCardFieldsFragmentDoc,
    "\n  query Groups($networkId: ID!, $filter: GroupsFilter, $first: Int, $after: String) {\n    groups(networkId: $networkId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GroupCardFields\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query HomeGroups($networkId: ID!, $myGroupsFirst: Int) {\n    jobAlikes(networkId: $networkId) {\n      sharedSubjects\n      sharedGradeBands\n      member {\n        id\n        role\n        subjects\n        gradeLevels\n        school {\n          id\n          name\n          state\n        }\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    suggestedGroups(networkId: $networkId) {\n      ...GroupCardFields\n    }\n    myGroups: groups(networkId: $networkId, filter: { mine: true }, first: $myGroupsFirst) {\n      totalCount\n      nodes {\n        ...GroupCardFields\n        lastActivityAt\n      }\n    }\n  }\n": types.HomeGroupsDocument,
    "\n  query IsolatedMembers($networkId: ID!) {\n    isolatedMembers(networkId: $networkId) {\n      reason\n      lastGroupActivityAt\n      member {\n        id\n        role\n        subjects\n        gradeLevels\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.IsolatedMembersDocument,
    "\n  fragment PostFields on Post {\n    id\n    kind\n    body\n    hidden\n    mine\n    createdAt\n    editedAt\n    goalId\n    parentId\n    author {\n      id\n      displayName\n    }\n    links {\n      url\n      title\n    }\n    mentions {\n      id\n      displayName\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      ...GroupCardFields\n      networkId\n      createdAt\n      lastActivityAt\n      canReadStream\n      members {\n        id\n        role\n        status\n        userId\n        user {\n          id\n          displayName\n        }\n        member {\n          id\n          role\n          subjects\n          school {\n            id\n            name\n          }\n        }\n      }\n      pendingRequests {\n        id\n        userId\n        createdAt\n        user {\n          id\n          displayName\n        }\n        member {\n          id\n          role\n          subjects\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.GroupPageDocument,
    "\n  query GroupStream($id: ID!, $first: Int, $after: String, $activityFirst: Int) {\n    group(id: $id) {\n      id\n      goals {\n        id\n        statement\n        successCriteria\n        targetDate\n        status\n        createdAt\n        updatedAt\n        checkIns {\n          id\n          body\n          hidden\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...PostFields\n          replies {\n            ...PostFields\n          }\n        }\n      }\n      activity(first: $activityFirst) {\n        id\n        kind\n        summary\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.GroupStreamDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($groupId: ID!) {\n    archiveGroup(groupId: $groupId) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      groupId\n      role\n      status\n    }\n  }\n": types.JoinGroupDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": types.LeaveGroupDocument,
    "\n  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DecideJoinRequestDocument,
    "\n  mutation AppointFacilitator($input: AppointFacilitatorInput!) {\n    appointFacilitator(input: $input) {\n      id\n      role\n      status\n    }\n  }\n": types.AppointFacilitatorDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      statement\n      successCriteria\n      targetDate\n      status\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      statement\n      successCriteria\n      targetDate\n      status\n      updatedAt\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId)\n  }\n": types.DeletePostDocument,
    "\n  mutation HidePost($postId: ID!) {\n    hidePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": types.HidePostDocument,
    "\n  query CoordinatorSummary($networkId: ID!) {\n    members(networkId: $networkId, first: 1) {\n      totalCount\n    }\n    invitations(networkId: $networkId) {\n      id\n    }\n    groups(networkId: $networkId, first: 1) {\n      totalCount\n    }\n    isolatedMembers(networkId: $networkId) {\n      reason\n      member {\n        id\n      }\n    }\n    outbox(networkId: $networkId, first: 100) {\n      smtpConfigured\n      messages {\n        id\n      }\n    }\n  }\n": types.CoordinatorSummaryDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      networkName\n      schoolName\n      email\n      role\n      existingAccount\n      state\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation JoinClass($input: JoinClassInput!) {\n    joinClass(input: $input) {\n      user {\n        id\n      }\n      class {\n        id\n        name\n        networkId\n      }\n    }\n  }\n": types.JoinClassDocument,
    "\n  query AdultCandidates($networkId: ID!, $search: String) {\n    members(networkId: $networkId, search: $search, first: 20) {\n      nodes {\n        id\n        role\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AdultCandidatesDocument,
    "\n  query NetworkShell($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      description\n      viewerMembership {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        schoolId\n        school {\n          id\n          name\n        }\n      }\n      schools {\n        id\n        name\n        state\n        locality\n        timeZone\n      }\n    }\n  }\n": types.NetworkShellDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        text\n        createdAt\n        readAt\n        groupId\n        networkId\n        postId\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation SetDigestFrequency($frequency: String!) {\n    setDigestFrequency(frequency: $frequency)\n  }\n": types.SetDigestFrequencyDocument,
    "\n  query Outbox($networkId: ID!, $first: Int) {\n    outbox(networkId: $networkId, first: $first) {\n      smtpConfigured\n      messages {\n        id\n        toAddress\n        subject\n        body\n        link\n        kind\n        status\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query Members(\n    $networkId: ID!\n    $search: String\n    $role: Role\n    $schoolId: ID\n    $status: MemberStatus\n    $first: Int\n    $after: String\n  ) {\n    members(\n      networkId: $networkId\n      search: $search\n      role: $role\n      schoolId: $schoolId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        schoolId\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n          email\n          username\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query Invitations($networkId: ID!) {\n    invitations(networkId: $networkId) {\n      id\n      email\n      role\n      subjects\n      gradeLevels\n      createdAt\n      expiresAt\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      schoolId\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  fragment RubricFields on Rubric {\n    id\n    title\n    description\n    version\n    rootId\n    lockedAt\n    viewerIsOwner\n    maxScore\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    sharedWithGroup {\n      id\n      name\n    }\n    criteria {\n      id\n      title\n      description\n      weight\n      levels {\n        points\n        label\n        descriptor\n      }\n    }\n  }\n": types.RubricFieldsFragmentDoc,
    "\n  query Rubrics($networkId: ID!) {\n    rubrics(networkId: $networkId) {\n      ...RubricFields\n    }\n  }\n": types.RubricsDocument,
    "\n  query Rubric($id: ID!) {\n    rubric(id: $id) {\n      ...RubricFields\n    }\n  }\n": types.RubricDocument,
    "\n  mutation CreateRubric($input: CreateRubricInput!) {\n    createRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n": types.CreateRubricDocument,
    "\n  mutation UpdateRubric($input: UpdateRubricInput!) {\n    updateRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n": types.UpdateRubricDocument,
    "\n  mutation DuplicateRubric($id: ID!) {\n    duplicateRubric(id: $id) {\n      ...RubricFields\n    }\n  }\n": types.DuplicateRubricDocument,
    "\n  mutation ShareRubric($rubricId: ID!, $groupId: ID) {\n    shareRubric(rubricId: $rubricId, groupId: $groupId) {\n      ...RubricFields\n    }\n  }\n": types.ShareRubricDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      name\n      state\n      locality\n      timeZone\n    }\n  }\n": types.CreateSchoolDocument,
    "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      id\n      name\n      state\n      locality\n      timeZone\n    }\n  }\n": types.UpdateSchoolDocument,
    "\n  fragment UnitCardFields on Unit {\n    id\n    groupId\n    title\n    subject\n    gradeBand\n    summary\n    status\n    publishedAt\n    updatedAt\n    forkedFrom {\n      id\n      title\n      groupName\n    }\n  }\n": types.UnitCardFieldsFragmentDoc,
    "\n  fragment UnitSectionFields on UnitSectionContent {\n    id\n    title\n    stage\n    html\n  }\n": types.UnitSectionFieldsFragmentDoc,
    "\n  fragment UnitReviewFields on UnitReview {\n    id\n    unitId\n    stage\n    reflection\n    createdAt\n    closedAt\n    friends {\n      id\n      displayName\n    }\n  }\n": types.UnitReviewFieldsFragmentDoc,
    "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      ...UnitCardFields\n      networkId\n      documentId\n      forkedFromId\n      createdAt\n      viewerAccess\n      viewerCanComment\n      group {\n        id\n        name\n        archivedAt\n        viewerMember {\n          id\n          status\n        }\n      }\n      contributors {\n        edits\n        lastEditedAt\n        user {\n          id\n          displayName\n        }\n        school {\n          id\n          name\n        }\n      }\n      currentReview {\n        ...UnitReviewFields\n      }\n    }\n  }\n": types.UnitPageDocument,
    "\n  fragment UnitCommentFields on UnitComment {\n    id\n    unitId\n    sectionId\n    kind\n    body\n    reviewId\n    resolvedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.UnitCommentFieldsFragmentDoc,
    "\n  query UnitComments($id: ID!) {\n    unit(id: $id) {\n      id\n      comments(includeResolved: true) {\n        ...UnitCommentFields\n      }\n    }\n  }\n": types.UnitCommentsDocument,
    "\n  query UnitRevisions($id: ID!) {\n    unit(id: $id) {\n      id\n      revisions {\n        id\n        name\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.UnitRevisionsDocument,
    "\n  query UnitRevision($id: ID!) {\n    unitRevision(id: $id) {\n      id\n      unitId\n      name\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      sections {\n        ...UnitSectionFields\n      }\n    }\n  }\n": types.UnitRevisionDocument,
    "\n  query UnitPrint($id: ID!) {\n    unit(id: $id) {\n      ...UnitCardFields\n      createdAt\n      group {\n        id\n        name\n      }\n      contributors {\n        user {\n          id\n          displayName\n        }\n        school {\n          id\n          name\n        }\n      }\n      sections {\n        ...UnitSectionFields\n      }\n    }\n  }\n": types.UnitPrintDocument,
    "\n  query GroupUnits($groupId: ID!) {\n    units(groupId: $groupId) {\n      ...UnitCardFields\n    }\n  }\n": types.GroupUnitsDocument,
    "\n  query Library($networkId: ID!, $search: String, $subject: String, $gradeBand: String, $first: Int, $after: String) {\n    library(\n      networkId: $networkId\n      search: $search\n      subject: $subject\n      gradeBand: $gradeBand\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...UnitCardFields\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LibraryDocument,
    "\n  query MyUnitGroups($networkId: ID!) {\n    groups(networkId: $networkId, filter: { mine: true }, first: 100) {\n      nodes {\n        id\n        name\n        archivedAt\n        viewerMember {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.MyUnitGroupsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitCardFields\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitCardFields\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation SaveUnitRevision($unitId: ID!, $name: String!) {\n    saveUnitRevision(unitId: $unitId, name: $name) {\n      id\n      name\n      createdAt\n    }\n  }\n": types.SaveUnitRevisionDocument,
    "\n  mutation RestoreUnitRevision($revisionId: ID!) {\n    restoreUnitRevision(revisionId: $revisionId) {\n      id\n      updatedAt\n    }\n  }\n": types.RestoreUnitRevisionDocument,
    "\n  mutation AddUnitComment($input: AddUnitCommentInput!) {\n    addUnitComment(input: $input) {\n      ...UnitCommentFields\n    }\n  }\n": types.AddUnitCommentDocument,
    "\n  mutation ResolveUnitComment($commentId: ID!) {\n    resolveUnitComment(commentId: $commentId) {\n      ...UnitCommentFields\n    }\n  }\n": types.ResolveUnitCommentDocument,
    "\n  mutation StartUnitReview($input: StartUnitReviewInput!) {\n    startUnitReview(input: $input) {\n      ...UnitReviewFields\n    }\n  }\n": types.StartUnitReviewDocument,
    "\n  mutation AdvanceUnitReview($unitId: ID!, $reflection: String) {\n    advanceUnitReview(unitId: $unitId, reflection: $reflection) {\n      ...UnitReviewFields\n    }\n  }\n": types.AdvanceUnitReviewDocument,
    "\n  mutation PublishUnit($unitId: ID!) {\n    publishUnit(unitId: $unitId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishUnitDocument,
    "\n  mutation ArchiveUnit($unitId: ID!) {\n    archiveUnit(unitId: $unitId) {\n      id\n      status\n    }\n  }\n": types.ArchiveUnitDocument,
    "\n  mutation ForkUnit($unitId: ID!, $groupId: ID!) {\n    forkUnit(unitId: $unitId, groupId: $groupId) {\n      ...UnitCardFields\n    }\n  }\n": types.ForkUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      username\n      digestFrequency\n      memberships {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        network {\n          id\n          slug\n          name\n        }\n        school {\n          id\n          name\n          state\n          timeZone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      username\n      digestFrequency\n      memberships {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        network {\n          id\n          slug\n          name\n        }\n        school {\n          id\n          name\n          state\n          timeZone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentClasses($networkId: ID!) {\n    myClasses(networkId: $networkId) {\n      id\n      name\n      subject\n      gradeLevel\n      school {\n        id\n        name\n      }\n      teacher {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentClasses($networkId: ID!) {\n    myClasses(networkId: $networkId) {\n      id\n      name\n      subject\n      gradeLevel\n      school {\n        id\n        name\n      }\n      teacher {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeacherClasses($networkId: ID!) {\n    myClasses(networkId: $networkId) {\n      id\n      name\n      subject\n      gradeLevel\n      joinCode\n      createdAt\n      teacherId\n    }\n  }\n"): (typeof documents)["\n  query TeacherClasses($networkId: ID!) {\n    myClasses(networkId: $networkId) {\n      id\n      name\n      subject\n      gradeLevel\n      joinCode\n      createdAt\n      teacherId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      id\n      name\n      subject\n      gradeLevel\n      joinCode\n      createdAt\n      teacherId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClass($input: CreateClassInput!) {\n    createClass(input: $input) {\n      id\n      name\n      subject\n      gradeLevel\n      joinCode\n      createdAt\n      teacherId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClassRoster($classId: ID!) {\n    classRoster(classId: $classId) {\n      studentId\n      displayName\n      username\n      joinedAt\n    }\n  }\n"): (typeof documents)["\n  query ClassRoster($classId: ID!) {\n    classRoster(classId: $classId) {\n      studentId\n      displayName\n      username\n      joinedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStudentPassword($input: ResetStudentPasswordInput!) {\n    resetStudentPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetStudentPassword($input: ResetStudentPasswordInput!) {\n    resetStudentPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStudent($input: RemoveStudentInput!) {\n    removeStudent(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveStudent($input: RemoveStudentInput!) {\n    removeStudent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionFields on Submission {\n    id\n    exchangeId\n    pseudonym\n    body\n    submittedBody\n    status\n    submittedAt\n    hasUnsubmittedChanges\n    wordCount\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SubmissionFields on Submission {\n    id\n    exchangeId\n    pseudonym\n    body\n    submittedBody\n    status\n    submittedAt\n    hasUnsubmittedChanges\n    wordCount\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReceivedReviewFields on ReceivedReview {\n    id\n    reviewerLabel\n    strength\n    nextStep\n    score\n    maxScore\n    submittedAt\n    helpfulness\n    helpfulnessComment\n    flagOpen\n    hidden\n    criteria {\n      criterionId\n      title\n      points\n      levelLabel\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment ReceivedReviewFields on ReceivedReview {\n    id\n    reviewerLabel\n    strength\n    nextStep\n    score\n    maxScore\n    submittedAt\n    helpfulness\n    helpfulnessComment\n    flagOpen\n    hidden\n    criteria {\n      criterionId\n      title\n      points\n      levelLabel\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeSummaryFields on Exchange {\n    id\n    title\n    phase\n    submissionDueAt\n    reviewDueAt\n    feedbackReleaseAt\n    viewerRole\n    viewerCanAddClasses\n    submissionOpen\n    acceptLateEssays\n    reviewsAllocatedAt\n    owner {\n      id\n      displayName\n    }\n    mySubmission {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  fragment ExchangeSummaryFields on Exchange {\n    id\n    title\n    phase\n    submissionDueAt\n    reviewDueAt\n    feedbackReleaseAt\n    viewerRole\n    viewerCanAddClasses\n    submissionOpen\n    acceptLateEssays\n    reviewsAllocatedAt\n    owner {\n      id\n      displayName\n    }\n    mySubmission {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExchanges($networkId: ID!) {\n    myExchanges(networkId: $networkId) {\n      ...ExchangeSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query MyExchanges($networkId: ID!) {\n    myExchanges(networkId: $networkId) {\n      ...ExchangeSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exchange($id: ID!) {\n    exchange(id: $id) {\n      ...ExchangeSummaryFields\n      prompt\n      reviewsPerSubmission\n      anonymity\n      crossSchoolOnly\n      rubric {\n        id\n        title\n        version\n        description\n        maxScore\n        criteria {\n          id\n          title\n          description\n          weight\n          levels {\n            points\n            label\n            descriptor\n          }\n        }\n      }\n      myFeedback {\n        ...ReceivedReviewFields\n      }\n      classes {\n        id\n        status\n        classId\n        className\n        schoolName\n        isMine\n        teacher {\n          id\n          displayName\n        }\n        progress {\n          enrolled\n          started\n          submitted\n        }\n        participants {\n          pseudonym\n          isMine\n          status\n          submittedAt\n          wordCount\n          student {\n            id\n            displayName\n          }\n        }\n      }\n      invitableTeachers {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Exchange($id: ID!) {\n    exchange(id: $id) {\n      ...ExchangeSummaryFields\n      prompt\n      reviewsPerSubmission\n      anonymity\n      crossSchoolOnly\n      rubric {\n        id\n        title\n        version\n        description\n        maxScore\n        criteria {\n          id\n          title\n          description\n          weight\n          levels {\n            points\n            label\n            descriptor\n          }\n        }\n      }\n      myFeedback {\n        ...ReceivedReviewFields\n      }\n      classes {\n        id\n        status\n        classId\n        className\n        schoolName\n        isMine\n        teacher {\n          id\n          displayName\n        }\n        progress {\n          enrolled\n          started\n          submitted\n        }\n        participants {\n          pseudonym\n          isMine\n          status\n          submittedAt\n          wordCount\n          student {\n            id\n            displayName\n          }\n        }\n      }\n      invitableTeachers {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExchange($input: CreateExchangeInput!) {\n    createExchange(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExchange($input: CreateExchangeInput!) {\n    createExchange(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToExchange($exchangeId: ID!, $teacherId: ID!) {\n    inviteClassToExchange(exchangeId: $exchangeId, teacherId: $teacherId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToExchange($exchangeId: ID!, $teacherId: ID!) {\n    inviteClassToExchange(exchangeId: $exchangeId, teacherId: $teacherId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClassToExchange($exchangeId: ID!, $classId: ID!) {\n    addClassToExchange(exchangeId: $exchangeId, classId: $classId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddClassToExchange($exchangeId: ID!, $classId: ID!) {\n    addClassToExchange(exchangeId: $exchangeId, classId: $classId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceExchange($exchangeId: ID!) {\n    advanceExchangePhase(exchangeId: $exchangeId) {\n      id\n      phase\n      submissionOpen\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceExchange($exchangeId: ID!) {\n    advanceExchangePhase(exchangeId: $exchangeId) {\n      id\n      phase\n      submissionOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEssayDraft($exchangeId: ID!, $body: String!) {\n    saveEssayDraft(exchangeId: $exchangeId, body: $body) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveEssayDraft($exchangeId: ID!, $body: String!) {\n    saveEssayDraft(exchangeId: $exchangeId, body: $body) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitEssay($exchangeId: ID!, $body: String!) {\n    submitEssay(exchangeId: $exchangeId, body: $body) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitEssay($exchangeId: ID!, $body: String!) {\n    submitEssay(exchangeId: $exchangeId, body: $body) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewAssignmentFields on ReviewAssignment {\n    id\n    exchangeId\n    status\n    authorPseudonym\n    essay\n    essayWordCount\n    strength\n    nextStep\n    dueAt\n    startedAt\n    submittedAt\n    hidden\n    criteria {\n      criterionId\n      title\n      points\n      levelLabel\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewAssignmentFields on ReviewAssignment {\n    id\n    exchangeId\n    status\n    authorPseudonym\n    essay\n    essayWordCount\n    strength\n    nextStep\n    dueAt\n    startedAt\n    submittedAt\n    hidden\n    criteria {\n      criterionId\n      title\n      points\n      levelLabel\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReviewAssignments($exchangeId: ID!) {\n    myReviewAssignments(exchangeId: $exchangeId) {\n      ...ReviewAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  query MyReviewAssignments($exchangeId: ID!) {\n    myReviewAssignments(exchangeId: $exchangeId) {\n      ...ReviewAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReview($reviewId: ID!) {\n    startReview(reviewId: $reviewId) {\n      ...ReviewAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartReview($reviewId: ID!) {\n    startReview(reviewId: $reviewId) {\n      ...ReviewAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReviewDraft($input: ReviewInput!) {\n    saveReviewDraft(input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReviewDraft($input: ReviewInput!) {\n    saveReviewDraft(input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReview($input: ReviewInput!) {\n    submitReview(input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReview($input: ReviewInput!) {\n    submitReview(input: $input) {\n      ...ReviewAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateReview($input: RateReviewInput!) {\n    rateReview(input: $input) {\n      ...ReceivedReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateReview($input: RateReviewInput!) {\n    rateReview(input: $input) {\n      ...ReceivedReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagReview($input: FlagReviewInput!) {\n    flagReview(input: $input) {\n      ...ReceivedReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation FlagReview($input: FlagReviewInput!) {\n    flagReview(input: $input) {\n      ...ReceivedReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveFlag($input: ResolveFlagInput!) {\n    resolveFlag(input: $input) {\n      id\n      status\n      resolution\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveFlag($input: ResolveFlagInput!) {\n    resolveFlag(input: $input) {\n      id\n      status\n      resolution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompletionRowFields on CompletionRow {\n    label\n    isMine\n    students\n    submitted\n    late\n    reviewsAssigned\n    reviewsSubmitted\n  }\n"): (typeof documents)["\n  fragment CompletionRowFields on CompletionRow {\n    label\n    isMine\n    students\n    submitted\n    late\n    reviewsAssigned\n    reviewsSubmitted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangeResults($exchangeId: ID!) {\n    exchangeResults(exchangeId: $exchangeId) {\n      exchangeId\n      maxScore\n      allocationNotes\n      classes {\n        ...CompletionRowFields\n      }\n      schools {\n        ...CompletionRowFields\n      }\n      criteria {\n        criterionId\n        title\n        averagePoints\n        levels {\n          points\n          label\n          count\n        }\n      }\n      helpfulness {\n        label\n        isMine\n        reviewsSubmitted\n        ratings\n        averageHelpfulness\n      }\n      flags {\n        id\n        reviewId\n        reason\n        status\n        resolution\n        createdAt\n        authorLabel\n        reviewerLabel\n        review {\n          ...ReceivedReviewFields\n        }\n      }\n      students {\n        student {\n          id\n          displayName\n        }\n        pseudonym\n        status\n        submittedAt\n        late\n        averageScore\n        reviewsAssigned\n        reviewsSubmitted\n        received {\n          ...ReceivedReviewFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExchangeResults($exchangeId: ID!) {\n    exchangeResults(exchangeId: $exchangeId) {\n      exchangeId\n      maxScore\n      allocationNotes\n      classes {\n        ...CompletionRowFields\n      }\n      schools {\n        ...CompletionRowFields\n      }\n      criteria {\n        criterionId\n        title\n        averagePoints\n        levels {\n          points\n          label\n          count\n        }\n      }\n      helpfulness {\n        label\n        isMine\n        reviewsSubmitted\n        ratings\n        averageHelpfulness\n      }\n      flags {\n        id\n        reviewId\n        reason\n        status\n        resolution\n        createdAt\n        authorLabel\n        reviewerLabel\n        review {\n          ...ReceivedReviewFields\n        }\n      }\n      students {\n        student {\n          id\n          displayName\n        }\n        pseudonym\n        status\n        submittedAt\n        late\n        averageScore\n        reviewsAssigned\n        reviewsSubmitted\n        received {\n          ...ReceivedReviewFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupCardFields on Group {\n    id\n    name\n    description\n    focus\n    subject\n    gradeBand\n    role\n    primeFocus\n    access\n    archivedAt\n    memberCount\n    viewerMember {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment GroupCardFields on Group {\n    id\n    name\n    description\n    focus\n    subject\n    gradeBand\n    role\n    primeFocus\n    access\n    archivedAt\n    memberCount\n    viewerMember {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($networkId: ID!, $filter: GroupsFilter, $first: Int, $after: String) {\n    groups(networkId: $networkId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GroupCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($networkId: ID!, $filter: GroupsFilter, $first: Int, $after: String) {\n    groups(networkId: $networkId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...GroupCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeGroups($networkId: ID!, $myGroupsFirst: Int) {\n    jobAlikes(networkId: $networkId) {\n      sharedSubjects\n      sharedGradeBands\n      member {\n        id\n        role\n        subjects\n        gradeLevels\n        school {\n          id\n          name\n          state\n        }\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    suggestedGroups(networkId: $networkId) {\n      ...GroupCardFields\n    }\n    myGroups: groups(networkId: $networkId, filter: { mine: true }, first: $myGroupsFirst) {\n      totalCount\n      nodes {\n        ...GroupCardFields\n        lastActivityAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeGroups($networkId: ID!, $myGroupsFirst: Int) {\n    jobAlikes(networkId: $networkId) {\n      sharedSubjects\n      sharedGradeBands\n      member {\n        id\n        role\n        subjects\n        gradeLevels\n        school {\n          id\n          name\n          state\n        }\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n    suggestedGroups(networkId: $networkId) {\n      ...GroupCardFields\n    }\n    myGroups: groups(networkId: $networkId, filter: { mine: true }, first: $myGroupsFirst) {\n      totalCount\n      nodes {\n        ...GroupCardFields\n        lastActivityAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolatedMembers($networkId: ID!) {\n    isolatedMembers(networkId: $networkId) {\n      reason\n      lastGroupActivityAt\n      member {\n        id\n        role\n        subjects\n        gradeLevels\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsolatedMembers($networkId: ID!) {\n    isolatedMembers(networkId: $networkId) {\n      reason\n      lastGroupActivityAt\n      member {\n        id\n        role\n        subjects\n        gradeLevels\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    kind\n    body\n    hidden\n    mine\n    createdAt\n    editedAt\n    goalId\n    parentId\n    author {\n      id\n      displayName\n    }\n    links {\n      url\n      title\n    }\n    mentions {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    kind\n    body\n    hidden\n    mine\n    createdAt\n    editedAt\n    goalId\n    parentId\n    author {\n      id\n      displayName\n    }\n    links {\n      url\n      title\n    }\n    mentions {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      ...GroupCardFields\n      networkId\n      createdAt\n      lastActivityAt\n      canReadStream\n      members {\n        id\n        role\n        status\n        userId\n        user {\n          id\n          displayName\n        }\n        member {\n          id\n          role\n          subjects\n          school {\n            id\n            name\n          }\n        }\n      }\n      pendingRequests {\n        id\n        userId\n        createdAt\n        user {\n          id\n          displayName\n        }\n        member {\n          id\n          role\n          subjects\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      ...GroupCardFields\n      networkId\n      createdAt\n      lastActivityAt\n      canReadStream\n      members {\n        id\n        role\n        status\n        userId\n        user {\n          id\n          displayName\n        }\n        member {\n          id\n          role\n          subjects\n          school {\n            id\n            name\n          }\n        }\n      }\n      pendingRequests {\n        id\n        userId\n        createdAt\n        user {\n          id\n          displayName\n        }\n        member {\n          id\n          role\n          subjects\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupStream($id: ID!, $first: Int, $after: String, $activityFirst: Int) {\n    group(id: $id) {\n      id\n      goals {\n        id\n        statement\n        successCriteria\n        targetDate\n        status\n        createdAt\n        updatedAt\n        checkIns {\n          id\n          body\n          hidden\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...PostFields\n          replies {\n            ...PostFields\n          }\n        }\n      }\n      activity(first: $activityFirst) {\n        id\n        kind\n        summary\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupStream($id: ID!, $first: Int, $after: String, $activityFirst: Int) {\n    group(id: $id) {\n      id\n      goals {\n        id\n        statement\n        successCriteria\n        targetDate\n        status\n        createdAt\n        updatedAt\n        checkIns {\n          id\n          body\n          hidden\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          ...PostFields\n          replies {\n            ...PostFields\n          }\n        }\n      }\n      activity(first: $activityFirst) {\n        id\n        kind\n        summary\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGroup($groupId: ID!) {\n    archiveGroup(groupId: $groupId) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGroup($groupId: ID!) {\n    archiveGroup(groupId: $groupId) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      groupId\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      groupId\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"): (typeof documents)["\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideJoinRequest($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointFacilitator($input: AppointFacilitatorInput!) {\n    appointFacilitator(input: $input) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AppointFacilitator($input: AppointFacilitatorInput!) {\n    appointFacilitator(input: $input) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      statement\n      successCriteria\n      targetDate\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      statement\n      successCriteria\n      targetDate\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      statement\n      successCriteria\n      targetDate\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      statement\n      successCriteria\n      targetDate\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId)\n  }\n"): (typeof documents)["\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($postId: ID!) {\n    hidePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation HidePost($postId: ID!) {\n    hidePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorSummary($networkId: ID!) {\n    members(networkId: $networkId, first: 1) {\n      totalCount\n    }\n    invitations(networkId: $networkId) {\n      id\n    }\n    groups(networkId: $networkId, first: 1) {\n      totalCount\n    }\n    isolatedMembers(networkId: $networkId) {\n      reason\n      member {\n        id\n      }\n    }\n    outbox(networkId: $networkId, first: 100) {\n      smtpConfigured\n      messages {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorSummary($networkId: ID!) {\n    members(networkId: $networkId, first: 1) {\n      totalCount\n    }\n    invitations(networkId: $networkId) {\n      id\n    }\n    groups(networkId: $networkId, first: 1) {\n      totalCount\n    }\n    isolatedMembers(networkId: $networkId) {\n      reason\n      member {\n        id\n      }\n    }\n    outbox(networkId: $networkId, first: 100) {\n      smtpConfigured\n      messages {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      networkName\n      schoolName\n      email\n      role\n      existingAccount\n      state\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      networkName\n      schoolName\n      email\n      role\n      existingAccount\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinClass($input: JoinClassInput!) {\n    joinClass(input: $input) {\n      user {\n        id\n      }\n      class {\n        id\n        name\n        networkId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinClass($input: JoinClassInput!) {\n    joinClass(input: $input) {\n      user {\n        id\n      }\n      class {\n        id\n        name\n        networkId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdultCandidates($networkId: ID!, $search: String) {\n    members(networkId: $networkId, search: $search, first: 20) {\n      nodes {\n        id\n        role\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdultCandidates($networkId: ID!, $search: String) {\n    members(networkId: $networkId, search: $search, first: 20) {\n      nodes {\n        id\n        role\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkShell($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      description\n      viewerMembership {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        schoolId\n        school {\n          id\n          name\n        }\n      }\n      schools {\n        id\n        name\n        state\n        locality\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkShell($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      description\n      viewerMembership {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        schoolId\n        school {\n          id\n          name\n        }\n      }\n      schools {\n        id\n        name\n        state\n        locality\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        text\n        createdAt\n        readAt\n        groupId\n        networkId\n        postId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        text\n        createdAt\n        readAt\n        groupId\n        networkId\n        postId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDigestFrequency($frequency: String!) {\n    setDigestFrequency(frequency: $frequency)\n  }\n"): (typeof documents)["\n  mutation SetDigestFrequency($frequency: String!) {\n    setDigestFrequency(frequency: $frequency)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($networkId: ID!, $first: Int) {\n    outbox(networkId: $networkId, first: $first) {\n      smtpConfigured\n      messages {\n        id\n        toAddress\n        subject\n        body\n        link\n        kind\n        status\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($networkId: ID!, $first: Int) {\n    outbox(networkId: $networkId, first: $first) {\n      smtpConfigured\n      messages {\n        id\n        toAddress\n        subject\n        body\n        link\n        kind\n        status\n        createdAt\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members(\n    $networkId: ID!\n    $search: String\n    $role: Role\n    $schoolId: ID\n    $status: MemberStatus\n    $first: Int\n    $after: String\n  ) {\n    members(\n      networkId: $networkId\n      search: $search\n      role: $role\n      schoolId: $schoolId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        schoolId\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n          email\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members(\n    $networkId: ID!\n    $search: String\n    $role: Role\n    $schoolId: ID\n    $status: MemberStatus\n    $first: Int\n    $after: String\n  ) {\n    members(\n      networkId: $networkId\n      search: $search\n      role: $role\n      schoolId: $schoolId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        role\n        status\n        subjects\n        gradeLevels\n        schoolId\n        school {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n          email\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($networkId: ID!) {\n    invitations(networkId: $networkId) {\n      id\n      email\n      role\n      subjects\n      gradeLevels\n      createdAt\n      expiresAt\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($networkId: ID!) {\n    invitations(networkId: $networkId) {\n      id\n      email\n      role\n      subjects\n      gradeLevels\n      createdAt\n      expiresAt\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      schoolId\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      schoolId\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RubricFields on Rubric {\n    id\n    title\n    description\n    version\n    rootId\n    lockedAt\n    viewerIsOwner\n    maxScore\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    sharedWithGroup {\n      id\n      name\n    }\n    criteria {\n      id\n      title\n      description\n      weight\n      levels {\n        points\n        label\n        descriptor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RubricFields on Rubric {\n    id\n    title\n    description\n    version\n    rootId\n    lockedAt\n    viewerIsOwner\n    maxScore\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    sharedWithGroup {\n      id\n      name\n    }\n    criteria {\n      id\n      title\n      description\n      weight\n      levels {\n        points\n        label\n        descriptor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rubrics($networkId: ID!) {\n    rubrics(networkId: $networkId) {\n      ...RubricFields\n    }\n  }\n"): (typeof documents)["\n  query Rubrics($networkId: ID!) {\n    rubrics(networkId: $networkId) {\n      ...RubricFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rubric($id: ID!) {\n    rubric(id: $id) {\n      ...RubricFields\n    }\n  }\n"): (typeof documents)["\n  query Rubric($id: ID!) {\n    rubric(id: $id) {\n      ...RubricFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRubric($input: CreateRubricInput!) {\n    createRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRubric($input: CreateRubricInput!) {\n    createRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRubric($input: UpdateRubricInput!) {\n    updateRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRubric($input: UpdateRubricInput!) {\n    updateRubric(input: $input) {\n      ...RubricFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateRubric($id: ID!) {\n    duplicateRubric(id: $id) {\n      ...RubricFields\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateRubric($id: ID!) {\n    duplicateRubric(id: $id) {\n      ...RubricFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareRubric($rubricId: ID!, $groupId: ID) {\n    shareRubric(rubricId: $rubricId, groupId: $groupId) {\n      ...RubricFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareRubric($rubricId: ID!, $groupId: ID) {\n    shareRubric(rubricId: $rubricId, groupId: $groupId) {\n      ...RubricFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      name\n      state\n      locality\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      id\n      name\n      state\n      locality\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      id\n      name\n      state\n      locality\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      id\n      name\n      state\n      locality\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitCardFields on Unit {\n    id\n    groupId\n    title\n    subject\n    gradeBand\n    summary\n    status\n    publishedAt\n    updatedAt\n    forkedFrom {\n      id\n      title\n      groupName\n    }\n  }\n"): (typeof documents)["\n  fragment UnitCardFields on Unit {\n    id\n    groupId\n    title\n    subject\n    gradeBand\n    summary\n    status\n    publishedAt\n    updatedAt\n    forkedFrom {\n      id\n      title\n      groupName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitSectionFields on UnitSectionContent {\n    id\n    title\n    stage\n    html\n  }\n"): (typeof documents)["\n  fragment UnitSectionFields on UnitSectionContent {\n    id\n    title\n    stage\n    html\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitReviewFields on UnitReview {\n    id\n    unitId\n    stage\n    reflection\n    createdAt\n    closedAt\n    friends {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment UnitReviewFields on UnitReview {\n    id\n    unitId\n    stage\n    reflection\n    createdAt\n    closedAt\n    friends {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      ...UnitCardFields\n      networkId\n      documentId\n      forkedFromId\n      createdAt\n      viewerAccess\n      viewerCanComment\n      group {\n        id\n        name\n        archivedAt\n        viewerMember {\n          id\n          status\n        }\n      }\n      contributors {\n        edits\n        lastEditedAt\n        user {\n          id\n          displayName\n        }\n        school {\n          id\n          name\n        }\n      }\n      currentReview {\n        ...UnitReviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitPage($id: ID!) {\n    unit(id: $id) {\n      ...UnitCardFields\n      networkId\n      documentId\n      forkedFromId\n      createdAt\n      viewerAccess\n      viewerCanComment\n      group {\n        id\n        name\n        archivedAt\n        viewerMember {\n          id\n          status\n        }\n      }\n      contributors {\n        edits\n        lastEditedAt\n        user {\n          id\n          displayName\n        }\n        school {\n          id\n          name\n        }\n      }\n      currentReview {\n        ...UnitReviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitCommentFields on UnitComment {\n    id\n    unitId\n    sectionId\n    kind\n    body\n    reviewId\n    resolvedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment UnitCommentFields on UnitComment {\n    id\n    unitId\n    sectionId\n    kind\n    body\n    reviewId\n    resolvedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitComments($id: ID!) {\n    unit(id: $id) {\n      id\n      comments(includeResolved: true) {\n        ...UnitCommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitComments($id: ID!) {\n    unit(id: $id) {\n      id\n      comments(includeResolved: true) {\n        ...UnitCommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitRevisions($id: ID!) {\n    unit(id: $id) {\n      id\n      revisions {\n        id\n        name\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitRevisions($id: ID!) {\n    unit(id: $id) {\n      id\n      revisions {\n        id\n        name\n        createdAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitRevision($id: ID!) {\n    unitRevision(id: $id) {\n      id\n      unitId\n      name\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      sections {\n        ...UnitSectionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitRevision($id: ID!) {\n    unitRevision(id: $id) {\n      id\n      unitId\n      name\n      createdAt\n      createdBy {\n        id\n        displayName\n      }\n      sections {\n        ...UnitSectionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPrint($id: ID!) {\n    unit(id: $id) {\n      ...UnitCardFields\n      createdAt\n      group {\n        id\n        name\n      }\n      contributors {\n        user {\n          id\n          displayName\n        }\n        school {\n          id\n          name\n        }\n      }\n      sections {\n        ...UnitSectionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitPrint($id: ID!) {\n    unit(id: $id) {\n      ...UnitCardFields\n      createdAt\n      group {\n        id\n        name\n      }\n      contributors {\n        user {\n          id\n          displayName\n        }\n        school {\n          id\n          name\n        }\n      }\n      sections {\n        ...UnitSectionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupUnits($groupId: ID!) {\n    units(groupId: $groupId) {\n      ...UnitCardFields\n    }\n  }\n"): (typeof documents)["\n  query GroupUnits($groupId: ID!) {\n    units(groupId: $groupId) {\n      ...UnitCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Library($networkId: ID!, $search: String, $subject: String, $gradeBand: String, $first: Int, $after: String) {\n    library(\n      networkId: $networkId\n      search: $search\n      subject: $subject\n      gradeBand: $gradeBand\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...UnitCardFields\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Library($networkId: ID!, $search: String, $subject: String, $gradeBand: String, $first: Int, $after: String) {\n    library(\n      networkId: $networkId\n      search: $search\n      subject: $subject\n      gradeBand: $gradeBand\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...UnitCardFields\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUnitGroups($networkId: ID!) {\n    groups(networkId: $networkId, filter: { mine: true }, first: 100) {\n      nodes {\n        id\n        name\n        archivedAt\n        viewerMember {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyUnitGroups($networkId: ID!) {\n    groups(networkId: $networkId, filter: { mine: true }, first: 100) {\n      nodes {\n        id\n        name\n        archivedAt\n        viewerMember {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveUnitRevision($unitId: ID!, $name: String!) {\n    saveUnitRevision(unitId: $unitId, name: $name) {\n      id\n      name\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveUnitRevision($unitId: ID!, $name: String!) {\n    saveUnitRevision(unitId: $unitId, name: $name) {\n      id\n      name\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreUnitRevision($revisionId: ID!) {\n    restoreUnitRevision(revisionId: $revisionId) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreUnitRevision($revisionId: ID!) {\n    restoreUnitRevision(revisionId: $revisionId) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUnitComment($input: AddUnitCommentInput!) {\n    addUnitComment(input: $input) {\n      ...UnitCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddUnitComment($input: AddUnitCommentInput!) {\n    addUnitComment(input: $input) {\n      ...UnitCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveUnitComment($commentId: ID!) {\n    resolveUnitComment(commentId: $commentId) {\n      ...UnitCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveUnitComment($commentId: ID!) {\n    resolveUnitComment(commentId: $commentId) {\n      ...UnitCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartUnitReview($input: StartUnitReviewInput!) {\n    startUnitReview(input: $input) {\n      ...UnitReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartUnitReview($input: StartUnitReviewInput!) {\n    startUnitReview(input: $input) {\n      ...UnitReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceUnitReview($unitId: ID!, $reflection: String) {\n    advanceUnitReview(unitId: $unitId, reflection: $reflection) {\n      ...UnitReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceUnitReview($unitId: ID!, $reflection: String) {\n    advanceUnitReview(unitId: $unitId, reflection: $reflection) {\n      ...UnitReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishUnit($unitId: ID!) {\n    publishUnit(unitId: $unitId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishUnit($unitId: ID!) {\n    publishUnit(unitId: $unitId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveUnit($unitId: ID!) {\n    archiveUnit(unitId: $unitId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveUnit($unitId: ID!) {\n    archiveUnit(unitId: $unitId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForkUnit($unitId: ID!, $groupId: ID!) {\n    forkUnit(unitId: $unitId, groupId: $groupId) {\n      ...UnitCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForkUnit($unitId: ID!, $groupId: ID!) {\n    forkUnit(unitId: $unitId, groupId: $groupId) {\n      ...UnitCardFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;