import { lazy, Suspense } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../lib/apollo';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

const client = createApolloClient();
// Notifications (shown after actions, none on the first page) load after the first page.
const AppNotifications = lazy(() => import('./AppNotifications'));

export function App() {
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <Suspense fallback={null}>
          <AppNotifications />
        </Suspense>
        <RouterProvider router={router} />
      </MantineProvider>
    </ApolloProvider>
  );
}
