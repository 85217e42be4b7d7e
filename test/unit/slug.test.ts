import { describe, expect, it } from 'vitest'

import { slugify, uniqueSlug } from '../../lib/vi/slug'
import { foldDiacritics, toNFC } from '../../lib/vi/text'

describe('slugify (Vietnamese)', () => {
  it('drops diacritics and lower-cases', () => {
    expect(slugify('Xã Tân Liên đạt chuẩn nông thôn mới')).toBe('xa-tan-lien-dat-chuan-nong-thon-moi')
  })

  it('turns đ and Đ into d, never "dj"', () => {
    expect(slugify('Đi chợ Đồng Đăng')).toBe('di-cho-dong-dang')
    expect(slugify('ĐƯỜNG ĐÔNG ĐÚC')).toBe('duong-dong-duc')
  })

  it('handles NFD input (macOS, PDFs) like NFC input', () => {
    const nfd = 'Hòa Cư, Thạch Đạn'.normalize('NFD')
    expect(nfd).not.toBe('Hòa Cư, Thạch Đạn')
    expect(slugify(nfd)).toBe('hoa-cu-thach-dan')
    expect(slugify(nfd)).toBe(slugify('Hòa Cư, Thạch Đạn'))
  })

  it('treats old and new tone placement alike', () => {
    expect(slugify('Hoà Cư')).toBe(slugify('Hòa Cư'))
  })

  it('collapses punctuation and spaces into single hyphens', () => {
    expect(slugify('  “Ra quân” — xây dựng NTM: 2024/2025!  ')).toBe('ra-quan-xay-dung-ntm-2024-2025')
    expect(slugify('8/19 tiêu chí')).toBe('8-19-tieu-chi')
  })

  it('gives an empty slug for text with no letters or digits', () => {
    expect(slugify('!!! …')).toBe('')
  })

  it('caps the length without a trailing hyphen', () => {
    const slug = slugify('nông thôn mới '.repeat(20))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('uniqueSlug', () => {
  it('keeps a free slug', async () => {
    expect(await uniqueSlug('cao-lau', async () => false)).toBe('cao-lau')
  })

  it('adds the first free suffix on collision', async () => {
    const taken = new Set(['cao-lau', 'cao-lau-2'])
    expect(await uniqueSlug('cao-lau', async (s) => taken.has(s))).toBe('cao-lau-3')
  })

  it('gives up instead of looping forever', async () => {
    await expect(uniqueSlug('x', async () => true, 5)).rejects.toThrow(/No free slug/)
  })
})

describe('Vietnamese text', () => {
  it('stores NFC', () => {
    expect(toNFC('Lộc'.normalize('NFD'))).toBe('Lộc')
  })

  it('folds for search', () => {
    expect(foldDiacritics('CAO LỘC')).toBe('CAO LOC')
    expect(foldDiacritics('đường')).toBe('duong')
  })
})
