import { BrandMark } from '../components/Brand';
import { useT } from '../lib/i18n';

const PRODUCT_NAME = 'Switchback';

/**
 * The screen while the first page's code loads: the same markup as the first paint in index.html
 * (its inline styles), so nothing moves when React takes over.
 */
export function BootScreen() {
  const t = useT('common');
  return (
    <div className="boot">
      <div className="boot-brand">
        <BrandMark fill="#1971c2" />
        <span translate="no">{PRODUCT_NAME}</span>
      </div>
      <div className="boot-card" role="status">
        <div>{t('boot.loading')}</div>
        <div className="boot-bar" />
      </div>
    </div>
  );
}
