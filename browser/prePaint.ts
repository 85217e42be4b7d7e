/**
 * Runs in <head> before anything is drawn. It marks that JavaScript runs (controls that need it
 * are shown only then) and applies the stored preferences. `contrast` is written only when the
 * reader chose, so `prefers-contrast: more` keeps working until they do.
 */
import { parsePreferences, STORAGE_KEY } from '../lib/a11y/preferences'

const root = document.documentElement
root.setAttribute('data-js', '')
try {
  const preferences = parsePreferences(localStorage.getItem(STORAGE_KEY))
  if (preferences.textScale !== 100) root.style.fontSize = `${preferences.textScale}%`
  if (preferences.contrast) root.setAttribute('data-contrast', preferences.contrast)
} catch {
  // Storage refused (private mode, blocked cookies): the page keeps the browser's defaults.
}
