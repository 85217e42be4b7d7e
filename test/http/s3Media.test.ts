import fs from 'node:fs'
import path from 'node:path'

import { DeleteObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, type RunningServer } from '../../scripts/lib/server'
import { ensureStaff, STAFF_PASSWORD } from '../helpers/http'
import { isolatedDatabase } from '../helpers/servers'

/**
 * Media in an S3-compatible bucket (S3_BUCKET …, lib/mediaStorage.ts), as an install on more than
 * one machine keeps them: a real S3 server (the `s3rver` package, on a free port, its files in a
 * temporary folder) and two production server processes that share the database and nothing on
 * disk — each has a media folder of its own, as two machines would. What one uploads the other
 * serves; nothing is written to either's disk; a bucket that stops answering makes uploads a
 * 503 with a message and readiness fail, and nothing saved is lost.
 *
 * Not run here: AWS itself, MinIO or Ceph (none reachable or packaged on these machines).
 */
const BUCKET = 'ntm-media'
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
const IMAGE = fs.readFileSync('seed/media/hoi-nghi-so-ket.jpg')

let iso: Awaited<ReturnType<typeof isolatedDatabase>>
let s3: S3rver
let s3Port: number
let s3Dir: string
let first: RunningServer
let second: RunningServer
let bucket: S3Client
let token: string

const startS3 = async () => {
  s3 = new S3rver({
    port: s3Port,
    address: '127.0.0.1',
    directory: s3Dir,
    silent: true,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  await s3.run()
}

const keys = async (): Promise<string[]> =>
  ((await bucket.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? [])
    .map((object) => object.Key!)
    .sort()

type MediaDoc = {
  id: number
  filename: string
  url: string
  prefix?: string | null
  _objectKey?: string | null
  sizes: Record<string, { filename: string | null; url: string | null }>
}

const upload = async (server: RunningServer, alt: string, fields: Record<string, string> = {}) => {
  const form = new FormData()
  form.append('file', new Blob([IMAGE], { type: 'image/jpeg' }), `anh-s3-${Date.now()}.jpg`)
  form.append('_payload', JSON.stringify({ alt, ...fields }))
  const response = await fetch(`${server.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  const text = await response.text()
  return { status: response.status, text, doc: response.ok ? (JSON.parse(text).doc as MediaDoc) : undefined }
}

const mediaCount = async (server: RunningServer) =>
  ((await (await fetch(`${server.url}/api/media?limit=0&depth=0`)).json()) as { totalDocs: number }).totalDocs

beforeAll(async () => {
  await ensureStaff()
  iso = await isolatedDatabase('s3-media')
  s3Port = await freePort()
  s3Dir = path.join(iso.dir, 's3')
  fs.mkdirSync(s3Dir)
  await startS3()
  bucket = new S3Client({
    endpoint: `http://127.0.0.1:${s3Port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
  })
  const settings = {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
  }
  first = await iso.start({ ...settings, MEDIA_DIR: path.join(iso.dir, 'media-first') })
  second = await iso.start({ ...settings, MEDIA_DIR: path.join(iso.dir, 'media-second') })
  const login = await fetch(`${first.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@test.example', password: STAFF_PASSWORD }),
  })
  token = ((await login.json()) as { token: string }).token
})

afterAll(async () => {
  await iso?.stop()
  await s3?.close()
})

describe('media in an S3-compatible bucket', () => {
  let doc: MediaDoc

  it("an upload goes to the bucket, with its resized copies, and to neither machine's disk", async () => {
    const before = await keys()
    const answer = await upload(first, 'Ảnh lưu trong kho S3')
    expect(answer.status, answer.text).toBe(201)
    doc = answer.doc!
    const added = (await keys()).filter((key) => !before.includes(key))
    expect(added).toEqual(
      [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)].filter(Boolean).sort(),
    )
    // The original and each size the image is large enough for (none is enlarged).
    expect(added).toContain(doc.sizes.thumbnail.filename)
    for (const folder of ['media-first', 'media-second']) {
      const dir = path.join(iso.dir, folder)
      expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([])
    }
  })

  it('both processes serve the file and its sizes from the bucket, the same bytes', async () => {
    for (const server of [first, second]) {
      const file = await fetch(`${server.url}/api/media/file/${encodeURIComponent(doc.filename)}`)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toBe('image/jpeg')
      expect(Buffer.from(await file.arrayBuffer()).equals(IMAGE)).toBe(true)
      const thumbnail = await fetch(
        `${server.url}/api/media/file/${encodeURIComponent(doc.sizes.thumbnail.filename!)}`,
      )
      expect(thumbnail.status).toBe(200)
      expect((await thumbnail.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    }
    // Next's image optimiser reads it through the same route.
    const optimised = await fetch(
      `${second.url}/_next/image?url=${encodeURIComponent(`/api/media/file/${doc.filename}`)}&w=640&q=75`,
    )
    expect(optimised.status).toBe(200)
    expect(optimised.headers.get('content-type')).toMatch(/^image\//)
  })

  it("where a file lies in the bucket is the adapter's to say, not a request's", async () => {
    const named = await upload(first, 'Ảnh tự chọn chỗ lưu', { prefix: 'khac', _objectKey: 'cua-nguoi-khac' })
    expect(named.status, named.text).toBe(201)
    expect(named.doc).toMatchObject({ prefix: '' })
    expect(named.doc!._objectKey ?? null).toBeNull()
    expect(await keys()).toContain(named.doc!.filename)
    const moved = await fetch(`${first.url}/api/media/${named.doc!.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prefix: 'khac', _objectKey: 'cua-nguoi-khac' }),
    })
    expect(moved.status).toBe(200)
    expect((await moved.json()).doc).toMatchObject({ prefix: '', _objectKey: null })
  })

  it('a file missing from the bucket is a 404, not a 500', async () => {
    expect((await fetch(`${first.url}/api/media/file/khong-co-anh-nay.jpg`)).status).toBe(404)
    await bucket.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: doc.sizes.card.filename! }))
    expect(
      (await fetch(`${second.url}/api/media/file/${encodeURIComponent(doc.sizes.card.filename!)}`)).status,
    ).toBe(404)
  })

  it('readiness checks the bucket; an upload while it is down is a 503 with a message, and nothing is lost', async () => {
    const ready = await fetch(`${first.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(
      ((await ready.json()) as { checks: { media: { ok: boolean; detail: string } } }).checks.media,
    ).toMatchObject({
      ok: true,
      detail: `s3://${BUCKET}`,
    })
    const count = await mediaCount(first)
    await s3.close()
    try {
      const down = await fetch(`${first.url}/readyz`)
      expect(down.status).toBe(503)
      expect(((await down.json()) as { checks: { media: { ok: boolean } } }).checks.media.ok).toBe(false)
      const refused = await upload(first, 'Ảnh khi kho S3 không trả lời')
      expect(refused.status, refused.text).toBe(503)
      expect(JSON.parse(refused.text).errors[0].message).toMatch(/không ghi được dữ liệu/)
      expect(await mediaCount(first)).toBe(count)
      // Readers are still served.
      expect((await fetch(`${second.url}/`)).status).toBe(200)
    } finally {
      await startS3()
    }
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200)
    const again = await upload(second, 'Ảnh sau khi kho S3 trả lời lại')
    expect(again.status, again.text).toBe(201)
    // Seen by the other process within a second (its kept answers are dropped on a change).
    await expect.poll(() => mediaCount(first), { timeout: 2000 }).toBe(count + 1)
  })

  it('deleting a media document deletes its files from the bucket', async () => {
    const response = await fetch(`${first.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(200)
    const left = await keys()
    expect(left).not.toContain(doc.filename)
    expect(left.filter((key) => Object.values(doc.sizes).some((size) => size.filename === key))).toEqual([])
  })
})
