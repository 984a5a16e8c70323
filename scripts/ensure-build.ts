import { ensureBuild } from './build-state.ts'

ensureBuild()
