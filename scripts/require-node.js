// Runs before every npm script, on whatever Node the machine has: plain JavaScript that even old
// versions parse, so that a Node too old for the project's .ts files says so in one line instead of
// a stack trace about file extensions. Keep the check in step with package.json's "engines"
// (scripts/require-node.test.ts compares the two).
import { pathToFileURL } from 'node:url'

/** Whether `version` ("24.15.0", no "v") is one the project runs on: ^24.15.0 || >=26. */
export function isSupportedNode(version) {
  const parts = version.split('.').map(Number)
  const major = parts[0]
  const minor = parts[1]
  if (major === 24) return minor >= 15
  return major >= 26
}

export const NODE_REQUIRED_MESSAGE =
  'This project needs Node.js 24 (24.15 or later, see .nvmrc) and this is Node.js %s: ' +
  'run "nvm install" in the project, or get Node.js 24 from https://nodejs.org/en/download'

const runAsScript =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (runAsScript && !isSupportedNode(process.versions.node)) {
  console.error(NODE_REQUIRED_MESSAGE.replace('%s', process.version))
  process.exit(1)
}
