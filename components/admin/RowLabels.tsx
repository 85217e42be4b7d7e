'use client'

import { useConfig, useRowLabel, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { dictionaries, type Language } from '../../lib/i18n'

/**
 * Row names of array fields in the admin, from the row itself: "Tiêu chí 2 – Giao thông" for a
 * commune's criterion result, the text of a link or a host, instead of "Attainment 01".
 */
const dictionaryOf = (language: string) => dictionaries[(language === 'en' ? 'en' : 'vi') as Language]

const numbered = (singular: string, rowNumber: number | undefined) =>
  `${singular} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`

/** The row's own text (`fields` joined by " – "), or "<label> 01" while it is empty. */
export const TextRowLabel = ({ fields = [] }: { fields?: string[] }) => {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const text = fields
    .map((name) => data?.[name])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .join(' – ')
  return <span>{text || numbered(dictionaryOf(i18n.language).fields.row, rowNumber)}</span>
}

type CriterionName = { number?: number; name?: string }

/** A commune's criterion result: the criterion's number and name, read once per criterion. */
export const AttainmentRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ criterion?: number | string | { id: number | string } | null }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const value = data?.criterion
  const id = value && typeof value === 'object' ? value.id : value
  const [criterion, setCriterion] = useState<CriterionName | null>(null)
  useEffect(() => {
    if (id === undefined || id === null || id === '') return
    const controller = new AbortController()
    fetch(`${config.routes.api}/criteria/${id}?depth=0&select[number]=true&select[name]=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<CriterionName>) : null))
      .then((found) => setCriterion(found))
      .catch(() => {})
    return () => controller.abort()
  }, [config.routes.api, id])
  const word = dictionaryOf(i18n.language).fields.criterion
  if (!criterion?.name) return <span>{numbered(word, rowNumber)}</span>
  return (
    <span>
      {criterion.number !== undefined ? `${word} ${criterion.number} – ` : ''}
      {criterion.name}
    </span>
  )
}
