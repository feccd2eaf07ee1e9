import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import type { MessageKey } from '@shared/i18n/keys';
import { useT } from '../ui/use-t';
import { VendorsPage } from '../features/vendors/VendorsPage';
import { BuildingIcon, CompareIcon, FileCheckIcon, PortfolioIcon, QuestionnairesIcon, SettingsIcon, ShieldIcon } from '../ui/icons';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { ToastProvider } from '../ui/Toast';
import { useRoute, type Route } from './router';

// The vendor list is the first screen; every other screen loads when it is first opened.
const ComparePage = lazy(() => import('../features/compare/ComparePage').then((m) => ({ default: m.ComparePage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const AssessmentPage = lazy(() => import('../features/assessments/AssessmentPage').then((m) => ({ default: m.AssessmentPage })));
const FindingsPage = lazy(() => import('../features/assessments/FindingsPage').then((m) => ({ default: m.FindingsPage })));
const HistoryPage = lazy(() => import('../features/assessments/HistoryPage').then((m) => ({ default: m.HistoryPage })));
const NewAssessmentPage = lazy(() => import('../features/assessments/NewAssessmentPage').then((m) => ({ default: m.NewAssessmentPage })));
const PortfolioPage = lazy(() => import('../features/portfolio/PortfolioPage').then((m) => ({ default: m.PortfolioPage })));
const VendorDetailPage = lazy(() => import('../features/vendors/VendorDetailPage').then((m) => ({ default: m.VendorDetailPage })));
const QuestionnairesPage = lazy(() => import('../features/questionnaires/QuestionnairesPage').then((m) => ({ default: m.QuestionnairesPage })));
const BackgroundWork = lazy(() => import('../features/bundles/BackgroundWork'));
const VerifyPage = lazy(() => import('../features/verify/VerifyPage').then((m) => ({ default: m.VerifyPage })));

const sections = ['vendors', 'portfolio', 'compare', 'questionnaires', 'verify', 'settings'] as const;
type Section = (typeof sections)[number];

const icons: Record<Section, ReactNode> = {
  vendors: <BuildingIcon />,
  portfolio: <PortfolioIcon />,
  compare: <CompareIcon />,
  questionnaires: <QuestionnairesIcon />,
  verify: <FileCheckIcon />,
  settings: <SettingsIcon />,
};

/** The translation key of each section's name; the portfolio keeps its strings in its own module. */
const labels: Record<Section, MessageKey> = {
  vendors: 'nav.vendors',
  portfolio: 'portfolio.nav',
  compare: 'nav.compare',
  questionnaires: 'questionnaireManager.nav',
  verify: 'nav.verify',
  settings: 'nav.settings',
};

function sectionOf(route: Route): Section {
  return route.name === 'settings' || route.name === 'verify' || route.name === 'compare' || route.name === 'portfolio' || route.name === 'questionnaires'
    ? route.name
    : 'vendors';
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'vendors':
      return <VendorsPage />;
    case 'portfolio':
      return <PortfolioPage />;
    case 'vendor':
      return <VendorDetailPage vendorId={route.vendorId} />;
    case 'newAssessment':
      return <NewAssessmentPage vendorId={route.vendorId} />;
    case 'assessment':
      return <AssessmentPage assessmentId={route.assessmentId} questionId={route.questionId} />;
    case 'findings':
      return <FindingsPage assessmentId={route.assessmentId} />;
    case 'history':
      return <HistoryPage assessmentId={route.assessmentId} />;
    case 'compare':
      return <ComparePage ids={route.ids ?? []} />;
    case 'questionnaires':
      return <QuestionnairesPage />;
    case 'verify':
      return <VerifyPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

export function App() {
  const t = useT();
  const route = useRoute();
  const section = sectionOf(route);

  useEffect(() => {
    // Read by `npm run bench` as the time to first interactive screen.
    performance.mark('assay:interactive');
  }, []);

  useEffect(() => {
    document.title = `${t(labels[section])} · Assay`;
  }, [section, t]);

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
              {sections.map((name) => (
                <li key={name}>
                  <a href={`#/${name}`} className="nav-link" aria-current={section === name ? 'page' : undefined}>
                    {icons[name]}
                    {t(labels[name])}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <p className="sidebar-footer">{t('app.offline')}</p>
        </aside>
        <main id="main" className="content" tabIndex={-1}>
          <Suspense fallback={<p className="muted page">{t('common.loading')}</p>}>
            <Page route={route} />
          </Suspense>
        </main>
      </div>
      <ShortcutsDialog />
      <Suspense fallback={null}>
        <BackgroundWork />
      </Suspense>
    </ToastProvider>
  );
}
