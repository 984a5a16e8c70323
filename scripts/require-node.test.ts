import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { isSupportedNode } from './require-node.js'

const root = path.resolve(import.meta.dirname, '..')
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string }
  scripts: Record<string, string>
}

describe('the Node version check', () => {
  it('accepts exactly the versions package.json names in "engines"', () => {
    const versions = ['18.20.0', '20.20.2', '22.22.2', '24.0.0', '24.14.9', '24.15.0', '24.21.0']
    versions.push('25.9.0', '26.0.0', '27.1.0')
    for (const version of versions) {
      expect(isSupportedNode(version), version).toBe(
        semver.satisfies(version, packageJson.engines.node),
      )
    }
  })

  it('accepts the Node that .nvmrc names', () => {
    const nvmrc = readFileSync(path.join(root, '.nvmrc'), 'utf8').trim()
    expect(semver.satisfies(`${nvmrc}.15.0`, packageJson.engines.node)).toBe(true)
  })

  it('runs before every npm script', () => {
    for (const [name, command] of Object.entries(packageJson.scripts)) {
      expect(command, name).toMatch(/^node scripts\/require-node\.js && /)
    }
  })

  it('passes quietly on this Node', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/require-node.js')])
    expect(result.status).toBe(0)
    expect(result.stderr.toString()).toBe('')
  })
})
