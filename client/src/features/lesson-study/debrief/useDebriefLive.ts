import { useEffect, useRef } from 'react';
import { DebriefLiveEvent, type DebriefChangedPayload } from '@switchback/shared';
import { useLiveSocket } from '../../../lib/live';

/**
 * Calls `onChange` when this cycle's debrief changes (someone wrote, the step moved on, a revision
 * was proposed or decided), and after a dropped connection comes back (events may have been missed).
 */
export function useDebriefLive(lessonStudyId: string, onChange: () => void): void {
  const live = useLiveSocket();
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  useEffect(() => {
    if (!live) return;
    let connectedBefore = live.connected;
    const receive = (payload: DebriefChangedPayload) => {
      if (payload?.lessonStudyId === lessonStudyId) callback.current();
    };
    const connected = () => {
      if (connectedBefore) callback.current();
      connectedBefore = true;
    };
    live.on(DebriefLiveEvent.Changed, receive);
    live.on('connect', connected);
    return () => {
      live.off(DebriefLiveEvent.Changed, receive);
      live.off('connect', connected);
    };
  }, [live, lessonStudyId]);
}
