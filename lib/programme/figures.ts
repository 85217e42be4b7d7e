import type { Payload } from 'payload'

import type { Commune } from '../../payload-types'

const RECOGNISED = ['dat-chuan', 'nang-cao', 'kieu-mau'] as const
const ADVANCED = ['nang-cao', 'kieu-mau'] as const

export type ProgrammeFigures = {
  /** xã counted (thị trấn and phường are outside the rural programme's averages). */
  communes: number
  recognised: number
  advanced: number
  model: number
  notYet: number
  /** Average NTM-level criteria met per xã, as district reports give it ("14,5"). */
  averageCriteriaMet: number
}

/** The district's programme figures, computed from the communes' data: never typed in. */
export const programmeFigures = (
  communes: Pick<Commune, 'kind' | 'status' | 'progress'>[],
): ProgrammeFigures => {
  const xa = communes.filter((commune) => commune.kind === 'xa')
  const count = (statuses: readonly string[]) => xa.filter((c) => statuses.includes(c.status)).length
  const met = xa.reduce((sum, commune) => sum + (commune.progress?.ntmMet ?? 0), 0)
  return {
    communes: xa.length,
    recognised: count(RECOGNISED),
    advanced: count(ADVANCED),
    model: count(['kieu-mau']),
    notYet: count(['chua-dat']),
    averageCriteriaMet: xa.length ? Math.round((met / xa.length) * 10) / 10 : 0,
  }
}

export const loadProgrammeFigures = async (payload: Payload): Promise<ProgrammeFigures> => {
  const { docs } = await payload.find({
    collection: 'communes',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { kind: true, status: true, progress: true },
  })
  return programmeFigures(docs)
}

export type TargetGap = { commune: Commune; remaining: number; met: number; total: number }

/**
 * Communes still short of their target, fewest criteria to go first. Reaching "đạt chuẩn"
 * counts NTM criteria; reaching "nâng cao" or "kiểu mẫu" counts the advanced ones.
 */
export const nearestToTarget = (communes: Commune[], limit = 5): TargetGap[] =>
  communes
    .flatMap((commune) => {
      const level = commune.target?.level
      const total = commune.progress?.total ?? 0
      if (!level || !total) return []
      const reached =
        level === 'dat-chuan'
          ? commune.status !== 'chua-dat'
          : ['nang-cao', 'kieu-mau'].includes(commune.status)
      if (reached && level !== 'kieu-mau') return []
      const met =
        level === 'dat-chuan' ? (commune.progress?.ntmMet ?? 0) : (commune.progress?.nangCaoMet ?? 0)
      return [{ commune, remaining: Math.max(0, total - met), met, total }]
    })
    .sort((a, b) => a.remaining - b.remaining || a.commune.name.localeCompare(b.commune.name, 'vi'))
    .slice(0, limit)
