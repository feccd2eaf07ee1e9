import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../../shared/calendar';
import { REVIEW_INTERVAL_MONTHS, type PortfolioRow, type PortfolioSort, type PortfolioSortKey } from '../../../../shared/portfolio';
import { href, navigate } from '../../app/router';
import { shownRecommendation } from '../../../../shared/scoring/shown-recommendation';
import type { Recommendation } from '../../../../shared/scoring/types';
import { rowAfterKey } from '../../ui/keyboard';
import { SortIcon } from '../../ui/icons';
import { NoValue, Rating, TierBadge } from '../vendors';
import type { PortfolioFormat } from './format';

/** Every row has the same height, so the virtualiser never needs to measure. */
const ROW_HEIGHT = 56;
const HEADER_HEIGHT = 40;
/** Rows rendered above and below the visible ones, for smooth scrolling. */
const OVERSCAN = 4;
/** Days ahead within which an expiry or review is shown as coming up soon. */
const SOON_DAYS = 90;

const columns: { key: PortfolioSortKey; className: string }[] = [
  { key: 'name', className: 'portfolio-col-vendor' },
  { key: 'tier', className: 'portfolio-col-tier' },
  { key: 'rating', className: 'portfolio-col-rating' },
  { key: 'recommendation', className: 'portfolio-col-recommendation' },
  { key: 'openFindings', className: 'portfolio-col-findings' },
  { key: 'nextExpiry', className: 'portfolio-col-expiry' },
  { key: 'nextReview', className: 'portfolio-col-review' },
];

/** The decision as a short badge ("With conditions"), in the vendor list's colours. */
function DecisionBadge({ recommendation, rating }: { recommendation: Recommendation | null; rating: number | null }) {
  const { t } = useTranslation();
  if (!recommendation) return <NoValue />;
  const shown = shownRecommendation(rating, recommendation);
  return <span className={`vendors-badge vendors-recommendation-${shown}`}>{t(`portfolio.decision.${shown}`)}</span>;
}

function VendorCell({ row, index, format }: { row: PortfolioRow; index: number; format: PortfolioFormat }) {
  const { t } = useTranslation();
  const sub =
    row.assessedOn !== null
      ? t('portfolio.vendor.assessed', { date: format.date(row.assessedOn) })
      : t(`portfolio.vendor.${row.status === 'draft' ? 'draftOnly' : 'notAssessed'}`);
  return (
    <a className="portfolio-vendor" href={href({ name: 'vendor', vendorId: row.vendorId })} data-row-link={index}>
      <span className="avatar" aria-hidden="true">
        {row.name.slice(0, 1).toLocaleUpperCase()}
      </span>
      <span className="portfolio-stack">
        <span className="portfolio-vendor-line">
          <span className="portfolio-vendor-name" title={row.name}>
            {row.name}
          </span>
          {row.status === 'draft' && row.assessedOn !== null && (
            <span className="portfolio-tag" title={t('portfolio.vendor.draftOpenTitle')}>
              {t('portfolio.vendor.draftOpen')}
            </span>
          )}
        </span>
        <span className={`portfolio-sub portfolio-status-${row.assessedOn !== null ? 'final' : row.status}`}>{sub}</span>
      </span>
    </a>
  );
}

function FindingsCell({ row }: { row: PortfolioRow }) {
  const { t } = useTranslation();
  const counts = row.openFindings;
  if (!counts) return <NoValue />;
  const other = counts.medium + counts.low;
  if (counts.critical + counts.high + other === 0) return <span className="portfolio-quiet">{t('portfolio.findings.none')}</span>;
  if (counts.critical + counts.high === 0) return <span className="portfolio-quiet">{t('portfolio.findings.other', { count: other })}</span>;
  return (
    <span className="portfolio-stack">
      <span className="portfolio-line portfolio-findings">
        {counts.critical > 0 && <span className="portfolio-pill portfolio-pill-critical">{t('portfolio.findings.critical', { count: counts.critical })}</span>}
        {counts.high > 0 && <span className="portfolio-pill portfolio-pill-high">{t('portfolio.findings.high', { count: counts.high })}</span>}
      </span>
      {other > 0 && <span className="portfolio-sub">{t('portfolio.findings.moreOther', { count: other })}</span>}
    </span>
  );
}

function ExpiryCell({ row, format, today }: { row: PortfolioRow; format: PortfolioFormat; today: string }) {
  const { t } = useTranslation();
  if (row.finalAssessmentId === null) return <NoValue />;
  if (row.held.length === 0) return <span className="portfolio-quiet">{t('portfolio.expiry.noneHeld')}</span>;
  const next = row.nextExpiry;
  const days = next ? daysBetween(today, next.validUntil) : null;
  // Expired certificates matter more than the next one's name: they take the second line, in red.
  const expiredNames = row.held.filter((c) => c.validUntil < today).map((c) => c.name);
  const sub =
    expiredNames.length > 0 ? (
      <span className="portfolio-sub portfolio-overdue" title={t('portfolio.expiry.expiredNames', { names: expiredNames.join(', ') })}>
        {t('portfolio.expiry.expired', { count: expiredNames.length })}
      </span>
    ) : (
      <span className="portfolio-sub">{next!.name}</span>
    );
  return (
    <span className="portfolio-stack" title={next && days !== null ? `${next.name} · ${format.relative(days)}` : undefined}>
      {next && days !== null ? (
        <span className={`portfolio-line${days <= SOON_DAYS ? ' portfolio-soon' : ''}`}>
          <span className="portfolio-date">{format.date(next.validUntil)}</span>
        </span>
      ) : (
        <span className="portfolio-line portfolio-quiet">{t('portfolio.expiry.noneCurrent')}</span>
      )}
      {sub}
    </span>
  );
}

function ReviewCell({ row, format }: { row: PortfolioRow; format: PortfolioFormat }) {
  const { t } = useTranslation();
  const review = row.review;
  if (review.state === 'dueNow' || review.date === null || review.daysLeft === null) {
    return (
      <span className="portfolio-stack">
        <span className="portfolio-line">
          <span className="portfolio-pill portfolio-pill-due">{t('portfolio.review.dueNow')}</span>
        </span>
        <span className="portfolio-sub">{t('portfolio.review.noFinal')}</span>
      </span>
    );
  }
  const tone = review.state === 'overdue' ? ' portfolio-overdue' : review.daysLeft <= SOON_DAYS ? ' portfolio-soon' : '';
  const relative = format.relative(review.daysLeft);
  const why =
    review.basis === 'certification'
      ? t('portfolio.review.byCertificate', { name: review.certification })
      : row.residualRisk
        ? t('portfolio.review.byInterval', { months: REVIEW_INTERVAL_MONTHS[row.residualRisk], risk: t(`vendors.tier.${row.residualRisk}`) })
        : undefined;
  return (
    <span className="portfolio-stack" title={why}>
      <span className={`portfolio-line${tone}`}>
        <span className="portfolio-date">{format.date(review.date)}</span>
      </span>
      <span className={`portfolio-sub${tone}`}>{review.state === 'overdue' ? t('portfolio.review.overdue', { relative }) : relative}</span>
    </span>
  );
}

interface RowProps {
  row: PortfolioRow;
  index: number;
  format: PortfolioFormat;
  today: string;
}

const TableRow = memo(function TableRow({ row, index, format, today }: RowProps) {
  const open = (event: MouseEvent<HTMLTableRowElement>) => {
    // The name is a link of its own; a click anywhere else on the row opens the vendor too.
    if (event.defaultPrevented || (event.target as Element).closest('a, button')) return;
    navigate({ name: 'vendor', vendorId: row.vendorId });
  };
  const attention = row.review.state === 'overdue' || row.expiredCertifications > 0 || (row.openFindings?.critical ?? 0) > 0;
  return (
    <tr
      className={`portfolio-row${attention ? ' portfolio-row-attention' : ''}`}
      data-portfolio-row={row.vendorId}
      data-vendor-name={row.name}
      aria-rowindex={index + 2}
      onClick={open}
    >
      <th scope="row" className="portfolio-col-vendor">
        <VendorCell row={row} index={index} format={format} />
      </th>
      <td data-column="tier">
        <TierBadge tier={row.tier} />
      </td>
      <td data-column="rating">
        <Rating rating={row.rating} />
      </td>
      <td data-column="recommendation">
        <DecisionBadge recommendation={row.recommendation} rating={row.rating} />
      </td>
      <td data-column="openFindings">
        <FindingsCell row={row} />
      </td>
      <td data-column="nextExpiry">
        <ExpiryCell row={row} format={format} today={today} />
      </td>
      <td data-column="nextReview">
        <ReviewCell row={row} format={format} />
      </td>
    </tr>
  );
});

interface Props {
  rows: PortfolioRow[];
  total: number;
  sort: PortfolioSort;
  onSort: (key: PortfolioSortKey) => void;
  format: PortfolioFormat;
  today: string;
}


/**
 * The vendor table. Only the rows in view (plus a few) are in the DOM, so two
 * thousand vendors render as fast as twenty; the header stays in place while the
 * body scrolls. Arrow keys, Page Up/Down, Home and End move between vendors.
 */
export function PortfolioTable({ rows, total, sort, onSort, format, today }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // Render the first screen of rows straight away, before the container is measured
    // (its height follows the max-height in portfolio.css).
    initialRect: { width: 960, height: Math.max(420, window.innerHeight - 330) },
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - HEADER_HEIGHT : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  // Focus follows keyboard moves once the target row is rendered.
  useEffect(() => {
    if (focusIndex === null) return;
    const link = scrollRef.current?.querySelector<HTMLElement>(`[data-row-link="${focusIndex}"]`);
    if (link) {
      link.focus({ preventScroll: false });
      setFocusIndex(null);
    }
  }, [focusIndex, items]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableSectionElement>) => {
      const link = (event.target as HTMLElement).closest<HTMLElement>('[data-row-link]');
      if (!link) return;
      const target = rowAfterKey(event.key, Number(link.dataset.rowLink), rows.length, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
      if (target === null) return;
      event.preventDefault();
      virtualizer.scrollToIndex(target, { align: 'auto' });
      setFocusIndex(target);
    },
    [rows.length, virtualizer],
  );

  const header = (key: PortfolioSortKey, className: string) => {
    const direction = sort.key === key ? sort.direction : null;
    return (
      <th key={key} scope="col" aria-sort={direction ?? 'none'} className={className}>
        <button type="button" className="vendors-sort" data-sort-key={key} onClick={() => onSort(key)}>
          <span className="portfolio-header-label">{t(`portfolio.columns.${key}`)}</span>
          <SortIcon direction={direction} />
        </button>
      </th>
    );
  };

  return (
    <div className="portfolio-table-scroll" ref={scrollRef}>
      <table className="table portfolio-table" aria-rowcount={rows.length + 1} data-rows={rows.length}>
        <caption className="visually-hidden">{t('portfolio.table.caption', { shown: rows.length, count: total })}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} className={c.className} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>{columns.map((c) => header(c.key, c.className))}</tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {before > 0 && (
            <tr aria-hidden="true" className="portfolio-spacer">
              <td colSpan={columns.length} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => (
            <TableRow key={rows[item.index]!.vendorId} row={rows[item.index]!} index={item.index} format={format} today={today} />
          ))}
          {after > 0 && (
            <tr aria-hidden="true" className="portfolio-spacer">
              <td colSpan={columns.length} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
