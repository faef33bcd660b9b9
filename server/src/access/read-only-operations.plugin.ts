import type { ApolloServerPlugin } from '@apollo/server';
import { requestScope } from './request-scope.js';

/**
 * Marks the request scope read-only once the operation is known to be a query, so the access kernel
 * may use the memberships read with the session (`request-scope.ts`). Mutations are left unmarked.
 */
export function readOnlyOperations(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation }) {
          const scope = requestScope.getStore();
          if (scope && operation?.operation === 'query') scope.readOnly = true;
          return Promise.resolve();
        },
      });
    },
  };
}
