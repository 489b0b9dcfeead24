import { Component, type ReactNode } from 'react';

export interface Failure {
  error: unknown;
  /** Draws the part again, as it would be drawn the first time. */
  retry: () => void;
}

interface ErrorBoundaryProps {
  children: ReactNode;
  fallback: (failure: Failure) => ReactNode;
  /** When it changes (the user went elsewhere), a failed part is drawn afresh. */
  resetKey?: string;
}

interface ErrorBoundaryState {
  failure: { error: unknown } | null;
  resetKey: string | undefined;
}

/**
 * Keeps an error thrown while a part of the window is drawn inside that part: React would otherwise unmount the whole
 * window and leave it white. It touches no data; what was saved stays saved, and the fallback says so.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failure: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failure: null, resetKey: props.resetKey };
  }

  private readonly retry = () => this.setState({ failure: null });

  override render(): ReactNode {
    const { failure } = this.state;
    return failure ? this.props.fallback({ error: failure.error, retry: this.retry }) : this.props.children;
  }
}
