import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useId, useState } from 'react';
import { useT } from '../../ui/use-t';
import { assessmentFigures } from '@shared/vendors/summary';
import { useApp } from '../../app/context';
import { href } from '../../app/router';
import { PlusIcon, ShieldIcon } from '../../ui/icons';
import { Rating, ReceivedBadge, RecommendationBadge, StatusBadge } from '../../ui/badges';
import './vendors.css';

const BundleExportDialog = lazy(() => import('../bundles/BundleExportDialog').then((m) => ({ default: m.BundleExportDialog })));
import { useFormat } from '../../ui/use-format';

/** The vendor's assessments, newest first, each linking to the assessment. */
export function AssessmentHistory({ vendorId, vendorName }: { vendorId: string; vendorName: string }) {
  const t = useT();
  const { store } = useApp();
  const titleId = useId();
  const formatDate = useFormat().date;
  const assessments = useLiveQuery(() => store.assessments.listForVendor(vendorId), [store, vendorId]);
  const [exporting, setExporting] = useState(false);

  return (
    <section className="card vendors-history" aria-labelledby={titleId}>
      <div className="vendors-card-header vendors-card-header-row">
        <h2 id={titleId}>{t('vendors.detail.history.title')}</h2>
        {assessments && assessments.length > 0 && (
          <div className="header-actions">
            <span className="muted">{t('vendors.detail.history.count', { count: assessments.length })}</span>
            <button type="button" className="button button-ghost" onClick={() => setExporting(true)}>
              {t('vendors.exportBundle')}
            </button>
          </div>
        )}
      </div>
      {exporting && (
        <Suspense fallback={null}>
          <BundleExportDialog vendorId={vendorId} vendorName={vendorName} onClose={() => setExporting(false)} />
        </Suspense>
      )}
      {assessments === undefined ? (
        <p className="muted vendors-card-body">{t('common.loading')}</p>
      ) : assessments.length === 0 ? (
        <div className="vendors-history-empty">
          <span className="empty-icon">
            <ShieldIcon />
          </span>
          <h3>{t('vendors.detail.history.empty.title')}</h3>
          <p>{t('vendors.detail.history.empty.body', { name: vendorName })}</p>
          <a className="button" href={href({ name: 'newAssessment', vendorId })}>
            <PlusIcon />
            {t('vendors.newAssessment')}
          </a>
        </div>
      ) : (
        <div className="vendors-table-scroll">
          <table className="table vendors-table">
            <thead>
              <tr>
                <th scope="col">{t('vendors.detail.history.columns.service')}</th>
                <th scope="col">{t('vendors.detail.history.columns.date')}</th>
                <th scope="col" className="vendors-col-number">
                  {t('vendors.detail.history.columns.revision')}
                </th>
                <th scope="col">{t('vendors.detail.history.columns.status')}</th>
                <th scope="col">{t('vendors.detail.history.columns.rating')}</th>
                <th scope="col">{t('vendors.detail.history.columns.recommendation')}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((assessment) => {
                const figures = assessmentFigures(assessment);
                return (
                  <tr key={assessment.id} data-assessment-id={assessment.id}>
                    <th scope="row">
                      <a className="vendors-link" href={href({ name: 'assessment', assessmentId: assessment.id })}>
                        {assessment.serviceName}
                      </a>
                    </th>
                    <td>{formatDate(assessment.assessmentDate)}</td>
                    <td className="vendors-col-number">{assessment.revision}</td>
                    <td>
                      <StatusBadge status={assessment.status} />
                      {assessment.received && <ReceivedBadge />}
                    </td>
                    <td>
                      <Rating rating={figures.rating} />
                    </td>
                    <td>
                      <RecommendationBadge recommendation={figures.recommendation} rating={figures.rating} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
