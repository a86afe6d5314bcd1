import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageReady, prefetchChineseMessages } from './i18n';
import './styles.css';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void languageReady.finally(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  prefetchChineseMessages();
});
