import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryState';
import { errorCode } from '../../lib/errors';
import { useNetwork } from '../network/context';

/** A unit that does not exist or that the viewer may not read (the same to them), or another failure. */
export function UnitNotFound({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { network } = useNetwork();
  const code = errorCode(error);
  if (code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT' && code !== 'FORBIDDEN') {
    return <QueryError error={error} onRetry={onRetry} />;
  }
  return (
    <Stack>
      <PageTitle>Unit not found</PageTitle>
      <Text>
        This unit does not exist in {network.name}, or it is a draft of a group you are not in. Published units are in
        the library.
      </Text>
      <Anchor component={Link} to={`/n/${network.slug}/library`}>
        Go to the library
      </Anchor>
    </Stack>
  );
}
