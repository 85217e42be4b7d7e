/**
 * A relationship value is an ID (SQLite: number, MongoDB: string) or, when populated, the
 * document. Code that compares relationships goes through here so it works on both engines.
 */
export type RelationValue = number | string | { id: number | string } | null | undefined

export const relationId = (value: RelationValue | unknown): number | string | undefined => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

export const sameId = (a: RelationValue, b: RelationValue): boolean => {
  const left = relationId(a)
  const right = relationId(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}
