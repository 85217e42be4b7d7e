/**
 * The content-change log shared by every server process (collections/system/ContentChanges.ts).
 * A cursor is opaque to callers: each engine's module says what it is.
 */
export type ChangeRow = { tags: string[]; origin: string }

export interface ChangeLog {
  /** Where "now" is: changes appended after this are returned by `since`. */
  cursor(): Promise<string>
  append(tags: string[], origin: string): Promise<void>
  /** Rows after `cursor`, oldest first, and the cursor after them. `reset` when the log went backwards (a restored database): treat everything as changed. */
  since(cursor: string): Promise<{ rows: ChangeRow[]; cursor: string; reset: boolean }>
  /** Deletes rows older than `before`, always keeping the newest. */
  prune(before: Date): Promise<void>
}

export const TAG_SEPARATOR = ','
export const joinTags = (tags: string[]): string => [...new Set(tags)].join(TAG_SEPARATOR)
export const splitTags = (text: string): string[] => text.split(TAG_SEPARATOR).filter(Boolean)
