import { type SearchAnswer, type SearchIds, searchIn } from '../search/answer'
import { searchIndexOf } from '../search/engine'
import type { SearchRequest } from '../search/params'
import type { SiteScope } from '../sites/scope'
import { payloadClient } from './payload'

/** Readers' search on this process's index (lib/search/answer.ts). */
export const search = async (
  request: SearchRequest,
  ids: SearchIds,
  scope: SiteScope,
): Promise<SearchAnswer> => searchIn(await searchIndexOf(await payloadClient()), request, ids, scope)

/** The years the year filter offers. */
export const searchYears = async (): Promise<number[]> => (await searchIndexOf(await payloadClient())).years()
