/**
 * The screen while the first page's code loads: the same markup as the first paint in index.html
 * (its inline styles), so nothing moves when React takes over.
 */
export function BootScreen() {
  return (
    <div className="boot">
      <div className="boot-brand">
        <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#1971c2" />
          <path
            d="M6 24 L13 14 L18 20 L26 8"
            fill="none"
            stroke="#fff"
            strokeWidth="3"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>Switchback</span>
      </div>
      <div className="boot-card" role="status">
        <div>Loading Switchback…</div>
        <div className="boot-bar" />
      </div>
    </div>
  );
}
