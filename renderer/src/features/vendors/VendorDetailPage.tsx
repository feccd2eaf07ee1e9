import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../ui/use-t';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import { BuildingIcon, PlusIcon } from '../../ui/icons';
import { useFormat } from '../../ui/use-format';
import { AssessmentHistory } from './AssessmentHistory';
import { VendorDetailsForm } from './VendorDetailsForm';
import './vendors.css';

function BackLink() {
  const t = useT();
  return (
    <a className="vendors-back" href={href({ name: 'vendors' })}>
      <svg
        width="16"
        height="16"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M19 12H5M11 18l-6-6 6-6" />
      </svg>
      {t('vendors.detail.back')}
    </a>
  );
}

export function VendorDetailPage({ vendorId }: { vendorId: string }) {
  const t = useT();
  const format = useFormat();
  const { store } = useApp();
  // undefined while loading, null when there is no such vendor.
  const vendor = useLiveQuery(async () => (await store.vendors.details(vendorId)) ?? null, [store, vendorId]);

  if (vendor === undefined) {
    return (
      <section className="page">
        <p className="muted">{t('common.loading')}</p>
      </section>
    );
  }

  if (vendor === null) {
    return (
      <section className="page" aria-labelledby="vendor-title">
        <div className="empty-state" data-vendor-not-found>
          <span className="empty-icon">
            <BuildingIcon />
          </span>
          <h1 id="vendor-title" className="vendors-not-found-title">
            {t('vendors.detail.notFound.title')}
          </h1>
          <p>{t('vendors.detail.notFound.body')}</p>
          <BackLink />
        </div>
      </section>
    );
  }

  return (
    <section className="page vendors-detail" aria-labelledby="vendor-title">
      <div>
        <BackLink />
      </div>
      <header className="page-header">
        <div className="vendors-detail-heading">
          <span className="avatar vendors-avatar-large" aria-hidden="true">
            {vendor.name.slice(0, 1).toLocaleUpperCase()}
          </span>
          <div>
            <h1 id="vendor-title">{vendor.name}</h1>
            <p className="page-subtitle">{t('vendors.detail.added', { date: format.date(vendor.createdAt) })}</p>
          </div>
        </div>
        <a className="button button-primary" href={href({ name: 'newAssessment', vendorId })}>
          <PlusIcon />
          {t('vendors.newAssessment')}
        </a>
      </header>

      <div className="card">
        <VendorDetailsForm key={vendor.id} details={vendor} />
      </div>

      <AssessmentHistory vendorId={vendor.id} vendorName={vendor.name} />
    </section>
  );
}
