import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/mantine-styles';
import './app/global.css';
import { App } from './app/App';
import { activateLocale, I18nRoot, initialLocale } from './lib/i18n';

/**
 * The built page fetches the app's stylesheet without letting it hold up the first paint (see
 * client/build/first-paint.ts): it applies here, once loaded, just before the app replaces that paint.
 */
async function applyAppStyles(): Promise<void> {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[data-app-styles]')];
  await Promise.all(
    links.map(
      (link) =>
        new Promise<void>((resolve) => {
          if (link.sheet) return resolve();
          link.addEventListener('load', () => resolve(), { once: true });
          link.addEventListener('error', () => resolve(), { once: true });
        }),
    ),
  );
  for (const link of links) link.media = 'all';
}

// The person's language's catalog (one small chunk, docs/i18n.md) loads alongside the styles.
void Promise.all([applyAppStyles(), activateLocale(initialLocale())]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nRoot>
        <App />
      </I18nRoot>
    </StrictMode>,
  ),
);

// The service worker keeps the app's files so pages open without the network (src/sw/). Only in
// production builds: in development it would serve stale files over Vite's.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { updateViaCache: 'none' }).then(tellServiceWorker, () => {
      // Not available (private windows, some browsers' settings): the app works, only not offline.
    });
  });
}

/**
 * Tells the worker this page is here and whether the person saves data (Data Saver), which decides
 * whether it may fill its cache when the link is idle; again whenever the connection or worker changes.
 */
function tellServiceWorker(): void {
  const connection = (navigator as Navigator & { connection?: EventTarget & { saveData?: boolean } }).connection;
  const tell = () =>
    void navigator.serviceWorker.ready.then((registration) =>
      registration.active?.postMessage({ type: 'switchback:page', saveData: connection?.saveData === true }),
    );
  tell();
  connection?.addEventListener('change', tell);
  navigator.serviceWorker.addEventListener('controllerchange', tell);
}
