import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import type { Config } from 'payload'

import { VN_TIME_ZONE } from '../vi/format'

/** The admin speaks Vietnamese first; English is there for whoever picks it. */
export const adminI18n: Config['i18n'] = {
  supportedLanguages: { vi, en },
  fallbackLanguage: 'vi',
}

export const adminTimezones = {
  defaultTimezone: VN_TIME_ZONE,
  supportedTimezones: [{ label: 'Việt Nam (GMT+7)', value: VN_TIME_ZONE }],
}

/**
 * Dates in the admin as Việt Nam writes them: day first, 24-hour time (`02/07/2024 16:00`),
 * never `Jul 2, 2024 4:00 PM` or `06/30/2024`. Lists and the document sidebar use `dateFormat`;
 * each date field its own display format, set here by its picker unless it names one.
 */
export const ADMIN_DATE_FORMAT = 'dd/MM/yyyy HH:mm'

const DISPLAY_FORMATS: Record<string, string> = {
  default: 'dd/MM/yyyy',
  dayOnly: 'dd/MM/yyyy',
  dayAndTime: ADMIN_DATE_FORMAT,
  timeOnly: 'HH:mm',
  monthOnly: 'MM/yyyy',
}

type AnyField = {
  type: string
  fields?: AnyField[]
  tabs?: { fields: AnyField[] }[]
  blocks?: { fields: AnyField[] }[]
  admin?: { date?: { pickerAppearance?: string; displayFormat?: string; timeFormat?: string } }
}

/** Every date field of `fields` (nested ones too) with a Vietnamese display and 24-hour picker. */
export const withVietnameseDates = <T extends { fields: unknown[] }>(config: T): T => {
  const walk = (fields: AnyField[]) => {
    for (const field of fields) {
      if (field.type === 'date') {
        const date = field.admin?.date ?? {}
        field.admin = {
          ...field.admin,
          date: {
            ...date,
            displayFormat: date.displayFormat ?? DISPLAY_FORMATS[date.pickerAppearance ?? 'dayOnly'],
            timeFormat: date.timeFormat ?? 'HH:mm',
          },
        }
      }
      if (field.fields) walk(field.fields)
      for (const tab of field.tabs ?? []) walk(tab.fields)
      for (const block of field.blocks ?? []) walk(block.fields)
    }
  }
  walk(config.fields as AnyField[])
  return config
}
