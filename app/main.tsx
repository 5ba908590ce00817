import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import './index.css';
import { registerServiceWorker } from './offline/register';
import { restoreWork } from './storage/restore';
import { claimTab, newTabId, sessionTab } from './storage/tab';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The saved text is read before the first render, so the page never shows the example first.
const sessionId = sessionTab();
const tab = claimTab(sessionId ?? newTabId());
void restoreWork(sessionId).then((restored) =>
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App restored={restored} tab={tab} />
      </I18nProvider>
    </StrictMode>,
  ),
);

// Production builds only: under `vite` the files change on every save.
if (import.meta.env.PROD) registerServiceWorker();
