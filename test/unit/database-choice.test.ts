import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../lib/db/adapter'
import { chooseDatabase, DatabaseUriError } from '../../lib/db/choose'

describe('chooseDatabase', () => {
  it('defaults to the embedded SQLite file', () => {
    const choice = chooseDatabase(undefined, { NODE_ENV: 'production' })
    expect(choice).toEqual({
      engine: 'sqlite',
      file: path.resolve('data/ntm-portal.db'),
      url: `file:${path.resolve('data/ntm-portal.db')}`,
    })
  })

  it('keeps development on its own file', () => {
    const choice = chooseDatabase('', { NODE_ENV: 'development' })
    expect(choice.engine).toBe('sqlite')
    expect(choice.engine === 'sqlite' && choice.file).toBe(path.resolve('data/ntm-portal-dev.db'))
  })

  it('takes file: URIs, relative and absolute', () => {
    expect(chooseDatabase('file:./tmp/x.db')).toMatchObject({
      engine: 'sqlite',
      file: path.resolve('tmp/x.db'),
    })
    expect(chooseDatabase('file:/var/lib/ntm/portal.db')).toMatchObject({
      engine: 'sqlite',
      file: '/var/lib/ntm/portal.db',
    })
  })

  it('takes mongodb:// and mongodb+srv://', () => {
    expect(chooseDatabase('mongodb://db1,db2/ntm?replicaSet=rs0')).toEqual({
      engine: 'mongodb',
      url: 'mongodb://db1,db2/ntm?replicaSet=rs0',
    })
    expect(chooseDatabase('mongodb+srv://cluster.example/ntm').engine).toBe('mongodb')
  })

  it.each(['postgres://u:secret@h/db', 'mysql://h/db', 'ntm.db', 'file:'])(
    'refuses %s with the accepted forms',
    (uri) => {
      expect(() => chooseDatabase(uri)).toThrow(DatabaseUriError)
      expect(() => chooseDatabase(uri)).toThrow(/file:<path>\.db.*mongodb:\/\/.*mongodb\+srv:\/\//)
    },
  )

  it('never echoes a password from a refused URI', () => {
    expect(() => chooseDatabase('postgres://u:secret@h/db')).toThrow(/^(?!.*secret)/)
  })
})

describe('databaseAdapter', () => {
  it('builds the SQLite adapter for file: URIs', () => {
    expect(databaseAdapter('file:/tmp/ntm-adapter-choice.db').name).toBe('sqlite')
  })

  it('builds the MongoDB adapter for mongodb:// (no connection is made until init)', () => {
    expect(databaseAdapter('mongodb://127.0.0.1:1/ntm').name).toBe('mongoose')
  })

  it('stops with a clear error for anything else', () => {
    expect(() => databaseAdapter('redis://localhost')).toThrow(/Accepted forms/)
  })
})
