import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../lib/apollo';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <Notifications position="bottom-right" limit={3} autoClose={6000} />
        <RouterProvider router={router} />
      </MantineProvider>
    </ApolloProvider>
  );
}
