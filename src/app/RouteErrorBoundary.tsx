import { Component, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { RouteErrorPage } from './RouteErrorPage'

interface BoundaryProps {
  children: ReactNode
  resetKey: string
}

class Boundary extends Component<BoundaryProps, { hasError: boolean }> {
  override state = { hasError: false }

  static getDerivedStateFromError() {
    return { hasError: true }
  }

  override componentDidUpdate(previous: BoundaryProps) {
    // Navigating elsewhere leaves the error page behind.
    if (this.state.hasError && previous.resetKey !== this.props.resetKey) {
      this.setState({ hasError: false })
    }
  }

  override render() {
    return this.state.hasError ? <RouteErrorPage /> : this.props.children
  }
}

/** Catches render errors and failed chunk loads with a friendly page and a way back. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return <Boundary resetKey={pathname}>{children}</Boundary>
}
