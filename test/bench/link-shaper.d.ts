/** Types of link-shaper.js, for TypeScript tests that put the shaper in front of a server. */
export interface LinkCounters {
  down: number;
  up: number;
  connections: number;
  lastByteAt: number;
  lostUp: number;
  lostDown: number;
}

export interface LinkShaper {
  port: number;
  url: string;
  counters: LinkCounters;
  since(mark: LinkCounters): { down: number; up: number };
  mark(): LinkCounters;
  dropConnections(): void;
  close(): Promise<void>;
}

export function startLinkShaper(options: { target: number; kbps: number; rttMs: number }): Promise<LinkShaper>;
