import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../lib/i18n';

export function Brand({ to = '/' }: { to?: string }) {
  const t = useT('common');
  return (
    <Anchor component={Link} to={to} underline="never" c="inherit" fw={800} fz="lg" aria-label={t('brand.home')}>
      <Group gap={8} wrap="nowrap">
        <BrandMark />
        {/* The product's name is a name: never translated. */}
        <span translate="no">{PRODUCT_NAME}</span>
      </Group>
    </Anchor>
  );
}

const PRODUCT_NAME = 'Switchback';

/** The logo: a switchback trail climbing. `fill` is the primary colour (a literal where no theme is). */
export function BrandMark({ fill = 'var(--mantine-primary-color-filled)' }: { fill?: string }) {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill={fill} />
      <path
        d="M6 24 L13 14 L18 20 L26 8"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
