import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/mantine-styles';
import './app/global.css';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker keeps the app's files so pages open without the network (src/sw.js). Only in
// production builds: in development it would serve stale files over Vite's.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { updateViaCache: 'none' }).catch(() => {
      // Not available (private windows, some browsers' settings): the app works, only not offline.
    });
  });
}
