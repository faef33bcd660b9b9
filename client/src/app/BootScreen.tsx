import { BrandMark } from '../components/Brand';

/**
 * The screen while the first page's code loads: the same markup as the first paint in index.html
 * (its inline styles), so nothing moves when React takes over.
 */
export function BootScreen() {
  return (
    <div className="boot">
      <div className="boot-brand">
        <BrandMark fill="#1971c2" />
        <span>Switchback</span>
      </div>
      <div className="boot-card" role="status">
        <div>Loading Switchback…</div>
        <div className="boot-bar" />
      </div>
    </div>
  );
}
