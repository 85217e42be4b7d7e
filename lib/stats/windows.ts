/** A visit ends after 30 minutes without a page view from the same visitor. */
export const VISIT_GAP_MS = 30 * 60 * 1000

/** "Đang online": distinct visitors with a page view in the last 5 minutes. */
export const ONLINE_WINDOW_MS = 5 * 60 * 1000

/** Times are milliseconds since the epoch: what the store keeps and compares on both engines. */
export type Millis = number

/** Whether a page view at `now` starts a new visit, given the visitor's previous page view. */
export const startsVisit = (lastSeen: Millis | undefined, now: Millis): boolean =>
  lastSeen === undefined || now - lastSeen > VISIT_GAP_MS

/** Whether a visitor last seen at `lastSeen` counts as online at `now`. */
export const isOnline = (lastSeen: Millis, now: Millis): boolean => {
  const age = now - lastSeen
  return age >= 0 && age <= ONLINE_WINDOW_MS
}

/** The oldest `lastSeen` still online at `now`: the stores count visitors at or after it. */
export const onlineSince = (now: Millis): Millis => now - ONLINE_WINDOW_MS
