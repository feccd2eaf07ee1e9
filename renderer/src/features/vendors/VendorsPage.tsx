import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vendor } from '../../../../shared/domain/vendor';
import { riskTiers, type RiskTier } from '../../../../shared/scoring/risk';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import type { AssessmentState, VendorOverview } from '../../db/vendors';
import { Dialog } from '../../ui/Dialog';
import { BuildingIcon, PencilIcon, PlusIcon, SearchIcon, TrashIcon } from '../../ui/icons';
import { useToast } from '../../ui/Toast';
import { NoValue, Rating, RecommendationBadge, StatusBadge, TierBadge, useCalendarDate } from './display';
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

export function VendorsPage() {
  const { t, i18n } = useTranslation();
  const { store } = useApp();
  const toast = useToast();
  const formatDate = useCalendarDate();
  const vendors = useLiveQuery(() => store.vendors.overview(), [store]);
  const [query, setQuery] = useState('');
  const [tierFilter, setTierFilter] = useState<RiskTier | ''>('');
  const [statusFilter, setStatusFilter] = useState<AssessmentState | ''>('');
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const [editing, setEditing] = useState<Editing>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const close = useCallback(() => setEditing(null), []);
  const tierFilterId = useId();
  const statusFilterId = useId();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (editing) return;
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
  }, [editing]);

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

  const sortBy = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: firstDirection[key] },
    );

  const header = (key: SortKey, className?: string) => {
    const direction = sort.key === key ? sort.direction : null;
    return (
      <th scope="col" aria-sort={direction ?? 'none'} className={className}>
        <button type="button" className="vendors-sort" data-sort-key={key} onClick={() => sortBy(key)}>
          {t(`vendors.columns.${key}`)}
          <SortIcon direction={direction} />
        </button>
      </th>
    );
  };

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

  const rowActions = (vendor: VendorOverview) => (
    <td className="row-actions">
      <button
        type="button"
        className="button button-ghost vendors-icon-button"
        aria-label={t('vendors.renameLabel', { name: vendor.name })}
        title={t('vendors.rename')}
        onClick={() => setEditing({ kind: 'rename', vendor })}
      >
        <PencilIcon />
      </button>
      <button
        type="button"
        className="button button-ghost button-danger-text vendors-icon-button"
        aria-label={t('vendors.deleteLabel', { name: vendor.name })}
        title={t('vendors.delete')}
        onClick={() => setEditing({ kind: 'delete', vendor })}
      >
        <TrashIcon />
      </button>
    </td>
  );

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
            <div className="vendors-table-scroll">
              <table className="table vendors-table">
                <thead>
                  <tr>
                    {header('name')}
                    {header('tier')}
                    {header('status')}
                    {header('rating', 'vendors-col-rating')}
                    <th scope="col">{t('vendors.columns.recommendation')}</th>
                    {header('lastAssessed')}
                    <th scope="col" className="actions-col">
                      <span className="visually-hidden">{t('vendors.columns.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {visible.map((vendor) => (
                    <tr key={vendor.id} data-vendor-id={vendor.id}>
                      <th scope="row">
                        <a className="vendor-name vendors-link" href={href({ name: 'vendor', vendorId: vendor.id })}>
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
                      {rowActions(vendor)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
