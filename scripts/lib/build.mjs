/**
 * "Build the production server unless this exact source was already built there": shared by
 * `npm run demo` and the benchmarks. Plain Node, no dependencies (the demo runs it before
 * `npm ci` finishes mattering).
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * What `next build` reads: every tracked source except what only tests, docs, the benchmark and
 * the server layer read. A deny-list on purpose: hashing a file the build does not read costs a
 * rebuild at most, and missing one would serve a stale build.
 */
const NOT_BUILT = new Set([
  '.git',
  '.ci',
  'node_modules',
  'data',
  'test',
  'bench',
  'docs',
  'server',
  'scripts',
  'screenshots',
  'README.md',
])
const isBuildDir = (name) => !name.startsWith('.next') && !NOT_BUILT.has(name)

const walk = (dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        return entry.isDirectory() ? walk(full) : [full]
      })
    : []

/** A hash of everything `next build` reads from the project. */
export const sourceHash = () => {
  const hash = crypto.createHash('sha256')
  const top = fs.readdirSync('.', { withFileTypes: true }).filter((entry) => isBuildDir(entry.name))
  const files = top.flatMap((entry) => (entry.isDirectory() ? walk(entry.name) : [entry.name]))
  for (const file of files.sort()) {
    if (fs.existsSync(file)) hash.update(file).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

/**
 * Runs `next build` into `distDir` when its last build was of other sources. Returns whether it
 * built; exits the process with next's status when the build fails.
 */
export const buildIfChanged = ({ distDir = '.next', env = process.env, announce = () => {} } = {}) => {
  const hash = sourceHash()
  const stampFile = path.join(distDir, 'ntm-source-hash')
  const built = fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(stampFile)
  if (built && fs.readFileSync(stampFile, 'utf8') === hash) return false
  announce()
  // The page scripts are bundled first: the layout inlines browser/bundled.ts.
  const bundled = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundleBrowser.ts'], {
    stdio: 'inherit',
    env,
  })
  if (bundled.status !== 0) process.exit(bundled.status ?? 1)
  // Cached reads from before the rebuild may describe another database: drop them.
  fs.rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...env, NEXT_DIST_DIR: distDir },
  })
  if (result.status !== 0) {
    console.error(`\n✗ next build failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
  fs.writeFileSync(stampFile, hash)
  return true
}
