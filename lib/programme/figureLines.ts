import { type Dictionary, fill } from '../i18n'
import { formatDecimal, formatInteger } from '../vi/format'
import type { ProgrammeFigures } from './figures'

export type FigureLine = { key: string; value: string; caption: string; detail?: string }

/**
 * The programme's figures in words, as the home page's cards and the admin's newsroom panel both
 * show them: "đạt chuẩn" with its "trong đó nâng cao, kiểu mẫu" (parts of it, never added to it),
 * "chưa đạt", the average, and the notes saying what is counted.
 */
export const figureLines = (figures: ProgrammeFigures, d: Dictionary['dashboard']): FigureLine[] => [
  {
    key: 'recognised',
    value: formatInteger(figures.recognised),
    caption: d.recognised,
    detail: fill(d.ofWhich, {
      advanced: formatInteger(figures.advanced),
      model: formatInteger(figures.model),
    }),
  },
  { key: 'notYet', value: formatInteger(figures.notYet), caption: d.notYet },
  { key: 'average', value: formatDecimal(figures.averageCriteriaMet), caption: d.average },
]

/** What the figures count, in one or two sentences. */
export const figureNotes = (figures: ProgrammeFigures, d: Dictionary['dashboard']): string[] => [
  fill(d.ofTotal, { n: formatInteger(figures.communes) }),
  ...(figures.notApplicable ? [fill(d.notApplicable, { n: formatInteger(figures.notApplicable) })] : []),
]
