/** Where the page script sends beacons and reads the figures (a contract with cached pages). */
export const HIT_PATH_PUBLIC = '/api/stats/hit'
export const SUMMARY_PATH_PUBLIC = '/api/stats'
