import { inject } from 'vitest'

export const baseUrl = () => inject('baseUrl')

export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export const request = async (
  path: string,
  init: RequestInit & { token?: string; json?: unknown } = {},
): Promise<{ status: number; body: Json; text: string; headers: Headers }> => {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const response = await fetch(`${baseUrl()}${path}`, { ...init, headers, body, redirect: 'manual' })
  const text = await response.text()
  let parsed: Json = {}
  try {
    parsed = JSON.parse(text)
  } catch {
    // HTML or empty.
  }
  return { status: response.status, body: parsed, text, headers: response.headers }
}

export const graphql = (query: string, token?: string) =>
  request('/api/graphql', { method: 'POST', json: { query }, token })

export const login = async (email: string, password: string): Promise<string> => {
  const { status, body } = await request('/api/users/login', { method: 'POST', json: { email, password } })
  if (status !== 200) throw new Error(`login ${email}: ${status} ${JSON.stringify(body)}`)
  return body.token
}

export const STAFF_PASSWORD = 'Mat-khau-thu-nghiem-1'
export type StaffTokens = Record<'admin' | 'editor' | 'journalist', string>

let staffTokens: Promise<StaffTokens> | undefined

/**
 * Tokens for one account per role on the test server, whichever test file asks first: the
 * first account is registered through Payload's first-register (it becomes the admin), the
 * others are created by it. Files run in parallel, so every step tolerates "already done".
 */
export const ensureStaff = (): Promise<StaffTokens> => {
  staffTokens ??= (async () => {
    const first = await request('/api/users/first-register', {
      method: 'POST',
      json: { email: 'admin@test.example', password: STAFF_PASSWORD, displayName: 'Quản trị' },
    })
    const admin = first.status === 200 ? first.body.token : await login('admin@test.example', STAFF_PASSWORD)
    const tokens: StaffTokens = { admin, editor: '', journalist: '' }
    for (const role of ['editor', 'journalist'] as const) {
      await request('/api/users', {
        method: 'POST',
        token: admin,
        json: { email: `${role}@test.example`, password: STAFF_PASSWORD, displayName: role, role },
      })
      tokens[role] = await login(`${role}@test.example`, STAFF_PASSWORD)
    }
    return tokens
  })()
  return staffTokens
}
