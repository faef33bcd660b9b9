import type { ComponentType } from 'react';
import { createBrowserRouter, Outlet, ScrollRestoration, type LazyRouteFunction, type RouteObject } from 'react-router';
import type { NetworkRole } from '@switchback/shared';
import { SignInPage } from '../features/auth/SignInPage';
import { BootScreen } from './BootScreen';
import { NavigationProgress } from './NavigationProgress';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { RootRedirect } from './RootRedirect';
import { PageErrorBoundary, RootErrorBoundary } from './RouteErrorBoundary';
import { loadAppCatalogs } from '../lib/i18n';

/*
 * Only the sign-in page is in the first load: every other page, and the signed-in layout, loads
 * when it is first opened. A route's code loads before the navigation commits, so the page one
 * clicked from stays on screen under the progress bar (NavigationProgress) instead of going blank.
 */

/**
 * A lazily loaded page, shown only to `roles` (others get RequireRole's explanation). Its language's
 * catalogs past sign-in load with it (docs/i18n.md).
 */
function page(load: () => Promise<ComponentType>, roles?: readonly NetworkRole[]): LazyRouteFunction<RouteObject> {
  return async () => {
    const [Page, { RequireRole }] = await Promise.all([
      load(),
      roles ? import('../features/network/RequireRole') : Promise.resolve({ RequireRole: null }),
      loadAppCatalogs(),
    ]);
    if (!roles || !RequireRole) return { Component: Page };
    return {
      Component: () => (
        <RequireRole roles={roles}>
          <Page />
        </RequireRole>
      ),
    };
  };
}

const ADULTS = ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER'] as const;
const EXCHANGE_PEOPLE = ['ADMINISTRATOR', 'TEACHER', 'STUDENT'] as const;

function Root() {
  return (
    <>
      <NavigationProgress />
      <ScrollRestoration />
      <Outlet />
    </>
  );
}

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Root />,
    errorElement: <RootErrorBoundary />,
    // While the first page's code loads: the same screen as index.html's first paint.
    hydrateFallbackElement: <BootScreen />,
    children: [
      { index: true, element: <RootRedirect /> },
      {
        element: <PublicLayout />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          {
            path: 'forgot-password',
            lazy: page(() => import('../features/auth/ForgotPasswordPage').then((m) => m.ForgotPasswordPage)),
          },
          {
            path: 'reset-password/:token',
            lazy: page(() => import('../features/auth/ResetPasswordPage').then((m) => m.ResetPasswordPage)),
          },
          {
            path: 'invitations/:token',
            lazy: page(() =>
              import('../features/invitations/AcceptInvitationPage').then((m) => m.AcceptInvitationPage),
            ),
          },
          { path: 'join', lazy: page(() => import('../features/join/JoinClassPage').then((m) => m.JoinClassPage)) },
          {
            path: 'join/:code',
            lazy: page(() => import('../features/join/JoinClassPage').then((m) => m.JoinClassPage)),
          },
        ],
      },
      {
        // A knowledgeable other invited from another network: outside the network's layout.
        path: 'guest/lesson-studies/:lessonStudyId',
        errorElement: <PageErrorBoundary />,
        lazy: page(() =>
          import('../features/lesson-study-guest/GuestLessonStudyPage').then((m) => m.GuestLessonStudyPage),
        ),
      },
      {
        path: 'n/:slug',
        lazy: page(() => import('../features/network/NetworkLayout').then((m) => m.NetworkLayout)),
        children: [
          {
            errorElement: <PageErrorBoundary />,
            children: [
              { index: true, lazy: page(() => import('../features/home/HomePage').then((m) => m.HomePage)) },
              {
                path: 'schools',
                lazy: page(() => import('../features/schools/SchoolsPage').then((m) => m.SchoolsPage), ['COORDINATOR']),
              },
              {
                path: 'people',
                lazy: page(() => import('../features/people/PeoplePage').then((m) => m.PeoplePage), ADULTS),
              },
              {
                path: 'outbox',
                lazy: page(() => import('../features/outbox/OutboxPage').then((m) => m.OutboxPage), ['COORDINATOR']),
              },
              {
                // LMS connections (LTI 1.3): coordinators connect them, the network's adults see which exist.
                path: 'lms',
                lazy: page(() => import('../features/lms/LmsPage').then((m) => m.LmsPage), ADULTS),
              },
              {
                path: 'sign-in-providers',
                lazy: page(
                  () => import('../features/sign-in-providers/SignInProvidersPage').then((m) => m.SignInProvidersPage),
                  ['COORDINATOR'],
                ),
              },
              {
                path: 'audit',
                lazy: page(() => import('../features/audit/AuditLogPage').then((m) => m.AuditLogPage), ['COORDINATOR']),
              },
              {
                path: 'roster-import',
                lazy: page(
                  () => import('../features/roster-import/RosterImportPage').then((m) => m.RosterImportPage),
                  ['COORDINATOR'],
                ),
              },
              {
                path: 'classes',
                lazy: page(
                  () => import('../features/classes/ClassesPage').then((m) => m.ClassesPage),
                  ['TEACHER', 'ADMINISTRATOR'],
                ),
              },
              {
                path: 'classes/:classId',
                lazy: page(
                  () => import('../features/classes/ClassPage').then((m) => m.ClassPage),
                  ['TEACHER', 'ADMINISTRATOR'],
                ),
              },
              {
                path: 'groups',
                lazy: page(() => import('../features/groups/GroupsPage').then((m) => m.GroupsPage), ADULTS),
              },
              {
                path: 'groups/propose',
                lazy: page(
                  () => import('../features/groups/ProposeGroupPage').then((m) => m.ProposeGroupPage),
                  ['TEACHER', 'ADMINISTRATOR'],
                ),
              },
              {
                path: 'groups/:groupId',
                lazy: page(() => import('../features/groups/GroupPage').then((m) => m.GroupPage), ADULTS),
              },
              {
                path: 'messages',
                lazy: page(
                  () => import('../features/conversations/ConversationsPage').then((m) => m.ConversationsPage),
                  ADULTS,
                ),
              },
              {
                path: 'messages/:conversationId',
                lazy: page(
                  () => import('../features/conversations/ConversationPage').then((m) => m.ConversationPage),
                  ADULTS,
                ),
              },
              {
                path: 'mentoring',
                lazy: page(() => import('../features/mentoring/MentoringPage').then((m) => m.MentoringPage), ADULTS),
              },
              {
                path: 'mentoring/:mentorshipId',
                lazy: page(() => import('../features/mentoring/MentorshipPage').then((m) => m.MentorshipPage), ADULTS),
              },
              {
                path: 'showcase',
                lazy: page(() => import('../features/showcase/ShowcasePage').then((m) => m.ShowcasePage), ADULTS),
              },
              {
                path: 'library',
                lazy: page(() => import('../features/units/LibraryPage').then((m) => m.LibraryPage), ADULTS),
              },
              {
                path: 'units/:unitId',
                lazy: page(() => import('../features/units/UnitPage').then((m) => m.UnitPage), ADULTS),
              },
              {
                path: 'units/:unitId/print',
                lazy: page(() => import('../features/units/UnitPrintPage').then((m) => m.UnitPrintPage), ADULTS),
              },
              {
                path: 'rubrics',
                lazy: page(() => import('../features/rubrics/RubricsPage').then((m) => m.RubricsPage), ADULTS),
              },
              {
                path: 'rubrics/new',
                lazy: page(
                  () => import('../features/rubrics/RubricEditorPage').then((m) => m.RubricEditorPage),
                  ADULTS,
                ),
              },
              {
                path: 'rubrics/:rubricId',
                lazy: page(
                  () => import('../features/rubrics/RubricEditorPage').then((m) => m.RubricEditorPage),
                  ADULTS,
                ),
              },
              {
                path: 'calibration/:roundId',
                lazy: page(
                  () => import('../features/calibration/CalibrationRoundPage').then((m) => m.CalibrationRoundPage),
                  ADULTS,
                ),
              },
              {
                path: 'exchanges',
                lazy: page(
                  () => import('../features/exchanges/ExchangesPage').then((m) => m.ExchangesPage),
                  EXCHANGE_PEOPLE,
                ),
              },
              {
                path: 'exchanges/new',
                lazy: page(
                  () => import('../features/exchanges/CreateExchangePage').then((m) => m.CreateExchangePage),
                  ['ADMINISTRATOR', 'TEACHER'],
                ),
              },
              {
                path: 'exchanges/:exchangeId',
                lazy: page(
                  () => import('../features/exchanges/ExchangePage').then((m) => m.ExchangePage),
                  EXCHANGE_PEOPLE,
                ),
              },
              {
                path: 'exchanges/:exchangeId/reviews/:reviewId',
                lazy: page(() => import('../features/exchanges/ReviewPage').then((m) => m.ReviewPage), ['STUDENT']),
              },
              {
                path: 'isolated',
                lazy: page(
                  () => import('../features/groups/IsolatedMembersPage').then((m) => m.IsolatedMembersPage),
                  ['COORDINATOR'],
                ),
              },
              {
                path: 'health',
                lazy: page(
                  () => import('../features/health/NetworkHealthPage').then((m) => m.NetworkHealthPage),
                  ['COORDINATOR'],
                ),
              },
              {
                path: 'health/print',
                lazy: page(
                  () => import('../features/health/HealthPrintPage').then((m) => m.HealthPrintPage),
                  ['COORDINATOR'],
                ),
              },
              {
                path: 'lesson-studies/:lessonStudyId',
                lazy: page(
                  () => import('../features/lesson-study/LessonStudyPage').then((m) => m.LessonStudyPage),
                  ADULTS,
                ),
              },
              {
                path: 'lesson-study-records/:lessonStudyId',
                lazy: page(
                  () =>
                    import('../features/lesson-study/debrief/LessonStudyRecordPage').then(
                      (m) => m.LessonStudyRecordPage,
                    ),
                  ADULTS,
                ),
              },
              {
                path: 'convenings',
                lazy: page(() => import('../features/convenings/ConveningsPage').then((m) => m.ConveningsPage), ADULTS),
              },
              {
                path: 'convenings/:conveningId',
                lazy: page(() => import('../features/convenings/ConveningPage').then((m) => m.ConveningPage), ADULTS),
              },
              {
                path: 'convenings/:conveningId/sessions/:sessionId',
                lazy: page(() => import('../features/convenings/SessionPage').then((m) => m.SessionPage), ADULTS),
              },
              {
                path: 'convenings/:conveningId/sessions/:sessionId/check-in',
                lazy: page(() => import('../features/convenings/CheckInPage').then((m) => m.CheckInPage), ADULTS),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      {
        path: '*',
        element: (
          <PublicLayout>
            <NotFoundPage />
          </PublicLayout>
        ),
      },
    ],
  },
]);
