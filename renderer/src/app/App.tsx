import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsPage } from '../features/settings/SettingsPage';
import { VendorsPage } from '../features/vendors/VendorsPage';
import { BuildingIcon, SettingsIcon, ShieldIcon } from '../ui/icons';
import { ToastProvider } from '../ui/Toast';

const routes = ['vendors', 'settings'] as const;
type Route = (typeof routes)[number];

function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (routes as readonly string[]).includes(name) ? (name as Route) : 'vendors';
}

function useHashRoute(): Route {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

const pages: Record<Route, { icon: ReactNode; render: () => ReactNode }> = {
  vendors: { icon: <BuildingIcon />, render: () => <VendorsPage /> },
  settings: { icon: <SettingsIcon />, render: () => <SettingsPage /> },
};

export function App() {
  const { t } = useTranslation();
  const route = useHashRoute();

  useEffect(() => {
    // Read by `npm run bench` as the time to first interactive screen.
    performance.mark('assay:interactive');
  }, []);

  useEffect(() => {
    document.title = `${t(`nav.${route}`)} · Assay`;
  }, [route, t]);

  return (
    <ToastProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="shell" data-app-ready="true">
        <aside className="sidebar">
          <div className="brand">
            <span className="brand-mark">
              <ShieldIcon />
            </span>
            <span>
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </div>
          <nav aria-label={t('nav.label')}>
            <ul className="nav-list">
              {routes.map((name) => (
                <li key={name}>
                  <a
                    href={`#/${name}`}
                    className="nav-link"
                    aria-current={route === name ? 'page' : undefined}
                  >
                    {pages[name].icon}
                    {t(`nav.${name}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <p className="sidebar-footer">{t('app.offline')}</p>
        </aside>
        <main id="main" className="content" tabIndex={-1}>
          {pages[route].render()}
        </main>
      </div>
    </ToastProvider>
  );
}
