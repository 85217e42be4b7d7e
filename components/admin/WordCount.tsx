'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import { dictionaries, type Language } from '../../lib/i18n'
import { lexicalWordCount } from '../../lib/lexical/plainText'
import { formatInteger } from '../../lib/vi/format'

/** The article's word count, live as the journalist types (the body field's current value). */
export const WordCount = () => {
  const body = useFormFields(([fields]) => fields.body?.value)
  const { i18n } = useTranslation()
  const d = dictionaries[(i18n.language === 'en' ? 'en' : 'vi') as Language]
  return (
    <p aria-live="polite" style={{ margin: '0 0 1rem' }}>
      {d.fields.wordCount}: <strong>{formatInteger(lexicalWordCount(body))}</strong>
    </p>
  )
}
