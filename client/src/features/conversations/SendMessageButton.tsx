import { Button } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { StartConversationMutation } from './operations';

/** Opens (or starts) the one-to-one conversation with an adult of the network. */
export function SendMessageButton({ userId, name }: { userId: string; name: string }) {
  const { network } = useNetwork();
  const navigate = useNavigate();
  const [start, { loading }] = useMutation(StartConversationMutation);
  const open = async () => {
    try {
      const { data } = await start({ variables: { input: { networkId: network.id, participantIds: [userId] } } });
      if (data) void navigate(`/n/${network.slug}/messages/${data.startConversation.id}`);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not open the conversation', message: errorMessage(e) });
    }
  };
  return (
    <Button
      size="sm"
      variant="light"
      mih={44}
      loading={loading}
      onClick={() => void open()}
      aria-label={`Send a message to ${name}`}
    >
      Send a message
    </Button>
  );
}
