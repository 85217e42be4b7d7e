import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../scripts/lib/server'
import { ensureStaff, STAFF_PASSWORD } from '../helpers/http'
import { isolatedDatabase } from '../helpers/servers'
import { SQLITE_ONLY, TEST_ENGINE } from '../helpers/engine'

/**
 * A real full disk and a real read-only file system under a production server: its database
 * and its media folder are two small tmpfs mounted in a mount namespace of the server's own
 * (`unshare -m`), which the test fills, frees and remounts from outside (`nsenter`). Writes
 * must be refused with a 503 and a message, readers are still served, nothing saved is lost,
 * and writing works again once the disk is fixed, without a restart.
 *
 * Read-only is tested on the media folder: Linux refuses to remount a file system read-only
 * while a file on it is open for writing, and SQLite keeps its database open so; the database's
 * own read-only case is covered by the error classification (test/unit/storageFailure.test.ts).
 *
 * Needs root (or CAP_SYS_ADMIN) for the mounts, as CI and these machines have; elsewhere the
 * file is skipped and says why.
 */
const probe = spawnSync('unshare', [
  '-m',
  '--propagation',
  'private',
  'sh',
  '-c',
  'mount -t tmpfs tmpfs /mnt',
])
const canMount = probe.status === 0 && TEST_ENGINE === 'sqlite'
if (TEST_ENGINE === 'mongodb') console.warn(`storageFailure.test.ts: what ${SQLITE_ONLY}`)
else if (!canMount)
  console.warn(`storageFailure.test.ts skipped: cannot mount a tmpfs here (${probe.stderr})`)

let iso: Awaited<ReturnType<typeof isolatedDatabase>>
let server: RunningServer
let mountDir: string
let mediaDir: string
let token: string
const acknowledged: string[] = []

/** Runs a shell command inside the server's mount namespace. */
const inServerMounts = (script: string) => {
  const result = spawnSync('nsenter', ['-t', String(server.process.pid), '-m', 'sh', '-c', script], {
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`${script}: ${result.stderr}`)
  return result.stdout
}

const call = async (pathname: string, init: RequestInit = {}) => {
  const response = await fetch(`${server.url}${pathname}`, init)
  const text = await response.text()
  let body: { errors?: { message: string }[]; error?: string; doc?: { slug: string } } = {}
  try {
    body = JSON.parse(text)
  } catch {
    // A page.
  }
  return { status: response.status, body, text, retryAfter: response.headers.get('retry-after') }
}

const createArticle = async (title: string, summary = '') => {
  const answer = await call('/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title, summary, _status: 'published' }),
  })
  if (answer.status === 201 && answer.body.doc) acknowledged.push(answer.body.doc.slug)
  return answer
}

const IMAGE = fs.readFileSync('seed/media/hoi-nghi-so-ket.jpg')

const upload = async (alt: string) => {
  const form = new FormData()
  form.append('file', new Blob([IMAGE], { type: 'image/jpeg' }), `anh-${Date.now()}.jpg`)
  form.append('_payload', JSON.stringify({ alt }))
  return call('/api/media', { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
}

const beacon = (n: number) =>
  call('/api/stats/hit', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': `Mozilla/5.0 (X11; Linux x86_64; Storage ${n}) AppleWebKit/537.36 Chrome/126.0 Safari/537.36`,
      'x-forwarded-for': `10.88.0.${n}`,
    },
    body: JSON.stringify({ path: '/' }),
  })

const expectStorageRefusal = (answer: Awaited<ReturnType<typeof call>>) => {
  expect(answer.status, answer.text).toBe(503)
  expect(answer.body.errors?.[0]?.message).toMatch(/không ghi được dữ liệu/)
  expect(Number(answer.retryAfter)).toBeGreaterThan(0)
}

beforeAll(async () => {
  if (!canMount) return
  await ensureStaff()
  iso = await isolatedDatabase('storage')
  mountDir = path.join(iso.dir, 'disk')
  mediaDir = path.join(iso.dir, 'media-disk')
  fs.mkdirSync(mountDir)
  fs.mkdirSync(mediaDir)
  const file = path.join(mountDir, 'portal.db')
  server = await iso.start({ DATABASE_URI: `file:${file}`, MEDIA_DIR: mediaDir }, [
    'unshare',
    '-m',
    '--propagation',
    'private',
    'sh',
    '-c',
    'set -e; mount -t tmpfs -o size=64m tmpfs "$1"; mount -t tmpfs -o size=16m tmpfs "$2"; cp "$3" "$1/portal.db"; shift 3; exec "$@"',
    'sh',
    mountDir,
    mediaDir,
    iso.file,
  ])
  const login = await call('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@test.example', password: STAFF_PASSWORD }),
  })
  token = (login.body as { token: string }).token
})

afterAll(async () => {
  await iso?.stop()
})

describe.runIf(canMount)('when the database cannot be written', () => {
  it('a read-only media folder: an upload gets 503 with a message, readers are still served, then it recovers', async () => {
    expect((await upload('Ảnh trước khi ổ đĩa chỉ cho đọc')).status).toBe(201)
    inServerMounts(`mount -o remount,ro "${mediaDir}"`)
    try {
      expectStorageRefusal(await upload('Ảnh trong lúc ổ đĩa chỉ cho đọc'))
      expect((await call('/')).status).toBe(200)
      expect((await call('/xa/cao-lau')).status).toBe(200)
      expect((await call('/api/media?limit=2&depth=0')).status).toBe(200)
      // Readiness says so, naming the folder; liveness does not change.
      const ready = await call('/readyz')
      expect(ready.status).toBe(503)
      expect(JSON.parse(ready.text).checks.disk).toMatchObject({
        ok: false,
        detail: 'media-disk/ is not writable',
      })
      expect((await call('/healthz')).status).toBe(200)
    } finally {
      inServerMounts(`mount -o remount,rw "${mediaDir}"`)
    }
    expect((await upload('Ảnh sau khi ổ đĩa ghi lại được')).status).toBe(201)
  })

  it('a full disk: every write is either saved (201) or refused (503), never a 500, then it recovers', async () => {
    inServerMounts(`dd if=/dev/zero of="${mountDir}/filler" bs=1M 2>/dev/null || true`)
    const answers: number[] = []
    try {
      // Space the database file and its write-ahead log already hold takes a few writes to use up.
      const long = 'Nội dung dài để lấp đầy chỗ trống còn lại trong tệp cơ sở dữ liệu. '.repeat(40)
      for (let i = 0; i < 60 && !answers.includes(503); i += 1) {
        const answer = await createArticle(`Khi ổ đĩa đầy ${i}`, long)
        answers.push(answer.status)
        if (answer.status === 503) expectStorageRefusal(answer)
      }
      const refusedBeacon = await beacon(1)
      expect([200, 503]).toContain(refusedBeacon.status)
      if (refusedBeacon.status === 503) expect(refusedBeacon.body.error).toMatch(/unavailable/)
      expect(answers.filter((status) => status !== 201 && status !== 503)).toEqual([])
      expect(answers).toContain(503)
      expect((await call('/')).status).toBe(200)
    } finally {
      inServerMounts(`rm -f "${mountDir}/filler"`)
    }
    expect((await createArticle('Sau khi giải phóng ổ đĩa')).status).toBe(201)
    expect((await beacon(2)).status).toBe(200)
  })

  it('keeps everything it acknowledged, in a database that checks clean', async () => {
    const query = acknowledged.map((slug, n) => `where[slug][in][${n}]=${encodeURIComponent(slug)}`).join('&')
    const found = await call(`/api/articles?${query}&limit=100&depth=0`)
    expect((found.body as { totalDocs: number }).totalDocs).toBe(acknowledged.length)
    // A copy taken while the server is idle, read outside its namespace.
    const copy = path.join(iso.dir, 'copy')
    fs.mkdirSync(copy)
    inServerMounts(`cp "${mountDir}"/portal.db* "${copy}/"`)
    const db = createClient({ url: `file:${path.join(copy, 'portal.db')}` })
    try {
      const check = await db.execute('PRAGMA integrity_check')
      expect(check.rows.map((row) => Object.values(row)[0])).toEqual(['ok'])
    } finally {
      db.close()
    }
  })
})
