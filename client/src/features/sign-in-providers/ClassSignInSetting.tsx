import { NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { SIGN_IN_PROVIDER_LABELS, SIGN_IN_PROVIDERS, type SignInProviderName } from '@switchback/shared';
import { errorMessage } from '../../lib/errors';
import { ClassSignInProviderQuery, SetClassSignInProviderMutation } from './operations';

/** On a class's page, for its teacher: students sign in with username and password, or their school account. */
export function ClassSignInSetting({ classId }: { classId: string }) {
  const { data, refetch } = useQuery(ClassSignInProviderQuery, { variables: { classId } });
  const [setProvider, { loading }] = useMutation(SetClassSignInProviderMutation);
  const setting = data?.classSignInProvider;
  if (!setting) return null;
  const change = async (value: string) => {
    const provider = value ? (value as SignInProviderName) : null;
    try {
      await setProvider({ variables: { input: { classId, provider } } });
      await refetch();
      notifications.show({ color: 'green', message: 'Saved how students of this class sign in.' });
    } catch (err) {
      notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(err) });
    }
  };
  return (
    <Stack gap={4}>
      <NativeSelect
        label="How students sign in"
        value={setting.provider ?? ''}
        disabled={loading}
        onChange={(e) => void change(e.currentTarget.value)}
        data={[
          { value: '', label: 'Username and password' },
          ...SIGN_IN_PROVIDERS.map((p) => ({ value: p, label: `School ${SIGN_IN_PROVIDER_LABELS[p]} accounts` })),
        ]}
        maw={360}
        size="md"
      />
      {setting.provider && (
        <Text size="sm" c={setting.available ? 'dimmed' : 'orange.8'}>
          {setting.available
            ? `Students join once with the class code and "Join with my school ${SIGN_IN_PROVIDER_LABELS[setting.provider]} account", then sign in with it.`
            : `Your network has not turned on ${SIGN_IN_PROVIDER_LABELS[setting.provider]} sign-in yet: ask your coordinator.`}
        </Text>
      )}
    </Stack>
  );
}
