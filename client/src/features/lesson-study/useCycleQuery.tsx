import type { ReactElement } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorCode } from '../../lib/errors';
import { CycleNotFound } from './CyclePieces';

/** What to say (and where to send the person back to) when the cycle is not there for them. */
export interface CycleNotFoundText {
  why: string;
  back: { to: string; label: string };
}

/**
 * Loads the lesson study of the route's `:lessonStudyId` with `query`. Until it is there, `fallback`
 * is what the page shows instead: a loader, "not found" in the page's words, or the error with a retry.
 */
export function useCycleQuery<TData extends { lessonStudy: object }>(
  query: TypedDocumentNode<TData, { id: string }>,
  notFound: CycleNotFoundText,
): { cycle: TData['lessonStudy']; fallback: null } | { cycle: null; fallback: ReactElement } {
  const { lessonStudyId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(query, {
    variables: { id: lessonStudyId },
    fetchPolicy: 'cache-and-network',
  });
  const cycle = data?.lessonStudy;
  if (cycle) return { cycle, fallback: null };
  if (loading) return { cycle: null, fallback: <PageLoader label="Loading the lesson study…" /> };
  if (errorCode(error) === 'NOT_FOUND') return { cycle: null, fallback: <CycleNotFound {...notFound} /> };
  return { cycle: null, fallback: <QueryError error={error} onRetry={() => void refetch()} /> };
}
