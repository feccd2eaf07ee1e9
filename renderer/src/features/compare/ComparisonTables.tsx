import { useMemo } from 'react';
import { useT } from '../../ui/use-t';
import { certificationMatrix } from '@shared/compare/build';
import type { Ranking } from '@shared/compare/rank';
import { formatRobustness, formatScore } from '@shared/compare/text';
import { rankingRobustness } from '@shared/compare/robustness';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { severities } from '@shared/questionnaire/schema';
import type { FindingCounts } from '@shared/scoring/open-findings';
import { href } from '../../app/router';
import { RecommendationBadge, TierBadge } from '../../ui/badges';
import { useFormat, useUiLanguage } from '../../ui/use-format';

const bySeverity = [...severities].reverse();

export function RankingTable({
  ranking,
  findings,
  accepted,
}: {
  ranking: Ranking;
  findings: ReadonlyMap<string, FindingCounts>;
  accepted: ReadonlyMap<string, readonly { until: string }[]>;
}) {
  const t = useT();
  const language = useUiLanguage();
  const format = useFormat();
  return (
    <section className="card compare-ranking" aria-labelledby="compare-ranking-title">
      <h2 id="compare-ranking-title" className="compare-card-title">
        {t('compare.ranking.title')}
      </h2>
      <p className="muted compare-ranking-note" data-ranking-note>
        {t('compare.ranking.note')}
      </p>
      <div className="compare-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('compare.ranking.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.ranking.rank')}</th>
              <th scope="col">{t('compare.ranking.vendor')}</th>
              <th scope="col" className="compare-num">
                {t('compare.ranking.overall')}
              </th>
              <th scope="col" className="compare-num">
                {t('compare.ranking.conservative')}
              </th>
              <th scope="col">{t('compare.ranking.recommendation')}</th>
              <th scope="col">{t('compare.ranking.residual')}</th>
              <th scope="col">{t('compare.ranking.knockouts')}</th>
              <th scope="col">{t('compare.findings.title')}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.entries.map((e) => (
              <tr key={e.id} data-ranked-vendor={e.vendorName} data-rank={e.rank} className={e.rejectedByKnockout ? 'compare-rejected' : undefined}>
                <td className="compare-rank">{e.rank}</td>
                <th scope="row" className="compare-vendor">
                  <a href={href({ name: 'assessment', assessmentId: e.id })}>{e.vendorName}</a>
                </th>
                <td className="compare-num compare-overall" data-score={e.score === null ? '' : e.score.toFixed(2)}>
                  {formatScore(e.score, language)}
                </td>
                <td className="compare-num">{formatScore(e.conservativeScore, language)}</td>
                <td>
                  <RecommendationBadge recommendation={e.recommendation} rating={e.decisionScore} />
                  {e.provisional && <span className="muted compare-provisional"> {t('compare.ranking.provisional')}</span>}
                  <span className="compare-recommendation-basis" data-recommendation-basis={e.recommendationBasis}>
                    {t(e.recommendationBasis === 'final' ? 'compare.ranking.asFinalised' : 'compare.ranking.underWeights')}
                  </span>
                </td>
                <td>
                  <TierBadge tier={e.residualRisk} />
                </td>
                <td>
                  {e.knockouts.length === 0 ? (
                    <span className="muted">{t('compare.ranking.none')}</span>
                  ) : (
                    <ul className="compare-knockouts">
                      {e.knockouts.map((k) => (
                        <li key={k.id}>{k.title[language]}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <FindingChips counts={findings.get(e.id)} />
                  {(accepted.get(e.id)?.length ?? 0) > 0 && (
                    <span className="compare-accepted" data-accepted={accepted.get(e.id)!.length}>
                      {t('compare.findings.accepted', { count: accepted.get(e.id)!.length, date: format.date(accepted.get(e.id)![0]!.until) })}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="compare-findings-legend muted" aria-hidden="true">
        {t('compare.findings.title')}:
        {bySeverity.map((s) => (
          <span key={s} className="compare-findings-key">
            <span className={`compare-finding compare-finding-${s}`}>n</span> {t(`risk.severity.${s}`)}
          </span>
        ))}
      </p>
    </section>
  );
}

function FindingChips({ counts }: { counts: FindingCounts | undefined }) {
  const t = useT();
  if (!counts) return null;
  const total = bySeverity.reduce((sum, s) => sum + counts[s], 0);
  if (total === 0) return <span className="muted">{t('compare.findings.none')}</span>;
  return (
    <span className="compare-findings" role="img" aria-label={t('compare.findings.summary', counts)} data-findings={bySeverity.map((s) => counts[s]).join(',')}>
      {bySeverity.map((s) =>
        counts[s] > 0 ? (
          <span key={s} className={`compare-finding compare-finding-${s}`} title={t(`risk.severity.${s}`)}>
            {counts[s]}
          </span>
        ) : null,
      )}
    </span>
  );
}

export function DomainScores({ ranking, questionnaire }: { ranking: Ranking; questionnaire: Questionnaire }) {
  const t = useT();
  const language = useUiLanguage();
  return (
    <section className="card compare-domains" aria-labelledby="compare-domains-title">
      <h2 id="compare-domains-title" className="compare-card-title">
        {t('compare.domains.title')}
      </h2>
      <div className="compare-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('compare.domains.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.ranking.vendor')}</th>
              {questionnaire.domains.map((d) => (
                <th scope="col" key={d.id}>
                  {d.title[language]}
                  <span className="compare-domain-weight">{t('compare.domains.weight', { weight: ranking.weights[d.id] })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranking.entries.map((e) => (
              <tr key={e.id}>
                <th scope="row" className="compare-vendor">
                  {e.vendorName}
                </th>
                {e.domains.map((d) => (
                  <td key={d.id} data-domain={d.id}>
                    <span className="compare-bar-cell">
                      <span className="compare-bar-value">{formatScore(d.score, language)}</span>
                      <span className="compare-bar" aria-hidden="true">
                        <span style={{ width: `${d.score ?? 0}%` }} />
                      </span>
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Certification × vendor, each cell the status and the date it is valid until. */
export function CertificationMatrix({ ranking, questionnaire }: { ranking: Ranking; questionnaire: Questionnaire }) {
  const t = useT();
  const formatDate = useFormat().date;
  const rows = certificationMatrix(ranking, questionnaire);
  if (rows.length === 0) return null;
  return (
    <section className="card compare-certs" aria-labelledby="compare-certs-title">
      <h2 id="compare-certs-title" className="compare-card-title">
        {t('compare.certs.title')}
      </h2>
      <div className="compare-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('compare.certs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.certs.certification')}</th>
              {ranking.entries.map((e) => (
                <th scope="col" key={e.id}>
                  {e.vendorName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.questionId} data-certification={row.questionId}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, i) => {
                  const status = cell?.status ?? 'notApplicable';
                  return (
                    <td key={ranking.entries[i]!.id} className={`compare-cert compare-cert-${status}`} data-status={status}>
                      <span className="compare-cert-status">{t(`report.certStatus.${status}`)}</span>
                      {cell?.validUntil && <span className="compare-cert-date">{t('compare.certs.until', { date: formatDate(cell.validUntil) })}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** How far the first place holds when weights move: a stability figure, then one line per domain weight. */
export function RobustnessCard({ ranking, questionnaire }: { ranking: Ranking; questionnaire: Questionnaire }) {
  const language = useUiLanguage();
  const robustness = useMemo(() => rankingRobustness(ranking), [ranking]);
  if (!robustness) return null;
  const text = formatRobustness(robustness, questionnaire, language);
  return (
    <section className="card compare-robustness" aria-labelledby="compare-robustness-title" data-robustness>
      <h2 id="compare-robustness-title" className="compare-card-title">
        {text.title}
      </h2>
      <p className="compare-robustness-figure" data-stability={`${robustness.stability.kept}/${robustness.stability.total}`}>
        {text.stability}
      </p>
      <ul className="compare-robustness-ranges">
        {text.ranges.map((line, index) => (
          <li key={robustness.ranges[index]!.domainId}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
