import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type RunningServer, startServer } from '../../scripts/lib/server'
import { ensureStaff, request, type StaffTokens } from '../helpers/http'

/**
 * Scheduled publishing in the running production server, with no scheduler outside it: a
 * server process with its job runner on (checking every second here instead of every minute)
 * on the suite's database publishes articles at their time, also after a restart, and the
 * pages that show them are fresh at once (a page asked for before publishing was a 404).
 */
let tokens: StaffTokens
let worker: RunningServer
let logDir: string

const startWorker = () =>
  startServer(
    {
      ...process.env,
      ...inject('serverEnv'),
      PAYLOAD_JOBS_AUTORUN: 'true',
      PAYLOAD_JOBS_INTERVAL_SECONDS: '1',
    },
    path.join(logDir, 'worker.log'),
  )

const createDraft = async (title: string) => {
  const created = await request('/api/articles?draft=true', {
    method: 'POST',
    token: tokens.editor,
    json: { title, summary: `${title}: bài hẹn giờ.` },
  })
  expect(created.status, created.text).toBe(201)
  return created.body.doc as { id: number; slug: string }
}

const schedule = (id: number, at: Date) =>
  request(`/api/articles/${id}/schedule`, {
    method: 'POST',
    token: tokens.editor,
    json: { at: at.toISOString() },
  })

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 45_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

const isPublicOn = async (server: string, slug: string) =>
  (await fetch(`${server}/tin-tuc/${slug}`)).status === 200 &&
  (await (await fetch(`${server}/`)).text()).includes(`/tin-tuc/${slug}"`)

beforeAll(async () => {
  tokens = await ensureStaff()
  logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-worker-'))
  worker = await startWorker()
})

afterAll(async () => {
  await worker?.stop()
  fs.rmSync(logDir, { recursive: true, force: true })
})

describe('scheduled publishing', () => {
  it('lets nobody but the server itself and admins run jobs early', async () => {
    expect((await request('/api/payload-jobs/run')).status).toBe(401)
    expect((await request('/api/payload-jobs/run', { token: tokens.editor })).status).toBe(401)
    const forged = await request('/api/payload-jobs/run', { headers: { 'x-ntm-job-runner': 'a'.repeat(64) } })
    expect(forged.status).toBe(401)
  })

  it('refuses bad schedules with 400 and journalists with 403', async () => {
    const doc = await createDraft('Lịch sai')
    expect((await schedule(doc.id, new Date(Date.now() - 60_000))).status).toBe(400)
    const garbage = await request(`/api/articles/${doc.id}/schedule`, {
      method: 'POST',
      token: tokens.editor,
      json: { at: 'ngày mai' },
    })
    expect(garbage.status).toBe(400)
    expect(garbage.body.error).toMatch(/ISO/)
    const byJournalist = await request(`/api/articles/${doc.id}/schedule`, {
      method: 'POST',
      token: tokens.journalist,
      json: { at: new Date(Date.now() + 60_000).toISOString() },
    })
    expect(byJournalist.status).toBe(403)
  })

  it('publishes an article at its time, and it appears on the home page', async () => {
    const doc = await createDraft('Bài hẹn giờ đăng sau vài giây')
    expect((await fetch(`${worker.url}/tin-tuc/${doc.slug}`)).status).toBe(404)
    const at = new Date(Date.now() + 4000)
    expect((await schedule(doc.id, at)).status).toBe(202)
    expect(await waitFor(() => isPublicOn(worker.url, doc.slug))).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  })

  it('publishes an article whose time came while the server was stopped, once it is back', async () => {
    const doc = await createDraft('Bài hẹn giờ qua lần khởi động lại')
    const at = new Date(Date.now() + 3000)
    expect((await schedule(doc.id, at)).status).toBe(202)
    await worker.stop()
    await new Promise((r) => setTimeout(r, Math.max(0, at.getTime() - Date.now()) + 1000))
    const stillDraft = await request(`/api/articles/${doc.id}`, { token: tokens.editor })
    expect(stillDraft.body._status).toBe('draft')
    worker = await startWorker()
    expect(await waitFor(() => isPublicOn(worker.url, doc.slug))).toBe(true)
  })
})
