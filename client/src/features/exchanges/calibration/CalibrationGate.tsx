import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PageLoader, QueryError } from '../../../components/QueryState';
import type { ExchangeData } from '../ExchangePage';
import { CalibrationPractice } from './CalibrationPractice';
import { StudentCalibrationQuery } from './operations';
import { useT } from '../../../lib/i18n';

/**
 * A student's reviews, behind the exchange's calibration when it is on: the example essays come
 * first, and the essays to review open once every example is done.
 */
export function CalibrationGate({ exchange, reviews }: { exchange: ExchangeData; reviews: ReactNode }) {
  const t = useT('calibration');
  const { data, loading, error, refetch } = useQuery(StudentCalibrationQuery, {
    variables: { exchangeId: exchange.id },
    fetchPolicy: 'cache-and-network',
  });
  if (!data && loading) return <PageLoader label={t('gate.loading')} />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const calibration = data.studentCalibration;
  if (!calibration.on) return <>{reviews}</>;
  const practice = <CalibrationPractice exchange={exchange} calibration={calibration} />;
  if (calibration.finished) {
    return (
      <>
        {reviews}
        {practice}
      </>
    );
  }
  return (
    <>
      {practice}
      {reviews && (
        <Alert color="blue" variant="light" title={t('gate.title')}>
          {t('gate.body')}
        </Alert>
      )}
    </>
  );
}
