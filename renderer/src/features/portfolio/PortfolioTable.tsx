import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import { useT } from '../../ui/use-t';
import { daysBetween } from '@shared/calendar';
import { REVIEW_INTERVAL_MONTHS, type PortfolioRow, type PortfolioSort, type PortfolioSortKey } from '@shared/portfolio';
import { href, navigate } from '../../app/router';
import { shownRecommendation } from '@shared/scoring/shown-recommendation';
import type { Recommendation } from '@shared/scoring/types';
import { NoValue, Rating, ReceivedBadge, TierBadge } from '../../ui/badges';
import { VirtualTable, type TableColumn } from '../../ui/VirtualTable';
import type { PortfolioFormat } from './format';

/** Every row has the same height, so the virtualiser never needs to measure. */
const ROW_HEIGHT = 56;
/** Rows rendered above and below the visible ones, for smooth scrolling. */
const OVERSCAN = 4;
/** Days ahead within which an expiry or review is shown as coming up soon. */
const SOON_DAYS = 90;

const portfolioColumns: { key: PortfolioSortKey; className: string }[] = [
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
  const t = useT();
  if (!recommendation) return <NoValue />;
  const shown = shownRecommendation(rating, recommendation);
  return <span className={`vendors-badge vendors-recommendation-${shown}`}>{t(`portfolio.decision.${shown}`)}</span>;
}

function VendorCell({ row, format }: { row: PortfolioRow; format: PortfolioFormat }) {
  const t = useT();
  const sub =
    row.assessedOn !== null
      ? t('portfolio.vendor.assessed', { date: format.date(row.assessedOn) })
      : t(`portfolio.vendor.${row.status === 'draft' ? 'draftOnly' : 'notAssessed'}`);
  return (
    <a className="portfolio-vendor" href={href({ name: 'vendor', vendorId: row.vendorId })} data-row-control="open">
      <span className="avatar" aria-hidden="true">
        {row.name.slice(0, 1).toLocaleUpperCase()}
      </span>
      <span className="portfolio-stack">
        <span className="portfolio-vendor-line">
          <span className="portfolio-vendor-name" title={row.name}>
            {row.name}
          </span>
          {row.received && <ReceivedBadge />}
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

function FindingsCell({ row, format }: { row: PortfolioRow; format: PortfolioFormat }) {
  const t = useT();
  const counts = row.openFindings;
  if (!counts) return <NoValue />;
  const other = counts.medium + counts.low;
  // Accepted risks in force, and acceptances that ran out (counted as open again), share the second line.
  const acceptance = [
    row.accepted && t('portfolio.findings.accepted', { count: row.accepted.count, date: format.date(row.accepted.firstUntil) }),
    row.acceptanceRanOut > 0 && t('portfolio.findings.ranOut', { count: row.acceptanceRanOut }),
  ].filter((part): part is string => typeof part === 'string');
  const acceptanceLine = acceptance.length > 0 && (
    <span className={row.acceptanceRanOut > 0 ? 'portfolio-sub portfolio-sub-danger' : 'portfolio-sub'} data-acceptance>
      {acceptance.join(' · ')}
    </span>
  );
  if (counts.critical + counts.high === 0)
    return (
      <span className="portfolio-stack">
        <span className="portfolio-quiet">{other === 0 ? t('portfolio.findings.none') : t('portfolio.findings.other', { count: other })}</span>
        {acceptanceLine}
      </span>
    );
  return (
    <span className="portfolio-stack">
      <span className="portfolio-line portfolio-findings">
        {counts.critical > 0 && <span className="portfolio-pill portfolio-pill-critical">{t('portfolio.findings.critical', { count: counts.critical })}</span>}
        {counts.high > 0 && <span className="portfolio-pill portfolio-pill-high">{t('portfolio.findings.high', { count: counts.high })}</span>}
      </span>
      {acceptanceLine || (other > 0 && <span className="portfolio-sub">{t('portfolio.findings.moreOther', { count: other })}</span>)}
    </span>
  );
}

function ExpiryCell({ row, format, today }: { row: PortfolioRow; format: PortfolioFormat; today: string }) {
  const t = useT();
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
  const t = useT();
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
      data-row={index}
      aria-rowindex={index + 2}
      onClick={open}
    >
      <th scope="row" className="portfolio-col-vendor">
        <VendorCell row={row} format={format} />
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
        <FindingsCell row={row} format={format} />
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

const rowKey = (row: PortfolioRow) => row.vendorId;

/** The portfolio's vendors: decision, open findings, next certificate expiry and next review; a click on a row opens the vendor. */
export function PortfolioTable({ rows, total, sort, onSort, format, today }: Props) {
  const t = useT();
  const columns = useMemo(
    () => portfolioColumns.map(({ key, className }): TableColumn<PortfolioSortKey> => ({ key, className, label: t(`portfolio.columns.${key}`), sortKey: key })),
    [t],
  );
  const renderRow = useCallback((row: PortfolioRow, index: number) => <TableRow row={row} index={index} format={format} today={today} />, [format, today]);
  return (
    <VirtualTable
      rows={rows}
      rowKey={rowKey}
      renderRow={renderRow}
      columns={columns}
      sort={sort}
      onSort={onSort}
      rowHeight={ROW_HEIGHT}
      overscan={OVERSCAN}
      // Its height follows the max-height in portfolio.css.
      initialRect={{ width: 960, height: Math.max(420, window.innerHeight - 330) }}
      classNames={{ scroll: 'portfolio-table-scroll', table: 'portfolio-table', spacer: 'portfolio-spacer' }}
      caption={t('portfolio.table.caption', { shown: rows.length, count: total })}
    />
  );
}
