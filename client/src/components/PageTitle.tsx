import { useEffect, useRef, type ReactNode } from 'react';
import { Title, type TitleProps } from '@mantine/core';
import { useLocation } from 'react-router';
import { useT } from '../lib/i18n';

interface PageTitleProps extends Omit<TitleProps, 'order' | 'children'> {
  children: ReactNode;
  /** The browser tab's title; defaults to the heading when it is plain text. */
  documentTitle?: string;
}

/**
 * The page's h1. After a client-side navigation it takes keyboard focus, so screen reader and
 * keyboard users start at the new page's heading. It also sets the document title.
 */
export function PageTitle({ children, documentTitle, ...props }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);
  const t = useT('common');
  const full = title ? t('documentTitle', { title }) : undefined;

  useEffect(() => {
    if (full) document.title = full;
  }, [full]);

  const firstVisit = location.key === 'default';
  useEffect(() => {
    // The first page of a visit keeps the browser's own focus handling; a change of search
    // parameters or hash (filters, tabs) is the same page and keeps focus where the person is.
    if (!firstVisit) ref.current?.focus({ preventScroll: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.pathname]);

  return (
    <Title order={1} ref={ref} tabIndex={-1} size="h2" {...props}>
      {children}
    </Title>
  );
}
