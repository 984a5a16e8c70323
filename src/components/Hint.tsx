import { styled } from '@mui/material/styles'
import { cloneElement, useEffect, useId, useState, type ReactElement } from 'react'

type Align = 'start' | 'center' | 'end'

interface HintProps {
  /** Plain text shown above the element on hover and keyboard focus. */
  title: string
  /**
   * The hint describes the element (aria-describedby). Without it the element is already named by
   * the same text (an icon button's aria-label), so screen readers skip the hint.
   */
  describeChild?: boolean
  align?: Align
  /** Below the element where there is no room above it (the app bar). */
  below?: boolean
  children: ReactElement<{ 'aria-describedby'?: string }>
}

/**
 * A tooltip in CSS, for the first screen: MUI's Tooltip brings its Popper (about 10 KB gzip) for
 * placement we do not need in a table. It shows on hover and keyboard focus, stays while the
 * pointer moves onto it, and Escape hides it (WCAG 1.4.13). The visible text is drawn by CSS from
 * an attribute, and the description for screen readers is a `hidden` element, so neither takes
 * part in the page's layout or its text (a copied selection, `innerText`).
 */
export function Hint({
  title,
  describeChild = false,
  align = 'center',
  below = false,
  children,
}: HintProps) {
  const id = useId()
  const [active, setActive] = useState(false)
  const [dismissed, setDismissed] = useState(false)
  const child = describeChild ? cloneElement(children, { 'aria-describedby': id }) : children

  // Escape hides a shown hint wherever focus is (a hovered hint's element need not have it).
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [active])

  const end = () => {
    setActive(false)
    setDismissed(false)
  }
  return (
    <Anchor
      data-dismissed={dismissed || undefined}
      onMouseEnter={() => setActive(true)}
      onFocus={() => setActive(true)}
      onMouseLeave={end}
      onBlur={end}
    >
      {child}
      {describeChild && (
        <span id={id} hidden>
          {title}
        </span>
      )}
      <Bubble aria-hidden data-title={title} data-align={align} data-below={below || undefined} />
    </Anchor>
  )
}

const Anchor = styled('span')({
  position: 'relative',
  display: 'inline-flex',
  verticalAlign: 'middle',
  '&:hover:not([data-dismissed]) > [data-title], &:has(:focus-visible):not([data-dismissed]) > [data-title]':
    { display: 'block' },
})

// The transparent padding between element and bubble bridges the gap, so the pointer can move
// onto the bubble without losing it.
const Bubble = styled('span')(({ theme }) => ({
  display: 'none',
  position: 'absolute',
  bottom: '100%',
  paddingBottom: 6,
  zIndex: theme.zIndex.tooltip,
  width: 'max-content',
  maxWidth: 'min(320px, 90vw)',
  '&[data-below]': { bottom: 'auto', top: '100%', paddingBottom: 0, paddingTop: 6 },
  '&[data-align="center"]': { left: '50%', transform: 'translateX(-50%)' },
  '&[data-align="start"]': { left: 0 },
  '&[data-align="end"]': { right: 0 },
  '&::after': {
    content: 'attr(data-title)',
    display: 'block',
    padding: '4px 8px',
    borderRadius: 4,
    ...theme.typography.caption,
    fontWeight: 500,
    lineHeight: 1.4,
    overflowWrap: 'anywhere',
    color: theme.palette.common.white,
    backgroundColor: theme.palette.grey[800],
  },
}))
