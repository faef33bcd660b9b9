import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../lib/i18n';

interface ScrollTableProps {
  /** What the table is, for the scroll region's name (screen readers announce it on focus). */
  label: string;
  /** Narrower than this, the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  children: ReactNode;
}

/**
 * A data table that may be wider than the screen (a phone is 390 px): when it is, it becomes a
 * labelled scroll region that keyboard users can focus and scroll with the arrow keys, with a
 * visible hint above it that more columns are to the side. When it fits, it is just the table.
 */
export function ScrollTable({ label, minWidth, children }: ScrollTableProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflows, setOverflows] = useState(false);
  const t = useT('common');

  useEffect(() => {
    const el = viewport.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);

  return (
    <div className="scroll-table" data-overflows={overflows || undefined}>
      {overflows && (
        <p id={hintId} className="scroll-table__hint">
          {t('scrollTable.hint')} <span aria-hidden="true">→</span>
        </p>
      )}
      <div
        ref={viewport}
        className="scroll-table__viewport"
        // A landmark and a tab stop only while there is something to scroll.
        role={overflows ? 'region' : undefined}
        aria-label={overflows ? label : undefined}
        aria-describedby={overflows ? hintId : undefined}
        tabIndex={overflows ? 0 : undefined}
      >
        <div style={minWidth ? { minWidth } : undefined}>{children}</div>
      </div>
    </div>
  );
}
