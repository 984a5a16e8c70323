/*
 * The head script of every pre-rendered page: it runs before the page first paints, after MUI's
 * script that sets the colour scheme. The build bundles it on its own (scripts/prerender-plugin.ts)
 * into one small file with that script, `assets/head-<hash>.js`, which the page loads first in its
 * head: the content security policy allows no inline script. Nothing here may import React or the
 * app; each step is what the app itself does or reads later, so that the two agree.
 */
import { holdEarlyClicks } from './early-click'
import { holdEarlySubmits } from './early-submit'
import { showVisitorsLanguage } from './prerenderedLanguage'
import { markSavedSession } from './savedSession'

const steps = [markSavedSession, showVisitorsLanguage, holdEarlySubmits, holdEarlyClicks]

for (const step of steps) {
  try {
    step()
  } catch {
    // Storage may be refused (a policy, private mode): the page then loads as it would without
    // the step, and the app decides once it runs. One failing step must not stop the others.
  }
}
