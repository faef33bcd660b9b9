/** Whether this device says its connection is slow or metered (the Network Information API, where there is one). */
interface ConnectionInfo {
  saveData?: boolean;
  effectiveType?: string;
  /** Estimated downlink, in megabits per second. */
  downlink?: number;
}

/** Slow enough that the low-bandwidth rendition should play by default. */
export function prefersLowBandwidth(connection: ConnectionInfo | undefined | null): boolean {
  if (!connection) return false;
  if (connection.saveData) return true;
  if (connection.effectiveType && ['slow-2g', '2g', '3g'].includes(connection.effectiveType)) return true;
  return typeof connection.downlink === 'number' && connection.downlink > 0 && connection.downlink < 1.5;
}

export function deviceConnection(): ConnectionInfo | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as { connection?: ConnectionInfo }).connection;
}

/** `/api/media/:id`, with `?rendition=low` for the low-bandwidth one. */
export function mediaUrl(mediaId: string, low: boolean): string {
  return `/api/media/${encodeURIComponent(mediaId)}${low ? '?rendition=low' : ''}`;
}
