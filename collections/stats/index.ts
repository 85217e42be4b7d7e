import { StatsCounters } from './StatsCounters'
import { StatsPages } from './StatsPages'
import { StatsSalts } from './StatsSalts'
import { StatsVisitors } from './StatsVisitors'

export const statsCollections = [StatsCounters, StatsPages, StatsVisitors, StatsSalts]
