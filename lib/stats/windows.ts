/** A visit ends after 30 minutes without a page view from the same visitor. */
export const VISIT_GAP_MS = 30 * 60 * 1000

/** "Đang online": distinct visitors with a page view in the last 5 minutes. */
export const ONLINE_WINDOW_MS = 5 * 60 * 1000

/** Whether a page view at `now` starts a new visit, given the visitor's previous page view. */
export const startsVisit = (lastSeen: Date | undefined, now: Date): boolean =>
  !lastSeen || now.getTime() - lastSeen.getTime() > VISIT_GAP_MS

/** Whether a visitor last seen at `lastSeen` counts as online at `now`. */
export const isOnline = (lastSeen: Date, now: Date): boolean => {
  const age = now.getTime() - lastSeen.getTime()
  return age >= 0 && age <= ONLINE_WINDOW_MS
}
