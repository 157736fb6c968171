/** Browser entry point. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { restoreLeftAddress } from './ui/address';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { embedRequest } from './ui/embed/embedCharts';
import { EmbedPage } from './ui/embed/EmbedPage';
import { startEmbed } from './ui/embed/startEmbed';
import { registerServiceWorker } from './ui/offline/serviceWorker';
import './ui/styles.css';

const root = document.getElementById('root');
// `?embed=<chart>`: one chart for an article's <iframe>, not the calculator.
const embed = embedRequest(window.location.search);
if (embed !== null) startEmbed(window.location.search);
else restoreLeftAddress();
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        {embed === null ? <App /> : <EmbedPage chart={embed} hash={window.location.hash} />}
      </ErrorBoundary>
    </StrictMode>,
  );
}

registerServiceWorker();
