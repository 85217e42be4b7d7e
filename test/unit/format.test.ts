import { describe, expect, it } from 'vitest'

import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatDong,
  formatInteger,
  formatLongDate,
} from '../../lib/vi/format'

describe('vi-VN formatting', () => {
  it('groups thousands with dots', () => {
    expect(formatInteger(5674)).toBe('5.674')
    expect(formatInteger(79917)).toBe('79.917')
    expect(formatInteger(0)).toBe('0')
  })

  it('uses a decimal comma, one decimal at most', () => {
    expect(formatDecimal(14.5)).toBe('14,5')
    expect(formatDecimal(14)).toBe('14')
    expect(formatDecimal(17.46)).toBe('17,5')
  })

  it('writes đồng amounts', () => {
    expect(formatDong(130_000_000)).toBe('130.000.000 đ')
  })

  it('writes dates as day/month/year in Việt Nam time', () => {
    expect(formatDate('2024-07-02T01:00:00.000Z')).toBe('2/7/2024')
    // 23:30 UTC on 1 July is already 2 July in Hà Nội.
    expect(formatDate('2024-07-01T23:30:00.000Z')).toBe('2/7/2024')
    expect(formatDate(new Date('2024-12-31T17:00:00.000Z'))).toBe('1/1/2025')
  })

  it('writes times on the 24-hour clock', () => {
    expect(formatDateTime('2024-07-02T01:00:00.000Z')).toBe('08:00 2/7/2024')
  })

  it('writes the formal long date', () => {
    expect(formatLongDate('2024-07-02T01:00:00.000Z')).toBe('ngày 2 tháng 7 năm 2024')
  })
})
