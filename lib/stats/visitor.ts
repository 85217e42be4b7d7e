import { createHash, randomBytes } from 'node:crypto'

/**
 * A visitor without cookies and without storing addresses: a hash of a secret salt (rotated
 * daily, old ones deleted after 48 hours) with the site, the client address and user agent. Once the salt
 * is gone the hash cannot be linked to an address, not even by us.
 */
export const visitorHash = (salt: string, site: string, address: string, userAgent: string): string =>
  createHash('sha256').update(`${salt}\n${site}\n${address}\n${userAgent}`).digest('hex').slice(0, 32)

/** The client address alone, hashed the same way (salted, per site): for the per-address cap on new visitors. */
export const addressHash = (salt: string, site: string, address: string): string =>
  createHash('sha256').update(`${salt}\naddress\n${site}\n${address}`).digest('hex').slice(0, 32)

export const newSalt = (): string => randomBytes(32).toString('hex')
