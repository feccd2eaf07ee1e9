import { useT } from '../../ui/use-t';
import type { ScoringResult } from '@shared/scoring/engine';
import { shownPoints, shownScore } from '@shared/scoring/figures';
import { href } from '../../app/router';
import { useFormat, useUiLanguage } from '../../ui/use-format';
import { localized } from './answer-model';
import { RecommendationPill } from './RecommendationPill';

const fmt = (value: number | null) => shownScore(value)?.toString() ?? '—';

interface Props {
  result: ScoringResult;
  assessmentId: string;
  domainIndex: number;
}

/** The live score, and why: points lost per question in the current domain. */
export function ScorePanel({ result, assessmentId, domainIndex }: Props) {
  const t = useT();
  const language = useUiLanguage();
  const format = useFormat();
  const points = (value: number) => format.number(shownPoints(value), 1);
  const domain = result.domains[domainIndex]!;
  const triggered = result.knockouts.filter((k) => k.status === 'triggered');
  const rec = result.recommendation;
  return (
    <section className="card score-panel" aria-labelledby="score-title" aria-live="polite">
      <h2 id="score-title">{t('assessment.score.title')}</h2>
      <div className="score-headline">
        <span className="score-big" data-overall-score={result.overall.score === null ? '' : result.overall.score.toFixed(2)}>
          {fmt(result.overall.score)}
        </span>
        <span className="muted">/ 100 · {t('assessment.score.conservative', { score: fmt(result.overall.conservativeScore) })}</span>
      </div>
      <p>
        <RecommendationPill result={result} /> {rec.provisional && <span className="muted">{t('assessment.score.provisional')}</span>}
      </p>
      <p className="muted">
        {t('assessment.score.residual', { inherent: t(`risk.tier.${result.inherentRisk.tier}`), residual: t(`risk.tier.${result.residualRisk}`) })}
      </p>
      {triggered.length > 0 && (
        <div className="knockouts" role="alert">
          <strong>{t('assessment.score.knockouts', { count: triggered.length })}</strong>
          <ul>
            {triggered.map((k) => (
              <li key={k.id}>{localized(k.title, language)}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="domain-bars">
        {result.domains.map((d, i) => (
          <li key={d.id} className={i === domainIndex ? 'current' : undefined}>
            <span className="domain-bar-label">{localized(d.title, language)}</span>
            <span className="domain-bar" aria-hidden="true">
              <span style={{ width: `${d.score ?? 0}%` }} />
            </span>
            <span className="domain-bar-value">{d.score === null ? '—' : fmt(d.score)}</span>
          </li>
        ))}
      </ul>
      <h3>{localized(domain.title, language)}</h3>
      {domain.score === null ? (
        <p className="muted">{t('assessment.score.noneYet')}</p>
      ) : domain.explanation.length === 0 ? (
        <p className="muted">{t('assessment.score.fullMarks')}</p>
      ) : (
        <>
          <p data-domain-lost={domain.lost.toFixed(2)}>{t('assessment.score.lost', { points: points(domain.lost) })}</p>
          <ul className="explanation">
            {domain.explanation.slice(0, 8).map((item) => (
              <li key={item.id}>
                <a href={href({ name: 'assessment', assessmentId, questionId: item.id })}>{item.number}</a>
                <span>−{points(item.points)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {domain.atStake > 0.05 && <p className="muted">{t('assessment.score.atStake', { points: points(domain.atStake), count: domain.counts.unanswered })}</p>}
    </section>
  );
}
