import { foldDiacritics } from './text'

const MAX_SLUG_LENGTH = 96

/** "Xã Tân Liên đạt chuẩn NTM!" → "xa-tan-lien-dat-chuan-ntm". */
export const slugify = (value: string): string =>
  foldDiacritics(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '')

/**
 * The first of `base`, `base-2`, `base-3`, … that `isTaken` says is free.
 * Bounded so that a broken `isTaken` can never loop forever.
 */
export const uniqueSlug = async (
  base: string,
  isTaken: (candidate: string) => Promise<boolean>,
  maxTries = 1000,
): Promise<string> => {
  for (let n = 1; n <= maxTries; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await isTaken(candidate))) return candidate
  }
  throw new Error(`No free slug for "${base}" after ${maxTries} tries`)
}
