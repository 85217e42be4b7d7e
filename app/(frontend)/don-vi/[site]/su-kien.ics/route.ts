import { allEventsCalendar } from '@/lib/feeds/calendarRoute'

export const GET = allEventsCalendar
