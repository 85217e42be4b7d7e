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

/** Waits until `url` answers below 500 (`/readyz` answers 503 until the server can serve). */
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

export type RunningServer = {
  url: string
  process: ChildProcess
  /** Stops it (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

/**
 * The production server as deployed (scripts/serve.mjs → server/main.ts: Next.js behind the server layer)
 * on a free localhost port (or env.PORT), its output appended to `logFile`. Resolves once it answers.
 * Its public origin (SERVER_URL, which production requires) is that port on localhost unless the
 * environment names one: processes sharing a database and a build (as behind one proxy) share it.
 */
export const startServer = async (
  env: NodeJS.ProcessEnv,
  logFile: string,
  /** A command that ends by exec-ing its arguments (e.g. `unshare -m …`), to run the server under. */
  wrapper: string[] = [],
): Promise<RunningServer> => {
  const port = Number(env.PORT) || (await freePort())
  const log = fs.openSync(logFile, 'a')
  const [command, ...args] = [...wrapper, process.execPath, 'scripts/serve.mjs']
  const child = spawn(command, args, {
    env: { SERVER_URL: `http://localhost:${port}`, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  void exited.then(() => fs.closeSync(log))
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${url}/readyz`, child)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${(error as Error).message}\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`)
  }
  return {
    url,
    process: child,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill(signal)
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    },
  }
}
