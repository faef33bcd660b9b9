import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { useT } from '../lib/i18n';

export function NotFoundPage() {
  const t = useT('common');
  return (
    <Stack>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Text>{t('notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('actions.goHome')}
      </Anchor>
    </Stack>
  );
}
