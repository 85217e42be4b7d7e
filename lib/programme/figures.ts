import type { Payload } from 'payload'

import type { Commune } from '../../payload-types'
import { compareVietnamese } from '../vi/collate'

/**
 * The programme's figures, one definition each, computed from the communes' records (never typed
 * in). Every page, card, filter and chart that shows one of them calls these functions.
 *
 * - The national criteria for communes apply to **xã** only. A thị trấn or phường is "không áp
 *   dụng" (not applicable): never counted as "chưa đạt", never in an average.
 * - **Đạt chuẩn** counts every xã recognised at the NTM level or above; **trong đó nâng cao** and
 *   **kiểu mẫu** are parts of it, never added to it. So đạt chuẩn + chưa đạt = số xã.
 * - The **average** is NTM-level criteria met per xã, as district reports give it ("14,5").
 * - **Closest to target**: fewest criteria left to the xã's next level (its target if it has one;
 *   otherwise "đạt chuẩn" for a xã not yet recognised), counting the criteria of that level.
 */
export type Standing = Commune['status'] | 'khong-ap-dung'

const RECOGNISED: readonly Commune['status'][] = ['dat-chuan', 'nang-cao', 'kieu-mau']
const ADVANCED: readonly Commune['status'][] = ['nang-cao', 'kieu-mau']

/** Whether the national criteria for communes apply to this unit (xã, not thị trấn or phường). */
export const criteriaApply = (commune: Pick<Commune, 'kind'>): boolean => commune.kind === 'xa'

/** A unit's standing as shown and filtered: its level, or "không áp dụng" for a thị trấn or phường. */
export const standingOf = (commune: Pick<Commune, 'kind' | 'status'>): Standing =>
  criteriaApply(commune) ? commune.status : 'khong-ap-dung'

export const STANDINGS: readonly Standing[] = [
  'chua-dat',
  'dat-chuan',
  'nang-cao',
  'kieu-mau',
  'khong-ap-dung',
]

export type ProgrammeFigures = {
  /** xã counted: the units the criteria apply to. */
  communes: number
  /** xã recognised at the NTM level or above (nâng cao and kiểu mẫu included). */
  recognised: number
  /** Of `recognised`: nâng cao or kiểu mẫu. */
  advanced: number
  /** Of `advanced`: kiểu mẫu. */
  model: number
  /** xã not yet recognised: `communes - recognised`. */
  notYet: number
  /** thị trấn and phường: outside the criteria for communes. */
  notApplicable: number
  /** Average NTM-level criteria met per xã, to one decimal. */
  averageCriteriaMet: number
}

export const programmeFigures = (
  communes: Pick<Commune, 'kind' | 'status' | 'progress'>[],
): ProgrammeFigures => {
  const xa = communes.filter(criteriaApply)
  const count = (statuses: readonly string[]) => xa.filter((c) => statuses.includes(c.status)).length
  const met = xa.reduce((sum, commune) => sum + (commune.progress?.ntmMet ?? 0), 0)
  const recognised = count(RECOGNISED)
  return {
    communes: xa.length,
    recognised,
    advanced: count(ADVANCED),
    model: count(['kieu-mau']),
    notYet: xa.length - recognised,
    notApplicable: communes.length - xa.length,
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

export type TargetLevel = NonNullable<NonNullable<Commune['target']>['level']>

export type TargetGap = {
  commune: Commune
  /** The level counted: the xã's target, or đạt chuẩn for a xã not yet recognised. */
  level: TargetLevel
  remaining: number
  met: number
  total: number
  /** Whether the level is the xã's own stated target (not the implied next level). */
  stated: boolean
}

/** The level a xã works towards and how far it is, or null when it has none left to reach. */
export const targetGapOf = (commune: Commune): TargetGap | null => {
  if (!criteriaApply(commune)) return null
  const total = commune.progress?.total ?? 0
  if (!total) return null
  const stated = commune.target?.level ?? null
  const level: TargetLevel | null = stated ?? (commune.status === 'chua-dat' ? 'dat-chuan' : null)
  if (!level) return null
  const reached =
    level === 'dat-chuan'
      ? commune.status !== 'chua-dat'
      : level === 'nang-cao'
        ? ADVANCED.includes(commune.status)
        : commune.status === 'kieu-mau'
  if (reached) return null
  const met = level === 'dat-chuan' ? (commune.progress?.ntmMet ?? 0) : (commune.progress?.nangCaoMet ?? 0)
  return { commune, level, remaining: Math.max(0, total - met), met, total, stated: Boolean(stated) }
}

/** The xã with the fewest criteria left to their next level, names in Vietnamese order on ties. */
export const nearestToTarget = (communes: Commune[], limit = 5): TargetGap[] =>
  communes
    .flatMap((commune) => targetGapOf(commune) ?? [])
    .sort((a, b) => a.remaining - b.remaining || compareVietnamese(a.commune.name, b.commune.name))
    .slice(0, limit)
