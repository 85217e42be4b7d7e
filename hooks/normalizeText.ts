import type { CollectionBeforeValidateHook, GlobalBeforeValidateHook } from 'payload'

import { toNFC } from '../lib/vi/text'

/** Deep copy of `value` with every string in NFC, rich-text JSON included. */
export const normalizeDeep = <T>(value: T): T => {
  if (typeof value === 'string') return toNFC(value) as T
  if (Array.isArray(value)) return value.map(normalizeDeep) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalizeDeep(inner)])) as T
  }
  return value
}

/**
 * Vietnamese typed on macOS or pasted from PDFs arrives decomposed (NFD); stored as is, "Hòa" in
 * NFD would not match "Hòa" in NFC. Every collection and global stores NFC.
 */
export const normalizeCollectionText: CollectionBeforeValidateHook = ({ data }) => normalizeDeep(data)

export const normalizeGlobalText: GlobalBeforeValidateHook = ({ data }) => normalizeDeep(data)
