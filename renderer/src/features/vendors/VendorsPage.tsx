import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vendor } from '../../../../shared/domain/vendor';
import { riskTiers, type RiskTier } from '../../../../shared/scoring/risk';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import type { AssessmentState, VendorOverview } from '../../db/vendors';
import { Dialog } from '../../ui/Dialog';
import { BuildingIcon, PencilIcon, PlusIcon, SearchIcon, TrashIcon } from '../../ui/icons';
import { useToast } from '../../ui/Toast';
import { rowAfterKey } from '../../ui/keyboard';
import { NoValue, Rating, RecommendationBadge, StatusBadge, TierBadge, useCalendarDate, useFormatLocale } from './display';
import { firstDirection, sortVendors, type Sort, type SortKey } from './sorting';
import { VendorNameDialog } from './VendorNameDialog';
import './vendors.css';

type Editing = { kind: 'create' } | { kind: 'rename'; vendor: Vendor } | { kind: 'delete'; vendor: Vendor } | null;

const statuses: readonly AssessmentState[] = ['none', 'draft', 'final'];

function SortIcon({ direction }: { direction: Sort['direction'] | null }) {
  return (
    <svg className="vendors-sort-icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M6 1.5 9 5H3z" className={direction === 'ascending' ? 'is-active' : undefined} />
      <path d="M6 10.5 3 7h6z" className={direction === 'descending' ? 'is-active' : undefined} />
    </svg>
  );
}

/** A vendor to scroll into view once the list shows it under `name`; `focus` also moves focus to its rename button. */
interface Reveal {
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
      </td>
      <td data-column="recommendation">
        <RecommendationBadge recommendation={vendor.recommendation} />
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
function VendorTable({ rows, sort, onSort, onEdit, formatDate, reveal, resetKey }: TableProps) {
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
  });

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

export function VendorsPage() {
  const { t, i18n } = useTranslation();
  const { store } = useApp();
  const toast = useToast();
  const calendarDate = useCalendarDate();
  const formatLocale = useFormatLocale();
  // useCalendarDate hands out a new function on every render; rows only need a new one when the locale changes.
  const formatDateRef = useRef(calendarDate);
  formatDateRef.current = calendarDate;
  const formatDate = useMemo(() => (date: string) => formatDateRef.current(date), [formatLocale]);
  const vendors = useLiveQuery(() => store.vendors.overview(), [store]);
  const [query, setQuery] = useState('');
  const [tierFilter, setTierFilter] = useState<RiskTier | ''>('');
  const [statusFilter, setStatusFilter] = useState<AssessmentState | ''>('');
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const [editing, setEditing] = useState<Editing>(null);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const close = useCallback(() => setEditing(null), []);
  const tierFilterId = useId();
  const statusFilterId = useId();

  // Read by the shortcut listener, so a key pressed right after a dialog closes sees the closed state.
  const editingRef = useRef(editing);
  editingRef.current = editing;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (editingRef.current) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        setEditing({ kind: 'create' });
      } else if (
        event.key === '/' &&
        !(event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement)
      ) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const visible = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const matching = (vendors ?? []).filter(
      (vendor) =>
        vendor.name.toLocaleLowerCase().includes(needle) &&
        (tierFilter === '' || vendor.tier === tierFilter) &&
        (statusFilter === '' || vendor.status === statusFilter),
    );
    return sortVendors(matching, sort, i18n.language);
  }, [vendors, query, tierFilter, statusFilter, sort, i18n.language]);

  const filtered = query.trim() !== '' || tierFilter !== '' || statusFilter !== '';

  const sortBy = useCallback(
    (key: SortKey) =>
      setSort((current) =>
        current.key === key
          ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: firstDirection[key] },
      ),
    [],
  );
  // A new search, filter or order starts again from the top of the list.
  const resetKey = `${query}\u0000${tierFilter}\u0000${statusFilter}\u0000${sort.key}\u0000${sort.direction}`;

  // A created or renamed vendor is scrolled into view once the list shows it under its new name.
  useEffect(() => {
    if (reveal && vendors?.some((vendor) => vendor.id === reveal.id && vendor.name === reveal.name)) setReveal(null);
  }, [reveal, vendors]);

  const clearFilters = () => {
    setQuery('');
    setTierFilter('');
    setStatusFilter('');
  };

  const remove = async (vendor: Vendor) => {
    try {
      await store.vendors.remove(vendor.id);
      toast(t('vendors.toast.deleted', { name: vendor.name }));
    } catch (error) {
      toast(t('vendors.errors.unexpected', { message: error instanceof Error ? error.message : String(error) }), 'error');
    }
    close();
  };

  return (
    <section className="page vendors-page" aria-labelledby="vendors-title">
      <header className="page-header">
        <div>
          <h1 id="vendors-title">{t('vendors.title')}</h1>
          <p className="page-subtitle">{t('vendors.subtitle')}</p>
        </div>
        {vendors && vendors.length > 0 && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => setEditing({ kind: 'create' })}
            aria-keyshortcuts="Control+N"
          >
            <PlusIcon />
            {t('vendors.new')}
          </button>
        )}
      </header>

      {vendors === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : vendors.length === 0 ? (
        <div className="empty-state">
          <span className="empty-icon">
            <BuildingIcon />
          </span>
          <h2>{t('vendors.empty.title')}</h2>
          <p>{t('vendors.empty.body')}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setEditing({ kind: 'create' })}
            aria-keyshortcuts="Control+N"
          >
            <PlusIcon />
            {t('vendors.new')}
          </button>
        </div>
      ) : (
        <div className="card">
          <div className="card-toolbar vendors-toolbar">
            <label className="search">
              <SearchIcon />
              <span className="visually-hidden">{t('vendors.search')}</span>
              <input
                ref={searchRef}
                type="search"
                className="input input-bare"
                placeholder={t('vendors.searchPlaceholder')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                aria-keyshortcuts="/"
              />
            </label>
            <div className="vendors-filters">
              <div className="vendors-filter">
                <label htmlFor={tierFilterId}>{t('vendors.filters.tier')}</label>
                <select
                  id={tierFilterId}
                  className="input vendors-select"
                  value={tierFilter}
                  onChange={(event) => setTierFilter(event.target.value as RiskTier | '')}
                >
                  <option value="">{t('vendors.filters.allTiers')}</option>
                  {riskTiers.map((tier) => (
                    <option key={tier} value={tier}>
                      {t(`vendors.tier.${tier}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="vendors-filter">
                <label htmlFor={statusFilterId}>{t('vendors.filters.status')}</label>
                <select
                  id={statusFilterId}
                  className="input vendors-select"
                  value={statusFilter}
                  onChange={(event) => setStatusFilter(event.target.value as AssessmentState | '')}
                >
                  <option value="">{t('vendors.filters.allStatuses')}</option>
                  {statuses.map((status) => (
                    <option key={status} value={status}>
                      {t(`vendors.status.${status}`)}
                    </option>
                  ))}
                </select>
              </div>
              <span className="muted vendors-count" aria-live="polite">
                {filtered
                  ? t('vendors.countFiltered', { shown: visible.length, count: vendors.length })
                  : t('vendors.count', { count: vendors.length })}
              </span>
            </div>
          </div>
          {visible.length === 0 ? (
            <div className="no-matches vendors-no-matches">
              <p>
                {tierFilter === '' && statusFilter === ''
                  ? t('vendors.noMatches', { query: query.trim() })
                  : t('vendors.noMatchesFiltered')}
              </p>
              <button type="button" className="button" onClick={clearFilters}>
                {t('vendors.filters.clear')}
              </button>
            </div>
          ) : (
            <VendorTable
              rows={visible}
              sort={sort}
              onSort={sortBy}
              onEdit={setEditing}
              formatDate={formatDate}
              reveal={reveal}
              resetKey={resetKey}
            />
          )}
        </div>
      )}

      {editing?.kind === 'create' && (
        <VendorNameDialog
          mode="create"
          onClose={close}
          onSave={async (name) => {
            const vendor = await store.vendors.create(name);
            toast(t('vendors.toast.created', { name: vendor.name }));
            setReveal({ id: vendor.id, name: vendor.name, focus: false });
            close();
          }}
        />
      )}
      {editing?.kind === 'rename' && (
        <VendorNameDialog
          mode="rename"
          initialName={editing.vendor.name}
          onClose={close}
          onSave={async (name) => {
            const vendor = await store.vendors.rename(editing.vendor.id, name);
            toast(t('vendors.toast.renamed', { name: vendor.name }));
            setReveal({ id: vendor.id, name: vendor.name, focus: true });
            close();
          }}
        />
      )}
      {editing?.kind === 'delete' && (
        <Dialog
          tone="danger"
          title={t('vendors.confirmDelete.title', { name: editing.vendor.name })}
          onClose={close}
          footer={
            <>
              <button type="button" className="button" onClick={close} autoFocus>
                {t('common.cancel')}
              </button>
              <button type="button" className="button button-danger" onClick={() => void remove(editing.vendor)}>
                {t('vendors.confirmDelete.confirm')}
              </button>
            </>
          }
        >
          <p>{t('vendors.confirmDelete.body')}</p>
        </Dialog>
      )}
    </section>
  );
}
