import type { NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'

import { message } from '../lib/i18n'

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Only http(s) links: `javascript:` and `data:` URLs never reach a reader. */
export const httpUrl: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value) return required ? message(req, (d) => d.errors.invalidUrl) : true
  return isHttpUrl(value) || message(req, (d) => d.errors.invalidUrl)
}

/** Counts of people and đồng: whole numbers, never negative. */
export const nonNegativeInteger: NumberFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined) return true
  if (!Number.isInteger(value)) return message(req, (d) => d.errors.notInteger)
  if (value < 0) return message(req, (d) => d.errors.notNonNegative)
  return true
}

/** Required, and not just spaces, with a message of our own (Payload's "required" accepts " "). */
export const requiredText =
  (pick: Parameters<typeof message>[1]): TextFieldSingleValidation =>
  (value, { req }) =>
    value?.trim() ? true : message(req, pick)

/** A count: a whole number, 0 or more, 0 when not given. */
export const wholeNumber = {
  type: 'number',
  min: 0,
  defaultValue: 0,
  validate: nonNegativeInteger,
} as const
