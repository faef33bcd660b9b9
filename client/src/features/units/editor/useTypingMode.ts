import { useEffect, useState, type RefObject } from 'react';

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
    const onFocusIn = (e: FocusEvent) => {
      if (inText(e.target)) setTyping(true);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (!inText(e.relatedTarget)) setTyping(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (inText(e.target)) setTyping(true);
    };
    const onScroll = () => {
      const y = window.scrollY;
      upBy = y < lastY ? upBy + (lastY - y) : 0;
      lastY = y;
      if (upBy > SCROLL_UP_TO_SHOW) setTyping(false);
    };
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    root.addEventListener('keydown', onKeyDown);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      root.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', onScroll);
    };
  }, [frame]);

  return typing;
}
