import { type RelationValue, relationId } from '../relations'

export type AttainmentLevel = 'ntm' | 'nang-cao'

export type AttainmentRow = {
  criterion?: RelationValue
  level?: AttainmentLevel | null
  achieved?: boolean | null
}

/**
 * Criteria met at a level, from a commune's attainment rows. A criterion met at the advanced
 * (nâng cao) level is also met at the NTM level; each criterion counts once.
 */
export const criteriaMet = (
  rows: readonly AttainmentRow[] | null | undefined,
  level: AttainmentLevel,
): (number | string)[] => {
  const met = new Map<string, number | string>()
  for (const row of rows ?? []) {
    const id = relationId(row.criterion)
    if (!row.achieved || id === undefined) continue
    if (level === 'nang-cao' && row.level !== 'nang-cao') continue
    met.set(String(id), id)
  }
  return [...met.values()]
}

/** Rows that repeat a (criterion, level) pair: each pair is assessed once. */
export const duplicateRowIndexes = (rows: readonly AttainmentRow[] | null | undefined): number[] => {
  const seen = new Set<string>()
  const duplicates: number[] = []
  ;(rows ?? []).forEach((row, index) => {
    const id = relationId(row.criterion)
    if (id === undefined) return
    const key = `${id}|${row.level ?? 'ntm'}`
    if (seen.has(key)) duplicates.push(index)
    seen.add(key)
  })
  return duplicates
}
