import { useLiveQuery } from 'dexie-react-hooks';
import { failureMessage } from '../../ui/failure-message';
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../ui/use-t';
import type { Vendor } from '@shared/domain/vendor';
import { firstVendorListDirection, sortVendorList, type VendorListSort, type VendorListSortKey } from '@shared/vendors/list';
import { assessmentStates, type AssessmentState } from '@shared/vendors/summary';
import { riskTiers, type RiskTier } from '@shared/scoring/risk';
import { useApp } from '../../app/context';
import { Dialog } from '../../ui/Dialog';
import { BuildingIcon, PlusIcon, SearchIcon } from '../../ui/icons';
import { useToast } from '../../ui/Toast';
import { VendorNameDialog } from './VendorNameDialog';
import { VendorTable, type Editing, type Reveal } from './VendorTable';
import './vendors.css';

const BundleImportDialog = lazy(() => import('../bundles/BundleImportDialog').then((m) => ({ default: m.BundleImportDialog })));
import { useFormat, useUiLanguage } from '../../ui/use-format';
import { useLatest } from '../../ui/use-latest';

export function VendorsPage() {
  const t = useT();
  const language = useUiLanguage();
  const { store } = useApp();
  const toast = useToast();
  // The same function while the language stays, so memoised rows render again only when it changes.
  const formatDate = useFormat().date;
  const vendors = useLiveQuery(() => store.vendors.overview(), [store]);
  const [query, setQuery] = useState('');
  const [importing, setImporting] = useState(false);
  const [tierFilter, setTierFilter] = useState<RiskTier | ''>('');
  const [statusFilter, setStatusFilter] = useState<AssessmentState | ''>('');
  const [sort, setSort] = useState<VendorListSort>({ key: 'name', direction: 'ascending' });
  const [editing, setEditing] = useState<Editing>(null);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const close = useCallback(() => setEditing(null), []);
  const tierFilterId = useId();
  const statusFilterId = useId();

  // Read by the shortcut listener, so a key pressed right after a dialog closes sees the closed state.
  const currentEditing = useLatest(editing);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (currentEditing()) return;
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
  }, [currentEditing]);

  const collator = useMemo(() => new Intl.Collator(language, { sensitivity: 'base', numeric: true }), [language]);
  const visible = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const matching = (vendors ?? []).filter(
      (vendor) =>
        vendor.name.toLocaleLowerCase().includes(needle) &&
        (tierFilter === '' || vendor.tier === tierFilter) &&
        (statusFilter === '' || vendor.status === statusFilter),
    );
    return sortVendorList(matching, sort, collator.compare);
  }, [vendors, query, tierFilter, statusFilter, sort, collator]);

  const filtered = query.trim() !== '' || tierFilter !== '' || statusFilter !== '';

  const sortBy = useCallback(
    (key: VendorListSortKey) =>
      setSort((current) =>
        current.key === key
          ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: firstVendorListDirection[key] },
      ),
    [],
  );
  // A new search, filter or order starts again from the top of the list.
  const resetKey = `${query}\u0000${tierFilter}\u0000${statusFilter}\u0000${sort.key}\u0000${sort.direction}`;

  // A created or renamed vendor is scrolled into view once the list shows it under its new name; one the
  // filters hide is not waited for.
  const revealed = useCallback(() => setReveal(null), []);
  const isRevealed = (vendor: { id: string; name: string }) => vendor.id === reveal?.id && vendor.name === reveal.name;
  if (reveal && vendors?.some(isRevealed) && !visible.some(isRevealed)) setReveal(null);

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
      toast(t('vendors.errors.unexpected', { message: failureMessage(t, error) }), 'error');
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
          <div className="header-actions">
            <button type="button" className="button" onClick={() => setImporting(true)}>
              {t('vendors.importBundle')}
            </button>
            <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'create' })} aria-keyshortcuts="Control+N">
              <PlusIcon />
              {t('vendors.new')}
            </button>
          </div>
        )}
      </header>
      {importing && (
        <Suspense fallback={null}>
          <BundleImportDialog onClose={() => setImporting(false)} />
        </Suspense>
      )}

      {vendors === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : vendors.length === 0 ? (
        <div className="empty-state">
          <span className="empty-icon">
            <BuildingIcon />
          </span>
          <h2>{t('vendors.empty.title')}</h2>
          <p>{t('vendors.empty.body')}</p>
          <div className="empty-actions">
            <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'create' })} aria-keyshortcuts="Control+N">
              <PlusIcon />
              {t('vendors.new')}
            </button>
            <button type="button" className="button" onClick={() => setImporting(true)}>
              {t('vendors.importBundle')}
            </button>
          </div>
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
                  {assessmentStates.map((status) => (
                    <option key={status} value={status}>
                      {t(`vendors.status.${status}`)}
                    </option>
                  ))}
                </select>
              </div>
              <span className="muted vendors-count" aria-live="polite">
                {filtered ? t('vendors.countFiltered', { shown: visible.length, count: vendors.length }) : t('vendors.count', { count: vendors.length })}
              </span>
            </div>
          </div>
          {visible.length === 0 ? (
            <div className="no-matches vendors-no-matches">
              <p>{tierFilter === '' && statusFilter === '' ? t('vendors.noMatches', { query: query.trim() }) : t('vendors.noMatchesFiltered')}</p>
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
              onRevealed={revealed}
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
