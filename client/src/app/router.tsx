import { lazy } from 'react';
import { createBrowserRouter, Outlet, ScrollRestoration } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { AcceptInvitationPage } from '../features/invitations/AcceptInvitationPage';
import { JoinClassPage } from '../features/join/JoinClassPage';
import { NetworkLayout } from '../features/network/NetworkLayout';
import { RequireRole } from '../features/network/RequireRole';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { RootRedirect } from './RootRedirect';
import { PageErrorBoundary, RootErrorBoundary } from './RouteErrorBoundary';

// Pages for coordinators and teachers load on first visit, keeping the first load small.
const SchoolsPage = lazy(() => import('../features/schools/SchoolsPage').then((m) => ({ default: m.SchoolsPage })));
const PeoplePage = lazy(() => import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const OutboxPage = lazy(() => import('../features/outbox/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const AuditLogPage = lazy(() => import('../features/audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const ClassesPage = lazy(() => import('../features/classes/ClassesPage').then((m) => ({ default: m.ClassesPage })));
const ClassPage = lazy(() => import('../features/classes/ClassPage').then((m) => ({ default: m.ClassPage })));
const GroupsPage = lazy(() => import('../features/groups/GroupsPage').then((m) => ({ default: m.GroupsPage })));
const GroupPage = lazy(() => import('../features/groups/GroupPage').then((m) => ({ default: m.GroupPage })));
const IsolatedMembersPage = lazy(() =>
  import('../features/groups/IsolatedMembersPage').then((m) => ({ default: m.IsolatedMembersPage })),
);
const LibraryPage = lazy(() => import('../features/units/LibraryPage').then((m) => ({ default: m.LibraryPage })));
const UnitPage = lazy(() => import('../features/units/UnitPage').then((m) => ({ default: m.UnitPage })));
const UnitPrintPage = lazy(() => import('../features/units/UnitPrintPage').then((m) => ({ default: m.UnitPrintPage })));
const RubricsPage = lazy(() => import('../features/rubrics/RubricsPage').then((m) => ({ default: m.RubricsPage })));
const RubricEditorPage = lazy(() =>
  import('../features/rubrics/RubricEditorPage').then((m) => ({ default: m.RubricEditorPage })),
);

const ExchangesPage = lazy(() =>
  import('../features/exchanges/ExchangesPage').then((m) => ({ default: m.ExchangesPage })),
);
const CreateExchangePage = lazy(() =>
  import('../features/exchanges/CreateExchangePage').then((m) => ({ default: m.CreateExchangePage })),
);
const ExchangePage = lazy(() =>
  import('../features/exchanges/ExchangePage').then((m) => ({ default: m.ExchangePage })),
);
const ReviewPage = lazy(() => import('../features/exchanges/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const NetworkHealthPage = lazy(() =>
  import('../features/health/NetworkHealthPage').then((m) => ({ default: m.NetworkHealthPage })),
);
const HealthPrintPage = lazy(() =>
  import('../features/health/HealthPrintPage').then((m) => ({ default: m.HealthPrintPage })),
);
const ConveningsPage = lazy(() =>
  import('../features/convenings/ConveningsPage').then((m) => ({ default: m.ConveningsPage })),
);
const ConveningPage = lazy(() =>
  import('../features/convenings/ConveningPage').then((m) => ({ default: m.ConveningPage })),
);
const ConveningSessionPage = lazy(() =>
  import('../features/convenings/SessionPage').then((m) => ({ default: m.SessionPage })),
);
const CheckInPage = lazy(() => import('../features/convenings/CheckInPage').then((m) => ({ default: m.CheckInPage })));
const ADULTS = ['COORDINATOR', 'ADMINISTRATOR', 'TEACHER'] as const;
const EXCHANGE_PEOPLE = ['ADMINISTRATOR', 'TEACHER', 'STUDENT'] as const;

function Root() {
  return (
    <>
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
    children: [
      { index: true, element: <RootRedirect /> },
      {
        element: <PublicLayout />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password/:token', element: <ResetPasswordPage /> },
          { path: 'invitations/:token', element: <AcceptInvitationPage /> },
          { path: 'join', element: <JoinClassPage /> },
          { path: 'join/:code', element: <JoinClassPage /> },
        ],
      },
      {
        path: 'n/:slug',
        element: <NetworkLayout />,
        children: [
          {
            errorElement: <PageErrorBoundary />,
            children: [
              { index: true, element: <HomePage /> },
              {
                path: 'schools',
                element: (
                  <RequireRole roles={['COORDINATOR']}>
                    <SchoolsPage />
                  </RequireRole>
                ),
              },
              {
                path: 'people',
                element: (
                  <RequireRole roles={ADULTS}>
                    <PeoplePage />
                  </RequireRole>
                ),
              },
              {
                path: 'outbox',
                element: (
                  <RequireRole roles={['COORDINATOR']}>
                    <OutboxPage />
                  </RequireRole>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequireRole roles={['COORDINATOR']}>
                    <AuditLogPage />
                  </RequireRole>
                ),
              },
              {
                path: 'classes',
                element: (
                  <RequireRole roles={['TEACHER', 'ADMINISTRATOR']}>
                    <ClassesPage />
                  </RequireRole>
                ),
              },
              {
                path: 'classes/:classId',
                element: (
                  <RequireRole roles={['TEACHER', 'ADMINISTRATOR']}>
                    <ClassPage />
                  </RequireRole>
                ),
              },
              {
                path: 'groups',
                element: (
                  <RequireRole roles={ADULTS}>
                    <GroupsPage />
                  </RequireRole>
                ),
              },
              {
                path: 'groups/:groupId',
                element: (
                  <RequireRole roles={ADULTS}>
                    <GroupPage />
                  </RequireRole>
                ),
              },
              {
                path: 'library',
                element: (
                  <RequireRole roles={ADULTS}>
                    <LibraryPage />
                  </RequireRole>
                ),
              },
              {
                path: 'units/:unitId',
                element: (
                  <RequireRole roles={ADULTS}>
                    <UnitPage />
                  </RequireRole>
                ),
              },
              {
                path: 'units/:unitId/print',
                element: (
                  <RequireRole roles={ADULTS}>
                    <UnitPrintPage />
                  </RequireRole>
                ),
              },
              {
                path: 'rubrics',
                element: (
                  <RequireRole roles={ADULTS}>
                    <RubricsPage />
                  </RequireRole>
                ),
              },
              {
                path: 'rubrics/new',
                element: (
                  <RequireRole roles={ADULTS}>
                    <RubricEditorPage />
                  </RequireRole>
                ),
              },
              {
                path: 'rubrics/:rubricId',
                element: (
                  <RequireRole roles={ADULTS}>
                    <RubricEditorPage />
                  </RequireRole>
                ),
              },
              {
                path: 'exchanges',
                element: (
                  <RequireRole roles={EXCHANGE_PEOPLE}>
                    <ExchangesPage />
                  </RequireRole>
                ),
              },
              {
                path: 'exchanges/new',
                element: (
                  <RequireRole roles={['ADMINISTRATOR', 'TEACHER']}>
                    <CreateExchangePage />
                  </RequireRole>
                ),
              },
              {
                path: 'exchanges/:exchangeId',
                element: (
                  <RequireRole roles={EXCHANGE_PEOPLE}>
                    <ExchangePage />
                  </RequireRole>
                ),
              },
              {
                path: 'exchanges/:exchangeId/reviews/:reviewId',
                element: (
                  <RequireRole roles={['STUDENT']}>
                    <ReviewPage />
                  </RequireRole>
                ),
              },
              {
                path: 'isolated',
                element: (
                  <RequireRole roles={['COORDINATOR']}>
                    <IsolatedMembersPage />
                  </RequireRole>
                ),
              },
              {
                path: 'health',
                element: (
                  <RequireRole roles={['COORDINATOR']}>
                    <NetworkHealthPage />
                  </RequireRole>
                ),
              },
              {
                path: 'health/print',
                element: (
                  <RequireRole roles={['COORDINATOR']}>
                    <HealthPrintPage />
                  </RequireRole>
                ),
              },
              {
                path: 'convenings',
                element: (
                  <RequireRole roles={ADULTS}>
                    <ConveningsPage />
                  </RequireRole>
                ),
              },
              {
                path: 'convenings/:conveningId',
                element: (
                  <RequireRole roles={ADULTS}>
                    <ConveningPage />
                  </RequireRole>
                ),
              },
              {
                path: 'convenings/:conveningId/sessions/:sessionId',
                element: (
                  <RequireRole roles={ADULTS}>
                    <ConveningSessionPage />
                  </RequireRole>
                ),
              },
              {
                path: 'convenings/:conveningId/sessions/:sessionId/check-in',
                element: (
                  <RequireRole roles={ADULTS}>
                    <CheckInPage />
                  </RequireRole>
                ),
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
