import { describe, expect, it, vi } from 'vitest'
import { EXPECTED, lazyDefaultThemes } from './lazy-default-themes.ts'

const plugin = lazyDefaultThemes()
const transform = plugin.transform as (code: string, id: string) => { code: string } | null
type BuildEnd = (this: { error: (message: string) => never }) => void
const mui = (file: string) => `/app/node_modules/@mui/${file}`
const boxSource = `import createTheme from "../styles/createTheme.mjs";
const defaultTheme = createTheme();
const Box = createBox({ defaultTheme });`

describe('MUI default themes made on first use', () => {
  it('wraps a default theme MUI builds when its module loads', () => {
    const result = transform(boxSource, mui('material/Box/Box.mjs'))
    expect(result?.code).toContain('const defaultTheme = lazyObject(() => createTheme());')
    expect(result?.code).toMatch(
      /^import \{ lazyObject \} from ".*src\/lib\/browser\/lazyObject\.ts";/,
    )
    expect(result?.code).not.toContain('const defaultTheme = createTheme();')
  })

  it('keeps an exported default theme exported', () => {
    const source = 'export const systemDefaultTheme = createTheme();'
    const result = transform(source, mui('system/useTheme/useTheme.mjs'))
    expect(result?.code).toContain(
      'export const systemDefaultTheme = lazyObject(() => createTheme());',
    )
  })

  it('leaves the app’s own modules and MUI modules without a default theme alone', () => {
    expect(transform(boxSource, '/app/src/app/theme.ts')).toBeNull()
    expect(
      transform('const Button = styled("button")({});', mui('material/Button/Button.mjs')),
    ).toBeNull()
  })

  it('fails the build when MUI no longer builds a default theme where it is expected', () => {
    const fresh = lazyDefaultThemes()
    const error = vi.fn((message: string): never => {
      throw new Error(message)
    })
    ;(fresh.transform as typeof transform)(boxSource, mui('material/Box/Box.mjs'))
    expect(() => (fresh.buildEnd as BuildEnd).call({ error })).toThrow(
      'material/styles/defaultTheme.mjs',
    )
    for (const file of EXPECTED) (fresh.transform as typeof transform)(boxSource, mui(file))
    expect(() => (fresh.buildEnd as BuildEnd).call({ error })).not.toThrow()
  })
})
