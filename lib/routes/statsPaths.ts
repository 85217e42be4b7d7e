/**
 * Where the page script sends beacons and reads the figures (a contract with cached pages). In a
 * module of their own so that the beacon's bundle (browser/statsBeacon.ts) carries only these.
 */
export const statsPaths = {
  hit: () => '/api/stats/hit',
  summary: () => '/api/stats',
} as const
