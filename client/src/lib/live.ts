import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Socket } from 'socket.io-client';
import {
  ConversationLiveEvent,
  GroupLiveEvent,
  type ConversationMessageEventPayload,
  LIVE_NAMESPACE,
  type GroupMembersEventPayload,
  type GroupPostEventPayload,
  type NotificationEventPayload,
} from '@switchback/shared';
import { watchSocketReachability } from './connectivity';

/**
 * One socket.io connection to the /live namespace per signed-in person, shared by every hook.
 * The httpOnly session cookie authenticates the handshake. socket.io-client loads on first use, so
 * it stays out of the first page load.
 */
let socket: Socket | null = null;
let owner: string | null = null;
/** Bumped on every close, so a connection still loading for an old session is dropped. */
let generation = 0;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Opens the live connection for this person (once), reconnecting by itself when the network drops. */
export function openLive(userId: string): void {
  if (owner === userId) return;
  closeLive();
  owner = userId;
  const mine = generation;
  void import('socket.io-client')
    .then(({ io }) => {
      if (mine !== generation) return;
      socket = io(LIVE_NAMESPACE, { withCredentials: true, transports: ['websocket', 'polling'] });
      watchSocketReachability(socket);
      changed();
    })
    .catch(() => {
      // Live updates are a convenience: the pages still work (and refresh on navigation) without them.
      if (mine === generation) owner = null;
    });
}

/** Closes the live connection (on sign-out, or before another person signs in on this device). */
export function closeLive(): void {
  generation += 1;
  owner = null;
  if (socket) {
    socket.disconnect();
    socket = null;
    changed();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The shared socket, or null while signed out or still loading. */
export function useLiveSocket(): Socket | null {
  return useSyncExternalStore(
    subscribe,
    () => socket,
    () => null,
  );
}

/** Keeps the live connection open while someone is signed in. */
export function useLiveConnection(userId: string | null | undefined): void {
  useEffect(() => {
    if (userId) openLive(userId);
    else closeLive();
  }, [userId]);
}

/** The latest version of a callback, for socket handlers registered once. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

interface WatchAck {
  ok: boolean;
  error?: string;
}

/**
 * Receives a group's new, edited, hidden and deleted posts while mounted: asks the server to watch
 * the group on every (re)connection and stops on unmount. `onResync` runs after a reconnection,
 * when events may have been missed. Pass null as groupId to watch nothing (e.g. a closed group).
 */
export function useGroupLive(
  groupId: string | null,
  onPost: (payload: GroupPostEventPayload) => void,
  onResync?: () => void,
  onMembers?: () => void,
): void {
  const live = useLiveSocket();
  const onPostRef = useLatest(onPost);
  const onResyncRef = useLatest(onResync);
  const onMembersRef = useLatest(onMembers);

  useEffect(() => {
    if (!live || !groupId) return;
    let watchedBefore = false;
    const watch = () => {
      live.emit(GroupLiveEvent.Watch, { groupId }, (ack: WatchAck) => {
        if (!ack?.ok) return;
        if (watchedBefore) onResyncRef.current?.();
        watchedBefore = true;
      });
    };
    const receive = (payload: GroupPostEventPayload) => {
      if (payload.groupId === groupId) onPostRef.current(payload);
    };
    const members = (payload: GroupMembersEventPayload) => {
      if (payload.groupId === groupId) onMembersRef.current?.();
    };
    live.on('connect', watch);
    live.on(GroupLiveEvent.Post, receive);
    live.on(GroupLiveEvent.Members, members);
    // While disconnected, the 'connect' handler watches once the connection is up.
    if (live.connected) watch();
    return () => {
      live.off('connect', watch);
      live.off(GroupLiveEvent.Post, receive);
      live.off(GroupLiveEvent.Members, members);
      if (live.connected) live.emit(GroupLiveEvent.Unwatch, { groupId });
    };
  }, [live, groupId, onPostRef, onResyncRef, onMembersRef]);
}

/**
 * New notifications for the signed-in person, as they arrive. `onReconnect` runs when the connection
 * comes back after a drop, when notifications may have been missed.
 */
export function useLiveNotifications(
  onNotification: (payload: NotificationEventPayload) => void,
  onReconnect?: () => void,
): void {
  const live = useLiveSocket();
  const onNotificationRef = useLatest(onNotification);
  const onReconnectRef = useLatest(onReconnect);

  useEffect(() => {
    if (!live) return;
    let connectedBefore = live.connected;
    const receive = (payload: NotificationEventPayload) => onNotificationRef.current(payload);
    const connected = () => {
      if (connectedBefore) onReconnectRef.current?.();
      connectedBefore = true;
    };
    live.on(GroupLiveEvent.Notification, receive);
    live.on('connect', connected);
    return () => {
      live.off(GroupLiveEvent.Notification, receive);
      live.off('connect', connected);
    };
  }, [live, onNotificationRef, onReconnectRef]);
}

/**
 * New messages in the person's conversations as they arrive (every conversation: the list, the
 * unread badge and an open conversation all listen). `onAccessChanged` runs when the person's access
 * changed (removed from a network, role changed) and `onReconnect` after a dropped connection came
 * back, when messages may have been missed.
 */
export function useConversationLive(
  onMessage: (payload: ConversationMessageEventPayload) => void,
  onResync?: () => void,
): void {
  const live = useLiveSocket();
  const onMessageRef = useLatest(onMessage);
  const onResyncRef = useLatest(onResync);

  useEffect(() => {
    if (!live) return;
    let connectedBefore = live.connected;
    const receive = (payload: ConversationMessageEventPayload) => onMessageRef.current(payload);
    const resync = () => onResyncRef.current?.();
    const connected = () => {
      if (connectedBefore) resync();
      connectedBefore = true;
    };
    live.on(ConversationLiveEvent.Message, receive);
    live.on(ConversationLiveEvent.AccessChanged, resync);
    live.on('connect', connected);
    return () => {
      live.off(ConversationLiveEvent.Message, receive);
      live.off(ConversationLiveEvent.AccessChanged, resync);
      live.off('connect', connected);
    };
  }, [live, onMessageRef, onResyncRef]);
}
