import { useNavigation } from 'react-router';
import { useAnythingWaiting } from '../components/page-progress';
import { useT } from '../lib/i18n';
import './navigation-progress.css';

/**
 * A thin bar at the top of the window while a click waits: for a page's code (the router keeps the
 * old page on screen meanwhile) or for a page's data (its PageLoader is showing). It appears after
 * a short delay, so quick steps do not flicker.
 */
export function NavigationProgress() {
  const navigating = useNavigation().state !== 'idle';
  const waiting = useAnythingWaiting();
  const t = useT('common');
  if (!navigating && !waiting) return null;
  return (
    <div className="navigation-progress" role="progressbar" aria-label={t('loadingPage')}>
      <div className="navigation-progress-bar" />
    </div>
  );
}
