import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../ui/use-t';
import { matchingProfile } from '@shared/compare/profiles';
import {
  explainRankChange,
  matchingPreset,
  presetWeights,
  questionnaireGroups,
  rankAssessments,
  weightOf,
  type DomainWeights,
  type RankChange,
  type RankEntry,
  type Ranking,
} from '@shared/compare/rank';
import { refKey } from '@shared/questionnaire/catalog';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { formatRankChange } from '@shared/compare/text';
import { messages, type Language } from '@shared/i18n';
import { weighsAnyDomain } from '@shared/scoring/domain-weights';
import { openFindingCounts } from '@shared/scoring/open-findings';
import { acceptedInForce } from '@shared/scoring/finding-list';
import { localDate } from '@shared/calendar';
import { href, navigate } from '../../app/router';
import { CertificationMatrix, DomainScores, RankingTable, RobustnessCard } from './ComparisonTables';
import { ExportActions } from './ExportActions';
import { MAX_SELECTED, MIN_SELECTED, useCandidates, useCompareData, type Candidate, type CompareData } from './use-compare-data';
import { AnswersTable } from './AnswersTable';
import { useWeightProfiles, WeightsPanel } from './WeightsPanel';
import './compare.css';
import { useFormat, useUiLanguage } from '../../ui/use-format';
/** Ranks with a small cache, so the ranking for the weights just explained is not scored twice. */
function createRanker(entries: readonly RankEntry[], questionnaire: Questionnaire): (weights: DomainWeights) => Ranking {
  const cache = new Map<string, Ranking>();
  return (weights) => {
    const key = questionnaire.domains.map((d) => weightOf(weights, d)).join(',');
    let ranking = cache.get(key);
    if (!ranking) {
      if (cache.size > 64) cache.clear();
      ranking = rankAssessments(entries, weights);
      cache.set(key, ranking);
    }
    return ranking;
  };
}

export function ComparePage({ ids }: { ids: string[] }) {
  const t = useT();
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
          {selected.length < MIN_SELECTED ? (
            <p className="card card-padded muted compare-need-more">{t('compare.select.needMore')}</p>
          ) : (
            <Comparison selected={selected} />
          )}
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
  const t = useT();
  const formatDate = useFormat().date;
  const hintId = useId();
  const full = selectedIds.length >= MAX_SELECTED;
  return (
    <fieldset className="card card-padded compare-select" aria-describedby={hintId}>
      <legend className="compare-legend">{t('compare.select.title')}</legend>
      <div className="compare-select-head">
        <p id={hintId} className="muted">
          {t('compare.select.hint', { max: MAX_SELECTED })} ·{' '}
          <span data-selected-count={selectedIds.length}>{t('compare.select.selected', { count: selectedIds.length, max: MAX_SELECTED })}</span>
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
  const data = useCompareData(selected);
  const profiles = useWeightProfiles();
  if (!data || data.entries.length < MIN_SELECTED || !profiles) return null;
  const groups = questionnaireGroups(data.entries);
  if (groups.length > 1) return <MixedQuestionnaires groups={groups} />;
  // Weights belong to one questionnaire's domains: another questionnaire starts from its own defaults.
  return <RankedComparison key={refKey(groups[0]!.questionnaire)} data={data} profiles={profiles} />;
}

/** Assessments of different questionnaires are not ranked together; which vendor used which is said instead. */
function MixedQuestionnaires({ groups }: { groups: ReturnType<typeof questionnaireGroups> }) {
  const t = useT();
  const language = useUiLanguage();
  return (
    <section className="card card-padded compare-mixed" role="alert" aria-labelledby="compare-mixed-title" data-mixed-questionnaires={groups.length}>
      <h2 id="compare-mixed-title">{t('compare.select.mixedTitle')}</h2>
      <p>{t('compare.select.mixed')}</p>
      <ul>
        {groups.map(({ questionnaire, vendorNames }) => (
          <li key={refKey(questionnaire)}>
            {t('compare.select.mixedGroup', { questionnaire: questionnaire.title[language], version: questionnaire.version, vendors: vendorNames.join(', ') })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RankedComparison({ data, profiles }: { data: CompareData; profiles: NonNullable<ReturnType<typeof useWeightProfiles>> }) {
  const t = useT();
  const { entries, subjects } = data;
  const language = useUiLanguage();
  const questionnaire = entries[0]!.questionnaire;
  const [weights, setWeights] = useState<DomainWeights>(() => presetWeights('balanced', questionnaire));
  const [lastChange, setLastChange] = useState<RankChange | null>(null);
  const rank = useMemo(() => createRanker(entries, questionnaire), [entries, questionnaire]);
  // Weights that leave every domain at 0 score nothing: no ranking is made from them, and nothing exported.
  const weighted = weighsAnyDomain(questionnaire, weights);
  const ranking = weighted ? rank(weights) : null;
  // Open findings and risks accepted today, per vendor, from one pass over its tracking.
  const { findings, accepted } = useMemo(() => {
    const today = localDate(new Date());
    const open = new Map<string, ReturnType<typeof openFindingCounts>>();
    const inForce = new Map<string, ReturnType<typeof acceptedInForce>>();
    for (const e of ranking?.entries ?? []) {
      const tracking = subjects.find((s) => s.id === e.id)?.tracking ?? [];
      open.set(e.id, openFindingCounts(e.result.findings, tracking, today));
      inForce.set(e.id, acceptedInForce(e.result.findings, tracking, today));
    }
    return { findings: open, accepted: inForce };
  }, [ranking, subjects]);

  // A new selection starts a new story: the last explanation was about other vendors.
  const selectionKey = entries.map((e) => e.id).join(',');
  const previousKey = useRef(selectionKey);
  useEffect(() => {
    if (previousKey.current !== selectionKey) setLastChange(null);
    previousKey.current = selectionKey;
  }, [selectionKey]);

  const apply = useCallback(
    (next: DomainWeights) => {
      if (!weighsAnyDomain(questionnaire, next)) setLastChange(null);
      else if (weighsAnyDomain(questionnaire, weights)) {
        const change = explainRankChange(rank(weights), rank(next));
        if (change.moves.length > 0) setLastChange(change);
      }
      setWeights(next);
    },
    [rank, weights, questionnaire],
  );

  const profileName = (lang: Language): string | null => {
    const preset = matchingPreset(weights, questionnaire);
    if (preset) return messages[lang].compare.weights.preset[preset];
    return matchingProfile(profiles, weights, questionnaire)?.name ?? null;
  };

  return (
    <>
      <WeightsPanel
        questionnaire={questionnaire}
        weights={weights}
        profiles={profiles}
        onChange={apply}
        explanation={lastChange && formatRankChange(lastChange, questionnaire, language)}
      />
      <ExportActions entries={entries} subjects={subjects} ranking={ranking} questionnaire={questionnaire} profileName={profileName} />
      {ranking ? (
        <>
          <RankingTable ranking={ranking} findings={findings} accepted={accepted} />
          <RobustnessCard ranking={ranking} questionnaire={questionnaire} />
          <DomainScores ranking={ranking} questionnaire={questionnaire} />
          <CertificationMatrix ranking={ranking} questionnaire={questionnaire} />
        </>
      ) : (
        <p className="card card-padded muted" data-ranking-unavailable>
          {t('compare.ranking.unavailable')}
        </p>
      )}
      <AnswersTable entries={entries} questionnaire={questionnaire} />
    </>
  );
}
