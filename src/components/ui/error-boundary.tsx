// What is left of the page when a part of it fails: its code did not load (offline, a flaky network, a
// chunk gone after a redeploy) or it threw while rendering. Without a boundary React unmounts the whole
// page, and the admin was left with a white page that going online did not bring back.
import { Component, useEffect, useRef, type ReactNode } from 'react';
import { focusIsLost } from '../../lib/use-focus-after-render';
import { useAnnouncer } from '../../lib/use-announcer';
import { isLoadFailure } from '../../lib/retryable-import';
import './ui.css';

/** A failure as a boundary's fallback gets it. */
export type Failure = {
  error: unknown;
  /** How many times trying again failed since the part last rendered. */
  failedAgain: number;
  /** True while "Try again" loads the part. */
  retrying: boolean;
  /** Whether the focus was in the part when it failed (it then went with the part). */
  hadFocus: boolean;
  tryAgain(): void;
};

type ErrorBoundaryProps = {
  /** What shows in the part's place while it has failed. */
  fallback(failure: Failure): ReactNode;
  /**
   * Before the part renders again: its code loaded afresh (React.lazy keeps a failed import for good).
   * While it runs the fallback stays; when it fails, the fallback stays, with the new error.
   */
  retry?: () => Promise<unknown>;
  /** When this changes while the part has failed, it is tried again (a dialog opened again). */
  resetKey?: unknown;
  children: ReactNode;
};

type State = { error: unknown; failed: boolean; failedAgain: number; retrying: boolean };

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
/** How long the part may take to show a control after "Try again" for it to take the focus. */
const FOCUS_WAIT_MS = 5000;

/**
 * Catches what its part throws while rendering (a failed lazy import included) and shows `fallback`
 * instead, leaving the rest of the page as it was. "Try again" runs `retry`, then renders the part
 * again. When the focus was on "Try again", it goes to the part's first control once it shows (the
 * button went away with the message), unless something else has taken it by then.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, failed: false, failedAgain: 0, retrying: false };
  private root: HTMLDivElement | null = null;
  /** Whether the focus is in the part, as last seen: a removed element takes the focus without a blur. */
  private focusInside = false;
  private mounted = false;
  private stopWatching: (() => void) | null = null;

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  override componentDidMount() {
    this.mounted = true;
  }

  override componentDidUpdate(previous: ErrorBoundaryProps) {
    if (this.state.failed && !this.state.retrying && !Object.is(previous.resetKey, this.props.resetKey)) void this.tryAgain();
  }

  override componentWillUnmount() {
    this.mounted = false;
    this.stopWatching?.();
  }

  private readonly tryAgain = async () => {
    if (this.state.retrying) return;
    const focusWasHere = this.root?.contains(document.activeElement) ?? false;
    this.setState({ retrying: true });
    try {
      await this.props.retry?.();
    } catch (error) {
      if (this.mounted) this.setState((s) => ({ error, retrying: false, failedAgain: s.failedAgain + 1 }));
      return;
    }
    if (!this.mounted) return;
    this.setState({ error: null, failed: false, failedAgain: 0, retrying: false });
    if (focusWasHere) this.focusPartOnceShown();
  };

  /** The part's first control takes the focus when it comes, while nothing else has it. */
  private focusPartOnceShown() {
    const root = this.root;
    if (!root) return;
    this.stopWatching?.();
    const tryFocus = () => {
      if (!focusIsLost()) return stop(); // something else took it (a dialog focusing its Close)
      const target = root.querySelector<HTMLElement>(FOCUSABLE);
      if (!target) return;
      target.focus();
      stop();
    };
    const observer = new MutationObserver(tryFocus);
    const timer = setTimeout(() => stop(), FOCUS_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      this.stopWatching = null;
    };
    this.stopWatching = stop;
    observer.observe(root, { childList: true, subtree: true });
  }

  override render() {
    const { failed, error, failedAgain, retrying } = this.state;
    return (
      // No box of its own (display: contents): the part lays out as if the wrapper were not there.
      <div
        className="ui-part"
        ref={(el) => {
          this.root = el;
        }}
        onFocus={() => {
          this.focusInside = true;
        }}
        onBlur={(e) => {
          if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) this.focusInside = false;
        }}
      >
        {failed ? this.props.fallback({ error, failedAgain, retrying, hadFocus: this.focusInside, tryAgain: () => void this.tryAgain() }) : this.props.children}
      </div>
    );
  }
}

/** The words for a part that failed: `name` as a sentence starts ("The simulator"). */
export function partFailedText(name: string, failure: Pick<Failure, 'error' | 'failedAgain'>): string {
  if (!isLoadFailure(failure.error)) return `${name} stopped because of an error. Try again; if it fails again, reload the page.`;
  return failure.failedAgain === 0
    ? `${name} could not be loaded. Check the connection, then try again.`
    : `${name} still could not be loaded. Check the connection and try again; if it keeps failing, reload the page.`;
}

/**
 * A part's failure in its place: the words in an alert, "Try again" after it (a control inside an
 * alert is read with it). The alert is in the page empty, and its words come after, so that they are
 * read; each failed attempt says them again. When the failure took the focus with it (it was in the
 * part), "Try again" takes it; a part failing elsewhere (as the page loads) leaves the focus alone.
 */
export function PartFailed({ name, failure }: { name: string; failure: Failure }) {
  const text = partFailedText(name, failure);
  const [said, say] = useAnnouncer();
  useEffect(() => {
    say(text);
  }, [text, failure.failedAgain, say]);
  const button = useRef<HTMLButtonElement>(null);
  const tookFocus = failure.hadFocus;
  useEffect(() => {
    if (tookFocus && focusIsLost()) button.current?.focus();
  }, [tookFocus]);
  return (
    <div className="ui-part-failed">
      <p role="alert">{said}</p>
      {/* aria-disabled, not disabled, while loading: the focus stays on it. */}
      <button
        ref={button}
        type="button"
        className="ui-button"
        aria-disabled={failure.retrying || undefined}
        onClick={() => {
          if (!failure.retrying) failure.tryAgain();
        }}
      >
        {failure.retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}

type PartBoundaryProps = Omit<ErrorBoundaryProps, 'fallback'> & {
  /** The part, as a sentence starts: "The simulator". */
  name: string;
  /** Where the message goes (a dialog of its own, say); by default, in the part's place. */
  frame?: (message: ReactNode, failure: Failure) => ReactNode;
};

/** An ErrorBoundary whose fallback says that `name` could not be loaded (or failed), with "Try again". */
export function PartBoundary({ name, frame, ...props }: PartBoundaryProps) {
  return (
    <ErrorBoundary
      {...props}
      fallback={(failure) => {
        const message = <PartFailed name={name} failure={failure} />;
        return frame ? frame(message, failure) : message;
      }}
    />
  );
}
