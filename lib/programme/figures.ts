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
export const programmeFigures = (communes: Pick<Commune, 'kind' | 'status' | 'progress'>[]): ProgrammeFigures => {
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
