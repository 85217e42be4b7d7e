/**
 * vi-VN formatting. `Intl` already knows the conventions (5.674, 14,5, 2/7/2024); these helpers
 * pin the options so every page formats the same way, in the programme's time zone.
 */
export const VI_LOCALE = 'vi-VN'
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const integerFormat = new Intl.NumberFormat(VI_LOCALE, { maximumFractionDigits: 0 })
const decimalFormat = new Intl.NumberFormat(VI_LOCALE, { maximumFractionDigits: 1 })
const dateFormat = new Intl.DateTimeFormat(VI_LOCALE, {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: VN_TIME_ZONE,
})
const timeFormat = new Intl.DateTimeFormat(VI_LOCALE, {
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: VN_TIME_ZONE,
})

/** 5674 → "5.674" */
export const formatInteger = (value: number): string => integerFormat.format(value)

/** 14.5 → "14,5"; at most one decimal, as district reports write averages. */
export const formatDecimal = (value: number): string => decimalFormat.format(value)

/** 130000000 → "130.000.000 đ" */
export const formatDong = (value: number): string => `${formatInteger(value)} đ`

const toDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value))

/** A UTC instant shown as the day it is in Việt Nam: "2/7/2024". */
export const formatDate = (value: Date | string): string => dateFormat.format(toDate(value))

/** "08:00 2/7/2024", Việt Nam time. */
export const formatDateTime = (value: Date | string): string =>
  `${timeFormat.format(toDate(value))} ${formatDate(value)}`

/** The formal long date used in official writing: "ngày 2 tháng 7 năm 2024". */
export const formatLongDate = (value: Date | string): string => {
  const parts = Object.fromEntries(
    dateFormat.formatToParts(toDate(value)).map((part) => [part.type, part.value]),
  )
  return `ngày ${parts.day} tháng ${parts.month} năm ${parts.year}`
}
