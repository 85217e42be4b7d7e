import { describe, expect, it } from 'vitest'

import { parsePreferences, stepText } from '../../lib/a11y/preferences'
import { lexicalPlainText } from '../../lib/lexical/plainText'
import { exactMatch, foldForSearch, searchWords } from '../../lib/vi/search'
import { editorState, p, quote, uploadNode } from '../../seed/lexical'

describe('search folding', () => {
  it('folds case and diacritics the same way for every spelling', () => {
    expect(foldForSearch('CAO LỘC')).toBe('cao loc')
    expect(foldForSearch('Cao Lộc')).toBe('cao loc')
    expect(foldForSearch('cao loc')).toBe('cao loc')
    expect(foldForSearch('Cao Lộc'.normalize('NFD'))).toBe('cao loc')
  })

  it('splits a query into folded words, dropping noise', () => {
    expect(searchWords('  Xã  Tân-Liên!! ')).toEqual(['xa', 'tan', 'lien'])
    expect(searchWords('8/19 a')).toEqual(['8', '19'])
    expect(searchWords('%_')).toEqual([])
  })

  it('knows an exact-diacritic match from a folded one', () => {
    expect(exactMatch('Cao Lộc', 'UBND huyện Cao Lộc sơ kết')).toBe(true)
    expect(exactMatch('cao lộc', 'UBND huyện CAO LỘC')).toBe(true)
    expect(exactMatch('cao loc', 'UBND huyện Cao Lộc')).toBe(false)
  })
})

describe('lexicalPlainText', () => {
  it('reads paragraphs, quotes and image captions', () => {
    const state = editorState([p('Đoạn một.'), uploadNode(1, 'Chú thích ảnh'), quote('Trích dẫn')])
    expect(lexicalPlainText(state)).toBe('Đoạn một.\nChú thích ảnh\nTrích dẫn')
  })

  it('is empty for nothing', () => {
    expect(lexicalPlainText(null)).toBe('')
  })
})

describe('display preferences', () => {
  it('accepts only known values', () => {
    expect(parsePreferences('{"textScale":150,"contrast":"high"}')).toEqual({
      textScale: 150,
      contrast: 'high',
    })
    expect(parsePreferences('{"textScale":999,"contrast":"<script>"}')).toEqual({ textScale: 100 })
    expect(parsePreferences('not json')).toEqual({ textScale: 100 })
  })

  it('steps text size up to 200% and back down to 100%', () => {
    expect(stepText(100, 1)).toBe(112.5)
    expect(stepText(200, 1)).toBe(200)
    expect(stepText(100, -1)).toBe(100)
  })
})

describe('word count', () => {
  it('counts the words of an article body, captions included', async () => {
    const { lexicalWordCount } = await import('../../lib/lexical/plainText')
    const { editorState, p, uploadNode } = await import('../../seed/lexical')
    expect(
      lexicalWordCount(editorState([p('Xã Cao Lâu đạt 8/19 tiêu chí.'), uploadNode(1, 'Hội nghị sơ kết')])),
    ).toBe(11)
    expect(lexicalWordCount(null)).toBe(0)
  })
})
