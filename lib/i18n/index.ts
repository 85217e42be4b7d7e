import { en } from './en'
import { fill } from './fill'
import { type Dictionary, vi } from './vi'

export type { Dictionary }
export const dictionaries = { vi, en } as const
export type Language = keyof typeof dictionaries

/** The reader-facing dictionary. Vietnamese is the portal's language; English pages come later. */
export const t: Dictionary = vi

/** An admin label in every language Payload shows: `label((d) => d.fields.title)`. */
export const label = (pick: (d: Dictionary) => string): Record<Language, string> => ({
  vi: pick(vi),
  en: pick(en),
})

/** An array field's row names (`labels`), so rows read "Liên kết 01", never the field's name. */
export const rowLabels = (singular: (d: Dictionary) => string, plural: (d: Dictionary) => string) => ({
  singular: label(singular),
  plural: label(plural),
})

/** Select options with labels in every language, from one entry of `options`. */
export const options = <K extends keyof Dictionary['options']>(
  key: K,
): { label: Record<Language, string>; value: keyof Dictionary['options'][K] & string }[] =>
  (Object.keys(vi.options[key]) as (keyof Dictionary['options'][K] & string)[]).map((value) => ({
    value,
    label: label((d) => (d.options[key] as Record<string, string>)[value]),
  }))

/** A message in the language of the request (the admin's chosen language), Vietnamese otherwise. */
export const message = (
  req: { i18n?: { language?: string } } | undefined,
  pick: (d: Dictionary) => string,
): string => {
  const language = req?.i18n?.language
  return pick(language === 'en' ? en : vi)
}

/** `labels` for a collection config, from its entry in `collections`. */
export const collectionLabels = (
  pick: (d: Dictionary) => { singular: string; plural: string },
): { singular: Record<Language, string>; plural: Record<Language, string> } => ({
  singular: label((d) => pick(d).singular),
  plural: label((d) => pick(d).plural),
})

export { fill }
