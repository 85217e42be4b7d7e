import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance the public pages read through (local API, same access rules as REST). */
export const payloadClient = () => getPayload({ config })
