import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vendor } from '../../../../shared/domain/vendor';
import { useApp } from '../../app/context';
import { Dialog } from '../../ui/Dialog';
import { BuildingIcon, PencilIcon, PlusIcon, SearchIcon, TrashIcon } from '../../ui/icons';
import { useToast } from '../../ui/Toast';
import { VendorNameDialog } from './VendorNameDialog';

type Editing = { kind: 'create' } | { kind: 'rename'; vendor: Vendor } | { kind: 'delete'; vendor: Vendor } | null;

export function VendorsPage() {
  const { t, i18n } = useTranslation();
  const { store } = useApp();
  const toast = useToast();
  const vendors = useLiveQuery(() => store.vendors.list(), [store]);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const close = useCallback(() => setEditing(null), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (editing) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        setEditing({ kind: 'create' });
      } else if (event.key === '/' && !(event.target instanceof HTMLInputElement)) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing]);

  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );
  const visible = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return (vendors ?? []).filter((vendor) => vendor.name.toLocaleLowerCase().includes(needle));
  }, [vendors, query]);

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
    <section className="page" aria-labelledby="vendors-title">
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
          <div className="card-toolbar">
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
            <span className="muted" aria-live="polite">
              {t('vendors.count', { count: vendors.length })}
            </span>
          </div>
          {visible.length === 0 ? (
            <p className="no-matches">{t('vendors.noMatches', { query: query.trim() })}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('vendors.columns.name')}</th>
                  <th scope="col">{t('vendors.columns.created')}</th>
                  <th scope="col">{t('vendors.columns.updated')}</th>
                  <th scope="col" className="actions-col">
                    <span className="visually-hidden">{t('vendors.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((vendor) => (
                  <tr key={vendor.id} data-vendor-id={vendor.id}>
                    <th scope="row">
                      <span className="vendor-name">
                        <span className="avatar" aria-hidden="true">
                          {vendor.name.slice(0, 1).toLocaleUpperCase()}
                        </span>
                        <span className="vendor-label">{vendor.name}</span>
                      </span>
                    </th>
                    <td>{dateFormat.format(new Date(vendor.createdAt))}</td>
                    <td>{dateFormat.format(new Date(vendor.updatedAt))}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="button button-ghost"
                        aria-label={t('vendors.renameLabel', { name: vendor.name })}
                        onClick={() => setEditing({ kind: 'rename', vendor })}
                      >
                        <PencilIcon />
                        {t('vendors.rename')}
                      </button>
                      <button
                        type="button"
                        className="button button-ghost button-danger-text"
                        aria-label={t('vendors.deleteLabel', { name: vendor.name })}
                        onClick={() => setEditing({ kind: 'delete', vendor })}
                      >
                        <TrashIcon />
                        {t('vendors.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
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
