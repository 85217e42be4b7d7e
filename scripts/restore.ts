/**
 * `npm run restore -- <backup folder> [--overwrite]`: checks the backup (manifest, checksums,
 * integrity) and puts it in place of the database and uploaded files named by DATABASE_URI and
 * MEDIA_DIR. Stop the server first. Without --overwrite it refuses to replace a database or files
 * that exist; with it, what was there is moved aside, never deleted (lib/backup).
 */
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
const { restore } = await import('../lib/backup')

const args = process.argv.slice(2)
const folder = args.find((arg) => !arg.startsWith('--'))
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--overwrite')
if (!folder || unknown.length) {
  process.stderr.write('usage: npm run restore -- <backup folder> [--overwrite]\n')
  process.exit(2)
}
try {
  const { manifest, movedAside } = await restore(folder, { overwrite: args.includes('--overwrite') })
  console.log(
    `Restored the backup of ${manifest.createdAt} (release ${manifest.release.version}${manifest.release.commit ? ` ${manifest.release.commit.slice(0, 7)}` : ''}, schema ${manifest.schema.latest ?? 'empty'}, ${manifest.files.length} files).`,
  )
  for (const aside of movedAside) console.log(`Kept what was there as ${aside}`)
  console.log(
    'Start the server: it applies newer migrations, rebuilds the search index and renders pages afresh.',
  )
  process.exit(0)
} catch (error) {
  process.stderr.write(`ntm: restore refused: ${(error as Error).message.split('\n')[0]}\n`)
  process.exit(1)
}
