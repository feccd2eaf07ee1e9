import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  clampWeight,
  explainRankChange,
  matchingPreset,
  MAX_WEIGHT,
  MIN_WEIGHT,
  presetWeights,
  rankAssessments,
  weightPresets,
  type DomainWeights,
  type RankChange,
  type RankEntry,
  type Ranking,
} from '../../../../shared/compare/rank';
import { comparisonCsv, comparisonCsvFileName } from '../../../../shared/compare/csv';
import { compareAnswers, formatRankChange, formatScore } from '../../../../shared/compare/text';
import { builtInQuestionnaire } from '../../../../shared/questionnaire/bank';
import { domainIds, type DomainId, type Questionnaire } from '../../../../shared/questionnaire/schema';
import { href, navigate } from '../../app/router';
import { RecommendationBadge, TierBadge, useCalendarDate } from '../vendors/display';
import { MAX_SELECTED, MIN_SELECTED, useCandidates, useRankEntries, type Candidate } from './use-compare-data';
import { AnswersTable } from './AnswersTable';
import { useLanguage } from './language';
import './compare.css';



/** Ranks with a small cache, so the ranking for the weights just explained is not scored twice. */
function useRanker(entries: readonly RankEntry[]) {
  return useMemo(() => {
    const cache = new Map<string, Ranking>();
    return (weights: DomainWeights): Ranking => {
      const key = domainIds.map((id) => weights[id]).join(',');
      let ranking = cache.get(key);
      if (!ranking) {
        if (cache.size > 64) cache.clear();
        ranking = rankAssessments(entries, weights);
        cache.set(key, ranking);
      }
      return ranking;
    };
  }, [entries]);
}

export function ComparePage({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const candidates = useCandidates();
  const selected = useMemo(() => (candidates ?? []).filter((c) => ids.includes(c.assessment.id)), [candidates, ids]);

  const setSelection = (next: string[]) => navigate({ name: 'compare', ids: next }, { replace: true });
  const toggle = (id: string, on: boolean) => setSelection(on ? [...ids.filter((x) => x !== id), id].slice(0, MAX_SELECTED) : ids.filter((x) => x !== id));

  return (
    <section className="page compare-page" aria-labelledby="compare-title">
      <header className="page-header">
        <div>
          <h1 id="compare-title">{t('compare.title')}</h1>
          <p className="page-subtitle">{t('compare.subtitle')}</p>
        </div>
      </header>
      {candidates === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : candidates.length === 0 ? (
        <div className="empty-state">
          <p>{t('compare.select.none')}</p>
          <a className="button button-primary" href={href({ name: 'vendors' })}>
            {t('nav.vendors')}
          </a>
        </div>
      ) : (
        <>
          <SelectionList candidates={candidates} selectedIds={selected.map((c) => c.assessment.id)} onToggle={toggle} onClear={() => setSelection([])} />
          {selected.length < MIN_SELECTED ? <p className="card card-padded muted compare-need-more">{t('compare.select.needMore')}</p> : <Comparison selected={selected} />}
        </>
      )}
    </section>
  );
}

function SelectionList({
  candidates,
  selectedIds,
  onToggle,
  onClear,
}: {
  candidates: Candidate[];
  selectedIds: string[];
  onToggle: (id: string, on: boolean) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useCalendarDate();
  const hintId = useId();
  const full = selectedIds.length >= MAX_SELECTED;
  return (
    <fieldset className="card card-padded compare-select" aria-describedby={hintId}>
      <legend className="compare-legend">{t('compare.select.title')}</legend>
      <div className="compare-select-head">
        <p id={hintId} className="muted">
          {t('compare.select.hint', { max: MAX_SELECTED })} · <span data-selected-count={selectedIds.length}>{t('compare.select.selected', { count: selectedIds.length, max: MAX_SELECTED })}</span>
        </p>
        {selectedIds.length > 0 && (
          <button type="button" className="button button-ghost" onClick={onClear}>
            {t('compare.select.clear')}
          </button>
        )}
      </div>
      <ul className="compare-candidates">
        {candidates.map((c) => {
          const checked = selectedIds.includes(c.assessment.id);
          return (
            <li key={c.vendorId} className="compare-candidate">
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  data-assessment-id={c.assessment.id}
                  onChange={(event) => onToggle(c.assessment.id, event.target.checked)}
                />
                <span className="compare-candidate-vendor">{c.vendorName}</span>
                <span className="compare-candidate-meta">
                  {c.assessment.serviceName} · {formatDate(c.assessment.assessmentDate)} · {t(`compare.select.status.${c.assessment.status}`)}
                  {c.assessment.revision > 1 && ` · ${t('compare.select.revision', { revision: c.assessment.revision })}`}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function Comparison({ selected }: { selected: Candidate[] }) {
  const entries = useRankEntries(selected);
  if (!entries || entries.length < MIN_SELECTED) return null;
  return <RankedComparison entries={entries} />;
}

function RankedComparison({ entries }: { entries: RankEntry[] }) {
  const language = useLanguage();
  const questionnaire = entries[0]?.questionnaire ?? builtInQuestionnaire;
  const [weights, setWeights] = useState<DomainWeights>(() => presetWeights('balanced', questionnaire));
  const [lastChange, setLastChange] = useState<RankChange | null>(null);
  const rank = useRanker(entries);
  const ranking = rank(weights);

  // A new selection starts a new story: the last explanation was about other vendors.
  const selectionKey = entries.map((e) => e.id).join(',');
  const previousKey = useRef(selectionKey);
  useEffect(() => {
    if (previousKey.current !== selectionKey) setLastChange(null);
    previousKey.current = selectionKey;
  }, [selectionKey]);

  const apply = useCallback(
    (next: DomainWeights) => {
      const change = explainRankChange(rank(weights), rank(next));
      if (change.moves.length > 0) setLastChange(change);
      setWeights(next);
    },
    [rank, weights],
  );

  return (
    <>
      <WeightsPanel questionnaire={questionnaire} weights={weights} onChange={apply} explanation={lastChange && formatRankChange(lastChange, questionnaire, language)} />
      <ExportCsvButton entries={entries} ranking={ranking} questionnaire={questionnaire} />
      <RankingTable ranking={ranking} />
      <DomainScores ranking={ranking} questionnaire={questionnaire} />
      <AnswersTable entries={entries} questionnaire={questionnaire} />
    </>
  );
}

/** Downloads the comparison, with the weights it used, as CSV through a blob: link. */
function ExportCsvButton({ entries, ranking, questionnaire }: { entries: RankEntry[]; ranking: Ranking; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const exportCsv = () => {
    const answers = { subjectIds: entries.map((e) => e.id), rows: compareAnswers(questionnaire, entries, language) };
    const csv = comparisonCsv(ranking, ranking.weights, questionnaire, language, answers);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = comparisonCsvFileName(new Date(), language);
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: the download reads the blob after the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <div className="compare-export">
      <button type="button" className="button" onClick={exportCsv} data-export-csv>
        {t('compare.csv.export')}
      </button>
    </div>
  );
}

function WeightsPanel({
  questionnaire,
  weights,
  onChange,
  explanation,
}: {
  questionnaire: Questionnaire;
  weights: DomainWeights;
  onChange: (weights: DomainWeights) => void;
  explanation: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const active = matchingPreset(weights, questionnaire);
  const presetsId = useId();
  return (
    <section className="card card-padded compare-weights" aria-labelledby="compare-weights-title">
      <h2 id="compare-weights-title">{t('compare.weights.title')}</h2>
      <p className="muted">{t('compare.weights.hint')}</p>
      <div className="compare-presets" role="group" aria-labelledby={presetsId}>
        <span id={presetsId} className="compare-presets-label">
          {t('compare.weights.presets')}
        </span>
        {weightPresets.map((preset) => (
          <button
            key={preset}
            type="button"
            className="button compare-preset"
            aria-pressed={active === preset}
            data-preset={preset}
            onClick={() => onChange(presetWeights(preset, questionnaire))}
          >
            {t(`compare.weights.preset.${preset}`)}
          </button>
        ))}
        {active === null && <span className="muted compare-custom">{t('compare.weights.custom')}</span>}
      </div>
      <ul className="compare-sliders">
        {questionnaire.domains.map((domain) => (
          <WeightControl
            key={domain.id}
            domainId={domain.id}
            title={domain.title[language]}
            value={weights[domain.id]}
            onChange={(value) => onChange({ ...weights, [domain.id]: value })}
          />
        ))}
      </ul>
      <p className="compare-explanation" role="status" aria-live="polite" aria-atomic="true" data-rank-explanation>
        {explanation ?? t('compare.explain.idle')}
      </p>
    </section>
  );
}

function WeightControl({ domainId, title, value, onChange }: { domainId: DomainId; title: string; value: number; onChange: (value: number) => void }) {
  const { t } = useTranslation();
  const sliderId = useId();
  const numberId = useId();
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  return (
    <li className="compare-slider" data-domain={domainId}>
      <label htmlFor={sliderId} className="compare-slider-label">
        {title}
      </label>
      <input
        id={sliderId}
        type="range"
        min={MIN_WEIGHT}
        max={MAX_WEIGHT}
        step={1}
        value={value}
        aria-label={t('compare.weights.slider', { domain: title })}
        onChange={(event) => onChange(clampWeight(Number(event.target.value)))}
      />
      <label htmlFor={numberId} className="visually-hidden">
        {t('compare.weights.number', { domain: title })}
      </label>
      <input
        id={numberId}
        className="input compare-weight-number"
        type="number"
        inputMode="numeric"
        min={MIN_WEIGHT}
        max={MAX_WEIGHT}
        step={1}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value.trim() !== '') {
            const next = clampWeight(Number(event.target.value));
            if (next !== value) onChange(next);
          }
        }}
        onBlur={() => setDraft(String(value))}
      />
    </li>
  );
}

function RankingTable({ ranking }: { ranking: Ranking }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="card compare-ranking" aria-labelledby="compare-ranking-title">
      <h2 id="compare-ranking-title" className="compare-card-title">
        {t('compare.ranking.title')}
      </h2>
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
                  <RecommendationBadge recommendation={e.recommendation} />
                  {e.provisional && <span className="muted compare-provisional"> {t('compare.ranking.provisional')}</span>}
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DomainScores({ ranking, questionnaire }: { ranking: Ranking; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const language = useLanguage();
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
