import { useEffect } from 'react';
import { href } from '../../app/router';
import { useAssessment } from './use-assessment';
import { AlteredBanner } from './AlteredBanner';
import { describeEntry } from './history-describe';
import { useDescribe, useHistoryCheck } from './use-history';
import './history.css';

/** Every change to an assessment, oldest first: when, by whom and what, with whether the stored assessment still matches. */
export function HistoryPage({ assessmentId }: { assessmentId: string }) {
  const data = useAssessment(assessmentId);
  const describe = useDescribe(data);
  const { t, format } = describe;
  const verdict = useHistoryCheck(assessmentId, data?.assessment.updatedAt);
  const service = data?.assessment.serviceName ?? '';

  useEffect(() => {
    if (service) document.title = `${t('history.documentTitle', { service })} · Assay`;
  }, [service, t]);

  // The entry that no longer holds is brought into view: a long history would leave it far below.
  const flaggedSeq = verdict?.problem && 'seq' in verdict.problem ? verdict.problem.seq : undefined;
  useEffect(() => {
    if (flaggedSeq !== undefined) document.querySelector(`.history-table tr[data-seq="${flaggedSeq}"]`)?.scrollIntoView({ block: 'center' });
  }, [flaggedSeq]);

  if (data === undefined) return <p className="muted page">{t('common.loading')}</p>;
  if (data === null) return <p className="page">{t('assessment.errors.notFound')}</p>;
  const entries = verdict?.entries ?? [];
  const last = entries.at(-1);

  return (
    <section className="page page-wide" aria-labelledby="history-title">
      <header className="page-header">
        <div>
          <a className="back-link" href={href({ name: 'assessment', assessmentId })}>
            ← {service}
          </a>
          <h1 id="history-title">{t('history.title')}</h1>
          <p className="page-subtitle">{t('history.intro')}</p>
        </div>
      </header>
      {!verdict ? (
        <p className="muted" role="status">
          {t('history.checking')}
        </p>
      ) : verdict.problem ? (
        <AlteredBanner assessmentId={assessmentId} verdict={verdict} describe={describe} link={false} />
      ) : (
        <div className="history-note history-holds" role="status" data-testid="history-holds">
          <p>{t('history.holds', { count: entries.length })}</p>
          {last && <p className="history-head">{t('history.head', { head: last.hash })}</p>}
        </div>
      )}
      {verdict && entries.length === 0 && <p className="muted">{t('history.none')}</p>}
      {entries.length > 0 && (
        <div className="card table-scroll">
          <table className="table history-table">
            <caption className="visually-hidden">{t('history.caption', { service })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('history.columns.seq')}
                </th>
                <th scope="col">{t('history.columns.at')}</th>
                <th scope="col">{t('history.columns.by')}</th>
                <th scope="col">{t('history.columns.what')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const flagged = verdict?.problem && 'seq' in verdict.problem && verdict.problem.seq === entry.seq;
                return (
                  <tr key={entry.seq} data-seq={entry.seq} className={flagged ? 'history-flagged' : undefined} aria-current={flagged ? 'true' : undefined}>
                    <td className="num">{entry.seq}</td>
                    <td className="nowrap">{format.dateTime(entry.at)}</td>
                    <td>{entry.by}</td>
                    <td>{describeEntry(entry, describe)}</td>
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
