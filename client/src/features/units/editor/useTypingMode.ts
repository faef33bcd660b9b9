import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** How far a person scrolls up (px) to bring the bars back while still in the editor. */
const SCROLL_UP_TO_SHOW = 48;
const TEXT = '.unit-editor__content';

/**
 * Whether the person is typing in one of the frame's editors: from focusing the text until they
 * leave it or scroll up (the bars come back), and again from their next keystroke. On a phone the
 * frame's CSS hides the bars while this is true (unit-editor.css, `[data-typing]`).
 */
export function useTypingMode(frame: RefObject<HTMLElement | null>): boolean {
  const [typing, setTyping] = useState(false);

  useEffect(() => {
    const root = frame.current;
    if (!root) return;
    const inText = (el: EventTarget | null) => el instanceof Element && el.closest(TEXT) !== null;
    let lastY = window.scrollY;
    let upBy = 0;
    // Folding moves the content: never while a finger or button is down, or the tap that moved focus
    // would land somewhere else (a menu that does not open, a drag that selects text). After it.
    let pressed = false;
    let after: boolean | null = null;
    const set = (value: boolean) => {
      if (pressed) after = value;
      else setTyping(value);
    };
    const onPointerDown = () => {
      pressed = true;
    };
    const onPointerUp = () => {
      pressed = false;
      if (after === null) return;
      const value = after;
      after = null;
      setTimeout(() => setTyping(value), 0);
    };
    const onFocusIn = (e: FocusEvent) => {
      if (inText(e.target)) set(true);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (!inText(e.relatedTarget)) set(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (inText(e.target)) set(true);
    };
    const onScroll = () => {
      const y = window.scrollY;
      upBy = y < lastY ? upBy + (lastY - y) : 0;
      lastY = y;
      if (upBy > SCROLL_UP_TO_SHOW) set(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    root.addEventListener('keydown', onKeyDown);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      root.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', onScroll);
    };
  }, [frame]);

  return typing;
}

/**
 * Folding the bar must not move the text: while folded, the bar keeps its full height in the page
 * as a bottom margin (only what stays stuck to the top gets slimmer). Without it, every fold and
 * unfold pushed the page by the presence bar's height, under the person's finger.
 */
export function useFoldWithoutShift(bar: RefObject<HTMLElement | null>, folded: boolean): void {
  const fullHeight = useRef(0);
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    if (folded) {
      el.style.setProperty('margin-bottom', `${Math.max(0, fullHeight.current - el.offsetHeight)}px`);
      return;
    }
    el.style.removeProperty('margin-bottom');
    fullHeight.current = el.offsetHeight;
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      fullHeight.current = el.offsetHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [bar, folded]);
}
