'use client'

import { useEffect, useState } from 'react'

import {
  type Contrast,
  DEFAULT_PREFERENCES,
  parsePreferences,
  type Preferences,
  STORAGE_KEY,
  stepText,
} from '../lib/a11y/preferences'
import type { Dictionary } from '../lib/i18n'
import { fill } from '../lib/i18n/fill'

const apply = (preferences: Preferences) => {
  const root = document.documentElement
  root.style.fontSize = preferences.textScale === 100 ? '' : `${preferences.textScale}%`
  if (preferences.contrast) root.setAttribute('data-contrast', preferences.contrast)
  else root.removeAttribute('data-contrast')
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences))
  } catch {
    // Private browsing or storage full: the choice lasts for this page only.
  }
}

/**
 * The display controls of the seed portal (A-, A, A+, Tăng/Giảm tương phản), as real buttons
 * with Vietnamese names that contain their visible labels. Changes are announced politely.
 * Without JavaScript the buttons are hidden (they could do nothing) and the zoom help remains.
 * The words come from the server as props, so no dictionary is shipped to the browser.
 */
export const AccessibilityBar = ({ labels }: { labels: Dictionary['a11y'] }) => {
  const t = { a11y: labels }
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES)
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    // The server cannot know the stored choice; read it once the page is interactive.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPreferences(parsePreferences(localStorage.getItem(STORAGE_KEY)))
  }, [])

  const update = (next: Preferences, message: string) => {
    setPreferences(next)
    apply(next)
    setAnnouncement(message)
  }
  const setText = (textScale: Preferences['textScale']) =>
    update({ ...preferences, textScale }, fill(t.a11y.announceSize, { n: textScale }))
  const setContrast = (contrast: Contrast) =>
    update({ ...preferences, contrast }, contrast === 'high' ? t.a11y.announceHigh : t.a11y.announceNormal)

  const highContrast = preferences.contrast === 'high'
  return (
    <div className="a11y-bar" role="group" aria-label={t.a11y.barLabel}>
      <div className="a11y-bar__controls">
        <button type="button" onClick={() => setText(stepText(preferences.textScale, -1))}>
          A-<span className="sr-only"> ({t.a11y.smaller})</span>
        </button>
        <button type="button" onClick={() => setText(100)}>
          A<span className="sr-only"> ({t.a11y.reset})</span>
        </button>
        <button type="button" onClick={() => setText(stepText(preferences.textScale, 1))}>
          A+<span className="sr-only"> ({t.a11y.larger})</span>
        </button>
        <button type="button" aria-pressed={highContrast} onClick={() => setContrast('high')}>
          {t.a11y.contrastMore}
        </button>
        <button type="button" aria-pressed={!highContrast} onClick={() => setContrast('normal')}>
          {t.a11y.contrastLess}
        </button>
      </div>
      <details className="a11y-bar__help">
        <summary>{t.a11y.zoomHelp}</summary>
        <p>{t.a11y.zoomHelpText}</p>
      </details>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
