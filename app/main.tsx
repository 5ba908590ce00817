import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadDefaultExample } from './examples/index';
import { initialLang } from './i18n/detect';
import { I18nProvider } from './i18n/I18nProvider';
import { loadLangChoice } from './i18n/storage';
import './index.css';
import { registerServiceWorker } from './offline/register';
import { restoreWork } from './storage/restore';
import { claimTab, newTabId, sessionTab } from './storage/tab';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The saved text is read before the first render, so the page never shows the example first;
// meanwhile a page opening in Chinese fetches the default example's Chinese comments.
const sessionId = sessionTab();
const tab = claimTab(sessionId ?? newTabId());
const lang = initialLang(loadLangChoice(), navigator.languages ?? [navigator.language]);
void Promise.all([restoreWork(sessionId), preloadDefaultExample(lang)]).then(([restored]) =>
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
