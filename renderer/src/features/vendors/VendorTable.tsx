import { memo, useCallback, useMemo } from 'react';
import { useT } from '../../ui/use-t';
import type { Vendor } from '@shared/domain/vendor';
import { href } from '../../app/router';
import { vendorListSortKeys, type VendorListSort, type VendorListSortKey, type VendorOverview } from '@shared/vendors/list';
import { NoValue, Rating, ReceivedBadge, RecommendationBadge, StatusBadge, TierBadge } from '../../ui/badges';
import { PencilIcon, TrashIcon } from '../../ui/icons';
import { VirtualTable, type RowReveal, type TableColumn } from '../../ui/VirtualTable';

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
/** Rows rendered above and below the visible ones, for smooth scrolling and tabbing. */
const OVERSCAN = 6;

type ColumnKey = VendorListSortKey | 'recommendation' | 'actions';

/** The columns in order, each with the class that sizes it in vendors.css. */
const vendorColumns: readonly { key: ColumnKey; className: string }[] = [
  { key: 'name', className: 'vendors-col-name' },
  { key: 'tier', className: 'vendors-col-tier' },
  { key: 'status', className: 'vendors-col-status' },
  { key: 'rating', className: 'vendors-col-rating' },
  { key: 'recommendation', className: 'vendors-col-recommendation' },
  { key: 'lastAssessed', className: 'vendors-col-date' },
  { key: 'actions', className: 'actions-col' },
];

const isSortKey = (key: ColumnKey): key is VendorListSortKey => (vendorListSortKeys as readonly string[]).includes(key);

interface RowProps {
  vendor: VendorOverview;
  index: number;
  formatDate: (date: string) => string;
  onEdit: (editing: Editing) => void;
}

const VendorRow = memo(function VendorRow({ vendor, index, formatDate, onEdit }: RowProps) {
  const t = useT();
  return (
    <tr className="vendors-row" data-vendor-id={vendor.id} data-row={index} aria-rowindex={index + 2}>
      <th scope="row">
        <a className="vendor-name vendors-link" href={href({ name: 'vendor', vendorId: vendor.id })} data-row-control="open" title={vendor.name}>
          <span className="avatar" aria-hidden="true">
            {vendor.name.slice(0, 1).toLocaleUpperCase()}
          </span>
          <span className="vendor-label">{vendor.name}</span>
          {vendor.received && <ReceivedBadge />}
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
  sort: VendorListSort;
  onSort: (key: VendorListSortKey) => void;
  onEdit: (editing: Editing) => void;
  formatDate: (date: string) => string;
  reveal: Reveal | null;
  /** The vendor to reveal has been scrolled into view. */
  onRevealed: () => void;
  /** Changes whenever search, filters or order change; the list then scrolls back to the top. */
  resetKey: string;
}

const rowKey = (vendor: VendorOverview) => vendor.id;

/**
 * The vendor list: name, tier, status, rating, recommendation and last assessment,
 * with rename and delete on every row. Arrow keys keep the column (name, rename,
 * delete) the focus was in.
 */
export function VendorTable({ rows, sort, onSort, onEdit, formatDate, reveal, onRevealed, resetKey }: TableProps) {
  const t = useT();
  const columns = useMemo(
    () =>
      vendorColumns.map(({ key, className }): TableColumn<VendorListSortKey> => ({
        key,
        className,
        label: t(`vendors.columns.${key}`),
        ...(isSortKey(key) ? { sortKey: key } : {}),
        ...(key === 'actions' ? { hiddenLabel: true } : {}),
      })),
    [t],
  );
  const shown = useMemo((): RowReveal | null => {
    if (!reveal) return null;
    const index = rows.findIndex((row) => row.id === reveal.id && row.name === reveal.name);
    return index < 0 ? null : { index, ...(reveal.focus ? { focus: 'rename' } : {}) };
  }, [reveal, rows]);
  const renderRow = useCallback(
    (vendor: VendorOverview, index: number) => <VendorRow vendor={vendor} index={index} formatDate={formatDate} onEdit={onEdit} />,
    [formatDate, onEdit],
  );
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
      // Its height follows the max-height in vendors.css.
      initialRect={{ width: 1000, height: Math.max(360, window.innerHeight - 200) }}
      classNames={{ scroll: 'vendors-table-scroll', table: 'vendors-table', spacer: 'vendors-spacer' }}
      labelledBy="vendors-title"
      resetKey={resetKey}
      reveal={shown}
      onRevealed={onRevealed}
    />
  );
}
