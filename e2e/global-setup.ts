import { ensureBuild } from '../scripts/build-state.ts'
import { findChromium } from './chromium.ts'

export default function globalSetup() {
  findChromium()
  ensureBuild()
}
