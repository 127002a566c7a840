import { useEffect, useRef } from 'react';
import { useT } from '../../components/i18n';
import { hrefs, useRoute, type Route } from './routing';
import { ToastProvider } from './ui/Toast';
import { PeoplePage } from './people/PeoplePage';
import { PersonPage } from './person/PersonPage';
import { InsightsPage } from './insights/InsightsPage';
import { SettingsPage } from './settings/SettingsPage';
import { DigestPage } from './digest/DigestPage';
import { SortPage } from './sort/SortPage';
import { ImportPage } from './import/ImportPage';
import { WelcomePage } from './welcome/WelcomePage';
import { PeopleIndexProvider } from './data/people-index';
import { ListStateProvider } from './people/list-state';
import { useOverdueCount } from './data/use-overdue-count';
import { formatOverdue } from '../../utils/model/overdue-count';

function screenOf(route: Route) {
  switch (route.name) {
    case 'person':
      return <PersonPage id={route.id} />;
    case 'insights':
      return <InsightsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'digest':
      return <DigestPage ids={route.ids} />;
    case 'sort':
      return <SortPage />;
    case 'import':
      return <ImportPage />;
    case 'welcome':
      return <WelcomePage />;
    default:
      return <PeoplePage />;
  }
}

/** The page frame: skip link, sidebar navigation, and one main region per screen. */
export function DashboardApp() {
  const t = useT();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const overdue = useOverdueCount();

  const titleKey =
    route.name === 'person'
      ? 'dash.nav.person'
      : route.name === 'insights'
        ? 'dash.nav.insights'
        : route.name === 'settings'
          ? 'dash.nav.settings'
          : route.name === 'digest'
            ? 'dash.nav.digest'
            : route.name === 'sort'
              ? 'dash.nav.sort'
              : route.name === 'import'
                ? 'dash.nav.import'
                : route.name === 'welcome'
                  ? 'welcome.title'
                  : 'dash.nav.people';
  useEffect(() => {
    document.title = `${t(titleKey)} · ${t('appName')}`;
  }, [t, titleKey]);

  const nav: Array<{
    href: string;
    key: 'dash.nav.people' | 'dash.nav.sort' | 'dash.nav.insights' | 'dash.nav.import' | 'dash.nav.settings';
    active: boolean;
  }> = [
    { href: hrefs.people, key: 'dash.nav.people', active: route.name === 'people' || route.name === 'person' },
    { href: hrefs.sort, key: 'dash.nav.sort', active: route.name === 'sort' },
    { href: hrefs.insights, key: 'dash.nav.insights', active: route.name === 'insights' },
    { href: hrefs.import, key: 'dash.nav.import', active: route.name === 'import' },
    { href: hrefs.settings, key: 'dash.nav.settings', active: route.name === 'settings' },
  ];

  return (
    <PeopleIndexProvider active={route.name === 'people' || route.name === 'insights'}>
      <ListStateProvider>
        <ToastProvider>
          <a
            className="skip-link"
            href="#main"
            onClick={(e) => {
              e.preventDefault();
              mainRef.current?.focus();
            }}
          >
            {t('dash.skip')}
          </a>
          <div className="shell">
            <header className="sidebar">
              <div className="brand">
                <span className="brand-mark" aria-hidden="true">
                  つ
                </span>
                <span className="brand-name">{t('appName')}</span>
              </div>
              <nav aria-label={t('dash.nav.label')}>
                <ul className="nav-list">
                  {nav.map((item) => (
                    <li key={item.key}>
                      <a className="nav-link" href={item.href} aria-current={item.active ? 'page' : undefined}>
                        {t(item.key)}
                        {item.key === 'dash.nav.people' && overdue > 0 ? (
                          <>
                            <span className="nav-count" aria-hidden="true">
                              {formatOverdue(overdue)}
                            </span>
                            <span className="visually-hidden">
                              {t('dash.nav.overdueCount', { n: formatOverdue(overdue) })}
                            </span>
                          </>
                        ) : null}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <p className="sidebar-note muted">{t('dash.localOnly')}</p>
            </header>
            <main id="main" ref={mainRef} tabIndex={-1} className="main">
              {screenOf(route)}
            </main>
          </div>
        </ToastProvider>
      </ListStateProvider>
    </PeopleIndexProvider>
  );
}
