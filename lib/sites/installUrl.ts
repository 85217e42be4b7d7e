import { publicOrigin } from '../env'

/** The install's public origin (SERVER_URL; see lib/env.ts). */
export const siteUrl = (): URL => publicOrigin()
