import { VN_TIME_ZONE } from '../vi/format'

/**
 * Days and months of the visitor statistics are those of Việt Nam (Asia/Ho_Chi_Minh, UTC+7, no
 * daylight saving): "Hôm nay" starts at local midnight, 17:00 UTC the day before.
 */
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** "2024-07-02" for any instant of 2 July 2024 in Việt Nam. */
export const vnDayKey = (at: Date): string => dayFormat.format(at)

/** "2024-07" for any instant of July 2024 in Việt Nam. */
export const vnMonthKey = (at: Date): string => vnDayKey(at).slice(0, 7)
