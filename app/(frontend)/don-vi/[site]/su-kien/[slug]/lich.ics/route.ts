import { oneEventCalendar } from '@/lib/feeds/calendarRoute'

export const GET = oneEventCalendar
