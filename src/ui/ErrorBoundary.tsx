/** A bug shows a message and a way to keep the current scenario, never a white page. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { formToDoc, getAppStore } from '../state';
import { downloadText } from './download';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Golden Dome calculator crashed', error, info.componentStack);
  }

  private exportScenario = () => {
    const doc = formToDoc(getAppStore().getState().form);
    downloadText(`${String(doc['id'])}.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong</h1>
        <p>
          The calculator hit a bug and stopped drawing this page. Your scenario is still here: download it,
          then reload.
        </p>
        <p className="hint">Error: {this.state.error.message}</p>
        <div className="button-row">
          <button type="button" onClick={this.exportScenario}>
            Download the current scenario (JSON)
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </main>
    );
  }
}
