import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../ui/use-t';
import { useUiLanguage } from '../../ui/use-format';
import {
  expiryTimeline,
  filterPortfolio,
  firstSortDirection,
  isFiltering,
  keyFigures,
  REVIEW_INTERVAL_MONTHS,
  sortPortfolio,
  type PortfolioSortKey,
} from '@shared/portfolio';
import { localDate } from '@shared/calendar';
import { riskTiers } from '@shared/scoring/risk';
import { recommendations } from '@shared/scoring/types';
import { href } from '../../app/router';
import { isTyping } from '../../ui/keyboard';
import { SearchIcon } from '../../ui/icons';
import { ExpiryTimeline } from './ExpiryTimeline';
import { usePortfolioFormat } from './format';
import { KeyFigures } from './KeyFigures';
import { PortfolioIcon } from '../../ui/icons';
import { PortfolioTable } from './PortfolioTable';
import { usePortfolio } from './use-portfolio';
import { certificateChoices, initialView, rememberedView, rememberView, toFilter, type CertificateChoice, type ViewState } from './view-state';
import './portfolio.css';

/** The portfolio dashboard: every vendor with its decision, open findings, certificate expiries and next review. */
export function PortfolioPage() {
  const t = useT();
  const language = useUiLanguage();
  // Judged as of the day the page opened; the rules take today's date, never the clock.
  const [today] = useState(() => localDate(new Date()));
  const rows = usePortfolio(today);
  const format = usePortfolioFormat();
  const [view, setView] = useState<ViewState>(rememberedView);
  const searchRef = useRef<HTMLInputElement>(null);
  const ids = { tier: useId(), recommendation: useId(), certificate: useId(), overdue: useId() };

  useEffect(() => rememberView(view), [view]);
  const update = (patch: Partial<ViewState>) => setView((current) => ({ ...current, ...patch }));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const collator = useMemo(() => new Intl.Collator(language, { sensitivity: 'base', numeric: true }), [language]);
  const figures = useMemo(() => (rows ? keyFigures(rows, today) : null), [rows, today]);
  // The timeline sits below the table: it is worked out and drawn after the table's first paint.
  const timelineRows = useDeferredValue(rows);
  const timeline = useMemo(() => (timelineRows ? expiryTimeline(timelineRows, today, collator.compare) : null), [timelineRows, today, collator]);
  const filter = useMemo(() => toFilter(view), [view]);
  const filtered = useMemo(() => (rows ? filterPortfolio(rows, filter, today) : []), [rows, filter, today]);
  const visible = useMemo(() => sortPortfolio(filtered, view.sort, collator.compare), [filtered, view.sort, collator]);

  const sortBy = (key: PortfolioSortKey) =>
    update({
      sort:
        view.sort.key === key
          ? { key, direction: view.sort.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: firstSortDirection[key] },
    });
  const clear = () => update({ query: initialView.query, tier: '', recommendation: '', reviewOverdue: false, certificate: '' });

  return (
    <section className="page portfolio-page" aria-labelledby="portfolio-title">
      <header className="page-header">
        <div>
          <h1 id="portfolio-title">{t('portfolio.title')}</h1>
          <p className="page-subtitle">{t('portfolio.subtitle', { date: format.date(today) })}</p>
        </div>
      </header>

      {rows === undefined || figures === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <div className="empty-state">
          <span className="empty-icon">
            <PortfolioIcon />
          </span>
          <h2>{t('portfolio.empty.title')}</h2>
          <p>{t('portfolio.empty.body')}</p>
          <a className="button button-primary" href={href({ name: 'vendors' })}>
            {t('portfolio.empty.action')}
          </a>
        </div>
      ) : (
        <>
          <KeyFigures
            figures={figures}
            recommendation={view.recommendation}
            reviewOverdue={view.reviewOverdue}
            certificate={view.certificate}
            onRecommendation={(recommendation) => update({ recommendation })}
            onReviewOverdue={(reviewOverdue) => update({ reviewOverdue })}
            onCertificate={(certificate) => update({ certificate })}
          />

          <div className="card portfolio-table-card">
            <div className="card-toolbar portfolio-toolbar" role="search" aria-label={t('portfolio.filters.label')}>
              <label className="search portfolio-search">
                <SearchIcon />
                <span className="visually-hidden">{t('portfolio.filters.search')}</span>
                <input
                  ref={searchRef}
                  type="search"
                  className="input input-bare"
                  placeholder={t('portfolio.filters.searchPlaceholder')}
                  value={view.query}
                  onChange={(event) => update({ query: event.target.value })}
                  aria-keyshortcuts="/"
                />
              </label>
              <div className="portfolio-filters">
                <div className="portfolio-filter">
                  <label htmlFor={ids.tier}>{t('portfolio.filters.tier')}</label>
                  <select
                    id={ids.tier}
                    className="input portfolio-select"
                    value={view.tier}
                    onChange={(event) => update({ tier: event.target.value as ViewState['tier'] })}
                  >
                    <option value="">{t('portfolio.filters.all')}</option>
                    {[...riskTiers].reverse().map((tier) => (
                      <option key={tier} value={tier}>
                        {t(`vendors.tier.${tier}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="portfolio-filter">
                  <label htmlFor={ids.recommendation}>{t('portfolio.filters.recommendation')}</label>
                  <select
                    id={ids.recommendation}
                    className="input portfolio-select"
                    value={view.recommendation}
                    onChange={(event) => update({ recommendation: event.target.value as ViewState['recommendation'] })}
                  >
                    <option value="">{t('portfolio.filters.all')}</option>
                    {recommendations.map((r) => (
                      <option key={r} value={r}>
                        {t(`vendors.recommendation.${r}`)}
                      </option>
                    ))}
                    <option value="none">{t('portfolio.filters.noDecision')}</option>
                  </select>
                </div>
                <div className="portfolio-filter">
                  <label htmlFor={ids.certificate}>{t('portfolio.filters.certificate')}</label>
                  <select
                    id={ids.certificate}
                    className="input portfolio-select"
                    value={view.certificate}
                    onChange={(event) => update({ certificate: event.target.value as CertificateChoice })}
                  >
                    <option value="">{t('portfolio.filters.all')}</option>
                    {certificateChoices.map((choice) => (
                      <option key={choice} value={choice}>
                        {choice === 'expired' ? t('portfolio.filters.expired') : t('portfolio.filters.expiringWithin', { count: Number(choice) })}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="portfolio-filter portfolio-check">
                  <input id={ids.overdue} type="checkbox" checked={view.reviewOverdue} onChange={(event) => update({ reviewOverdue: event.target.checked })} />
                  <label htmlFor={ids.overdue}>{t('portfolio.filters.overdue')}</label>
                </div>
              </div>
              <span className="portfolio-count-group">
                <span className="muted portfolio-count" aria-live="polite">
                  {isFiltering(filter)
                    ? t('portfolio.countFiltered', { shown: visible.length, count: rows.length })
                    : t('portfolio.count', { count: rows.length })}
                </span>
                {isFiltering(filter) && visible.length > 0 && (
                  <button type="button" className="button button-ghost portfolio-clear" onClick={clear}>
                    {t('portfolio.filters.clear')}
                  </button>
                )}
              </span>
            </div>
            {visible.length === 0 ? (
              <div className="no-matches portfolio-no-matches">
                <p>{t('portfolio.noMatches')}</p>
                <button type="button" className="button" onClick={clear}>
                  {t('portfolio.filters.clear')}
                </button>
              </div>
            ) : (
              <PortfolioTable rows={visible} total={rows.length} sort={view.sort} onSort={sortBy} format={format} today={today} />
            )}
            <p className="portfolio-table-note">
              {t('portfolio.table.reviewRule', {
                critical: REVIEW_INTERVAL_MONTHS.critical,
                high: REVIEW_INTERVAL_MONTHS.high,
                medium: REVIEW_INTERVAL_MONTHS.medium,
                low: REVIEW_INTERVAL_MONTHS.low,
              })}
            </p>
          </div>

          {timeline ? <ExpiryTimeline timeline={timeline} format={format} /> : <div className="card portfolio-timeline-pending" aria-hidden="true" />}
        </>
      )}
    </section>
  );
}
