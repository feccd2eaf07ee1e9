import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vendor } from '../../../../shared/domain/vendor';
import { href } from '../../app/router';
import type { VendorOverview } from '../../db/vendors';
import { PencilIcon, SortIcon, TrashIcon } from '../../ui/icons';
import { rowAfterKey } from '../../ui/keyboard';
import { NoValue, Rating, RecommendationBadge, StatusBadge, TierBadge } from './display';
import type { Sort, SortKey } from './sorting';

/** What the vendor page is editing: a new vendor, a rename, a deletion, or nothing. */
export type Editing = { kind: 'create' } | { kind: 'rename'; vendor: Vendor } | { kind: 'delete'; vendor: Vendor } | null;

/** A vendor to scroll into view once the list shows it under `name`; `focus` also moves focus to its rename button. */
export interface Reveal {
  id: string;
  name: string;
  focus: boolean;
}

/** Every row has the same height (vendors.css), so the virtualiser never needs to measure. */
const ROW_HEIGHT = 48;
const HEADER_HEIGHT = 40;
/** Rows rendered above and below the visible ones, for smooth scrolling and tabbing. */
const OVERSCAN = 6;

type RowControl = 'open' | 'rename' | 'delete';

const columns: { key: SortKey | 'recommendation' | 'actions'; className: string }[] = [
  { key: 'name', className: 'vendors-col-name' },
  { key: 'tier', className: 'vendors-col-tier' },
  { key: 'status', className: 'vendors-col-status' },
  { key: 'rating', className: 'vendors-col-rating' },
  { key: 'recommendation', className: 'vendors-col-recommendation' },
  { key: 'lastAssessed', className: 'vendors-col-date' },
  { key: 'actions', className: 'actions-col' },
];

interface RowProps {
  vendor: VendorOverview;
  index: number;
  formatDate: (date: string) => string;
  onEdit: (editing: Editing) => void;
}

const VendorRow = memo(function VendorRow({ vendor, index, formatDate, onEdit }: RowProps) {
  const { t } = useTranslation();
  return (
    <tr className="vendors-row" data-vendor-id={vendor.id} data-row={index} aria-rowindex={index + 2}>
      <th scope="row">
        <a className="vendor-name vendors-link" href={href({ name: 'vendor', vendorId: vendor.id })} data-row-control="open" title={vendor.name}>
          <span className="avatar" aria-hidden="true">
            {vendor.name.slice(0, 1).toLocaleUpperCase()}
          </span>
          <span className="vendor-label">{vendor.name}</span>
        </a>
      </th>
      <td data-column="tier">
        <TierBadge tier={vendor.tier} />
      </td>
      <td data-column="status">
        <StatusBadge status={vendor.status} />
      </td>
      <td data-column="rating">
        <Rating rating={vendor.rating} />
        {vendor.status === 'draft' && vendor.ratingRevision !== null && (
          <span className="vendors-rating-source">{t('vendors.ratingFrom', { revision: vendor.ratingRevision })}</span>
        )}
      </td>
      <td data-column="recommendation">
        <RecommendationBadge recommendation={vendor.recommendation} rating={vendor.rating} />
      </td>
      <td data-column="lastAssessed">{vendor.lastAssessed ? formatDate(vendor.lastAssessed) : <NoValue />}</td>
      <td className="row-actions">
        <button
          type="button"
          className="button button-ghost vendors-icon-button"
          aria-label={t('vendors.renameLabel', { name: vendor.name })}
          title={t('vendors.rename')}
          data-row-control="rename"
          onClick={() => onEdit({ kind: 'rename', vendor })}
        >
          <PencilIcon />
        </button>
        <button
          type="button"
          className="button button-ghost button-danger-text vendors-icon-button"
          aria-label={t('vendors.deleteLabel', { name: vendor.name })}
          title={t('vendors.delete')}
          data-row-control="delete"
          onClick={() => onEdit({ kind: 'delete', vendor })}
        >
          <TrashIcon />
        </button>
      </td>
    </tr>
  );
});

interface TableProps {
  rows: VendorOverview[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  onEdit: (editing: Editing) => void;
  formatDate: (date: string) => string;
  reveal: Reveal | null;
  /** Changes whenever search, filters or order change; the list then scrolls back to the top. */
  resetKey: string;
}

/**
 * The vendor table. Only the rows in view (plus a few) are in the DOM, so thousands of
 * vendors render as fast as a handful; the header stays in place while the body scrolls.
 * Arrow keys, Page Up/Down, Home and End move between vendors, keeping the column
 * (name, rename, delete) the focus was in.
 */
export function VendorTable({ rows, sort, onSort, onEdit, formatDate, reveal, resetKey }: TableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ index: number; control: RowControl } | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.id,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // Render the first screen of rows straight away, before the container is measured
    // (its height follows the max-height in vendors.css).
    initialRect: { width: 1000, height: Math.max(360, window.innerHeight - 200) },
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - HEADER_HEIGHT : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const previousResetKey = useRef(resetKey);
  useEffect(() => {
    if (previousResetKey.current === resetKey) return;
    previousResetKey.current = resetKey;
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  useEffect(() => {
    if (!reveal) return;
    const index = rows.findIndex((row) => row.id === reveal.id && row.name === reveal.name);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (reveal.focus) setFocusTarget({ index, control: 'rename' });
  }, [reveal, rows, virtualizer]);

  // Focus follows keyboard moves once the target row is rendered.
  useEffect(() => {
    if (focusTarget === null) return;
    const target = scrollRef.current?.querySelector<HTMLElement>(
      `tr[data-row="${focusTarget.index}"] [data-row-control="${focusTarget.control}"]`,
    );
    if (target) {
      target.focus({ preventScroll: true });
      setFocusTarget(null);
    }
  }, [focusTarget, items]);

  const onKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLTableSectionElement>) => {
      const control = (event.target as HTMLElement).closest<HTMLElement>('[data-row-control]');
      const row = control?.closest<HTMLElement>('tr[data-row]');
      if (!control || !row || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = rowAfterKey(event.key, Number(row.dataset.row), rows.length, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
      if (target === null) return;
      event.preventDefault();
      virtualizer.scrollToIndex(target, { align: 'auto' });
      setFocusTarget({ index: target, control: control.dataset.rowControl as RowControl });
    },
    [rows.length, virtualizer],
  );

  const header = (key: SortKey, className: string) => {
    const direction = sort.key === key ? sort.direction : null;
    return (
      <th key={key} scope="col" aria-sort={direction ?? 'none'} className={className}>
        <button type="button" className="vendors-sort" data-sort-key={key} onClick={() => onSort(key)}>
          <span className="vendors-header-label">{t(`vendors.columns.${key}`)}</span>
          <SortIcon direction={direction} />
        </button>
      </th>
    );
  };

  return (
    <div className="vendors-table-scroll" ref={scrollRef}>
      <table className="table vendors-table" aria-labelledby="vendors-title" aria-rowcount={rows.length + 1} data-rows={rows.length}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} className={column.className} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) =>
              column.key === 'recommendation' ? (
                <th key={column.key} scope="col" className={column.className}>
                  <span className="vendors-header-label">{t('vendors.columns.recommendation')}</span>
                </th>
              ) : column.key === 'actions' ? (
                <th key={column.key} scope="col" className={column.className}>
                  <span className="visually-hidden">{t('vendors.columns.actions')}</span>
                </th>
              ) : (
                header(column.key, column.className)
              ),
            )}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {before > 0 && (
            <tr aria-hidden="true" className="vendors-spacer">
              <td colSpan={columns.length} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => (
            <VendorRow key={item.key} vendor={rows[item.index]!} index={item.index} formatDate={formatDate} onEdit={onEdit} />
          ))}
          {after > 0 && (
            <tr aria-hidden="true" className="vendors-spacer">
              <td colSpan={columns.length} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
