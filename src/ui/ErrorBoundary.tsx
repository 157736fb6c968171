/** A bug shows a message and a way to keep the current scenario, never a white page. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate, type Lang } from '../i18n';
import { formToDoc, getAppStore } from '../state';
import { downloadText } from './download';

/** Reloads the page without the address's fragment, so a link that caused the crash is not opened again. */
function reloadWithoutLink(): void {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  window.location.reload();
}

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
    // The store may itself be what failed: English then.
    let lang: Lang = 'en';
    try {
      lang = getAppStore().getState().lang;
    } catch {
      // keep English
    }
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate(lang, key, params);
    return (
      <main className="crash" role="alert">
        <h1>{t('calculator.crash.title')}</h1>
        <p>{t('calculator.crash.text')}</p>
        <p className="hint">
          {t('calculator.crash.error', { message: '' })}
          <span lang="en">{this.state.error.message}</span>
        </p>
        <div className="button-row">
          <button type="button" onClick={this.exportScenario}>
            {t('calculator.crash.download')}
          </button>
          <button type="button" onClick={reloadWithoutLink}>
            {t('calculator.crash.reload')}
          </button>
        </div>
      </main>
    );
  }
}
