import { Component, type ReactNode } from 'react';

/**
 * The last line of defence: if a screen fails to draw, the citizen is not left with a blank
 * kiosk but with a message (in the screen's language) and a way to start again.
 */
export class ErrorBoundary extends Component<
  { fallback: (restart: () => void) => ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('screen failed', error instanceof Error ? error.name : 'unknown');
  }

  override render() {
    return this.state.failed ? this.props.fallback(() => window.location.reload()) : this.props.children;
  }
}
