/**
 * `npm run backup`: one consistent backup of the database and the uploaded files (those on disk:
 * media in a bucket are the bucket's to keep), safe while the server runs (lib/backup). Into
 * BACKUP_DIR (`backups/`), keeping the newest BACKUP_KEEP (14).
 * Exit 1, with one line, when it fails.
 */
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
const { backup } = await import('../lib/backup')
const { mediaStorage } = await import('../lib/mediaStorage')

try {
  const started = Date.now()
  const { path, manifest, missing, removed } = await backup()
  const rows = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0)
  console.log(
    `Backup written: ${path} (${rows} rows, ${manifest.files.length} files, schema ${manifest.schema.latest ?? 'empty'}, ${((Date.now() - started) / 1000).toFixed(1)} s).`,
  )
  const media = mediaStorage()
  if (media.kind === 's3')
    console.log(`Media are in the bucket s3://${media.bucket}: not copied (its versioning is their backup).`)
  for (const file of missing) console.warn(`Not in the backup (missing on disk): ${file}`)
  for (const old of removed) console.log(`Removed an older backup: ${old}`)
  process.exit(0)
} catch (error) {
  process.stderr.write(`ntm: backup failed: ${(error as Error).message.split('\n')[0]}\n`)
  process.exit(1)
}
