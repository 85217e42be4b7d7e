import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { type Staff, withStaffPayload } from '../helpers/payload'

/** Accounts: password policy, lockout after repeated failures, session lifetime. */
let payload: Payload
let staff: Staff
const PASSWORD = 'Mat-khau-thu-nghiem-1'

withStaffPayload((p, s) => {
  payload = p
  staff = s
})

describe('accounts', () => {
  it.each(['ngan1', 'chi-co-chu-cai-thoi', '1234567890123'])(
    'refuses the password %j with a field error',
    async (password) => {
      await expect(
        payload.create({
          collection: 'users',
          overrideAccess: true,
          data: { email: `weak-${password}@test.example`, password, displayName: 'Yếu', role: 'journalist' },
        }),
      ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'password' }] } })
    },
  )

  it('locks an account after 5 failed logins, even for the right password', async () => {
    const email = staff.journalist2.email
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(
        payload.login({ collection: 'users', data: { email, password: 'sai-mat-khau-9' } }),
      ).rejects.toBeTruthy()
    }
    await expect(
      payload.login({ collection: 'users', data: { email, password: PASSWORD } }),
    ).rejects.toMatchObject({
      name: 'LockedAuth',
    })
    // Others are unaffected.
    const ok = await payload.login({
      collection: 'users',
      data: { email: staff.editor.email, password: PASSWORD },
    })
    expect(ok.token).toBeTruthy()
  })

  it('issues sessions that expire after 8 hours', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: staff.journalist.email, password: PASSWORD },
    })
    const claims = JSON.parse(Buffer.from(String(token).split('.')[1], 'base64url').toString())
    expect(claims.exp - claims.iat).toBe(8 * 60 * 60)
  })
})
