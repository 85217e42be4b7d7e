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
