/**
 * A relationship value is an ID (SQLite: number, MongoDB: string) or, when populated, the
 * document. Code that compares relationships goes through here so it works on both engines.
 */
export type RelationValue = number | string | { id: number | string } | null | undefined

export const relationId = (value: RelationValue): number | string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object') return value.id
  return value
}

export const sameId = (a: RelationValue, b: RelationValue): boolean => {
  const left = relationId(a)
  const right = relationId(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}
