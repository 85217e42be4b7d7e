import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

/** Test builds go to their own folder, so a demo server running from `.next` is left alone. */
export const TEST_DIST_DIR = '.next-test'

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })

/** Runs a command to the end, its output in `logFile`; rejects with the log's tail on failure. */
export const run = (
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const log = fs.openSync(logFile, 'a')
    const child = spawn(command, args, { env, stdio: ['ignore', log, log] })
    child.on('error', reject)
    child.on('exit', (code) => {
      fs.closeSync(log)
      if (code === 0) return resolve()
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')
      reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${tail}`))
    })
  })

export const waitForHttp = async (url: string, server: ChildProcess, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

export const nextBin = path.resolve('node_modules/next/dist/bin/next')
