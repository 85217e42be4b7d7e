/**
 * The reader's display preferences: text size (a percentage of their own browser setting, so
 * everything sized in rem grows with it) and contrast. Kept in localStorage, applied by a tiny
 * inline script before the first paint, so pages stay static and nothing flashes.
 */
export const TEXT_STEPS = [100, 112.5, 125, 150, 175, 200] as const
export type TextScale = (typeof TEXT_STEPS)[number]
export type Contrast = 'normal' | 'high'
export type Preferences = { textScale: TextScale; contrast?: Contrast }

export const STORAGE_KEY = 'ntm-hien-thi'
export const DEFAULT_PREFERENCES: Preferences = { textScale: 100 }

export const parsePreferences = (raw: string | null | undefined): Preferences => {
  try {
    const value = JSON.parse(raw ?? '{}') as Partial<Preferences>
    const textScale = TEXT_STEPS.includes(value.textScale as TextScale) ? (value.textScale as TextScale) : 100
    const contrast = value.contrast === 'high' || value.contrast === 'normal' ? value.contrast : undefined
    return { textScale, contrast }
  } catch {
    return DEFAULT_PREFERENCES
  }
}

export const stepText = (current: TextScale, direction: 1 | -1): TextScale => {
  const index = TEXT_STEPS.indexOf(current)
  return TEXT_STEPS[Math.min(TEXT_STEPS.length - 1, Math.max(0, index + direction))]
}

export type ControlMessages = { announceSize: string; announceHigh: string; announceNormal: string }
