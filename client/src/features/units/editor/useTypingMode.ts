import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** How far a person scrolls up (px) to bring the bars back while still in the editor. */
const SCROLL_UP_TO_SHOW = 48;
const TEXT = '.unit-editor__content';
const BAR = '.unit-editor__bar';

/**
 * Whether the person is typing in one of the frame's editors: from focusing the text until they
 * leave it or scroll up (the bars come back), and again from their next keystroke. On a phone the
 * frame's CSS hides the bars while this is true (unit-editor.css, `[data-typing]`).
 */
export function useTypingMode(frame: RefObject<HTMLElement | null>): boolean {
  const [typing, setTyping] = useState(false);
  /** The bar's height just before it folded. */
  const unfolded = useRef(0);
  /** The page's scroll position last seen, and how far the person has scrolled up from there. */
  const scroll = useRef({ lastY: 0, upBy: 0 });

  useEffect(() => {
    const root = frame.current;
    if (!root) return;
    const inText = (el: EventTarget | null) => el instanceof Element && el.closest(TEXT) !== null;
    scroll.current = { lastY: window.scrollY, upBy: 0 };
    // Folding moves the content: never while a finger or button is down, or the tap that moved focus
    // would land somewhere else (a menu that does not open, a drag that selects text). After it.
    let pressed = false;
    let after: boolean | null = null;
    // The bar's height before the press or key that moves focus into the text: focusing a section
    // also lengthens the person's line in the presence bar ("in Understandings"), which must not count.
    const remember = () => {
      const bar = root.querySelector<HTMLElement>(BAR);
      if (bar && !root.hasAttribute('data-typing')) unfolded.current = bar.offsetHeight;
    };
    const apply = (value: boolean) => setTyping(value);
    const set = (value: boolean) => {
      if (pressed) after = value;
      else apply(value);
    };
    const onPointerDown = () => {
      remember();
      pressed = true;
    };
    const onPointerUp = () => {
      pressed = false;
      if (after === null) return;
      const value = after;
      after = null;
      setTimeout(() => apply(value), 0);
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
    const beforeKey = () => remember();
    const onScroll = () => {
      const { lastY, upBy } = scroll.current;
      const y = window.scrollY;
      scroll.current = { lastY: y, upBy: y < lastY ? upBy + (lastY - y) : 0 };
      if (scroll.current.upBy > SCROLL_UP_TO_SHOW) set(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', beforeKey, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    root.addEventListener('keydown', onKeyDown);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', beforeKey, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      root.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', onScroll);
    };
  }, [frame]);

  // Folding must not move the text: while folded, the bar keeps its unfolded height in the page as
  // a bottom margin (only what stays stuck to the top gets slimmer). Without it, every fold pushed
  // the page by the presence bar's height, under the person's finger.
  useLayoutEffect(() => {
    const bar = frame.current?.querySelector<HTMLElement>(BAR);
    if (!bar) return;
    if (typing) {
      // Measuring the folded bar lays the page out: with its whole unfolded height kept first, so the
      // page never gets shorter than it will be (the browser, keeping the text in place by scrolling
      // up, would hit the top and leave the text moved).
      bar.style.setProperty('margin-bottom', `${unfolded.current}px`);
      bar.style.setProperty('margin-bottom', `${Math.max(0, unfolded.current - bar.offsetHeight)}px`);
    } else bar.style.removeProperty('margin-bottom');
    // The browser scrolls the page by as much as the bar changed, to keep the text in place (scroll
    // anchoring): that is not the person scrolling up to bring the bars back.
    scroll.current = { lastY: window.scrollY, upBy: 0 };
  }, [frame, typing]);

  return typing;
}
