/** Answers side by side, grouped by domain, with the differing rows marked. */
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareAnswers } from '../../../../shared/compare/text';
import type { RankEntry } from '../../../../shared/compare/rank';
import type { DomainId, Questionnaire } from '../../../../shared/questionnaire/schema';
import { useLanguage } from './language';

type DomainFilter = DomainId | 'all';

export function AnswersTable({ entries, questionnaire }: { entries: RankEntry[]; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [domain, setDomain] = useState<DomainFilter>(questionnaire.domains[0]!.id);
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const domainSelectId = useId();
  const rows = useMemo(() => compareAnswers(questionnaire, entries, language), [questionnaire, entries, language]);
  const inDomain = useMemo(() => (domain === 'all' ? rows : rows.filter((r) => r.domainId === domain)), [rows, domain]);
  const visible = useMemo(() => (onlyDiffering ? inDomain.filter((r) => r.differs) : inDomain), [inDomain, onlyDiffering]);
  const differing = useMemo(() => inDomain.filter((r) => r.differs).length, [inDomain]);
  const groups = useMemo(
    () => questionnaire.domains.map((d) => ({ domain: d, rows: visible.filter((r) => r.domainId === d.id) })).filter((g) => g.rows.length > 0),
    [questionnaire, visible],
  );

  return (
    <section className="card compare-answers" aria-labelledby="compare-answers-title">
      <div className="card-toolbar compare-answers-toolbar">
        <h2 id="compare-answers-title">{t('compare.questions.title')}</h2>
        <div className="compare-answers-filters">
          <label htmlFor={domainSelectId}>{t('compare.questions.domain')}</label>
          <select id={domainSelectId} className="input compare-domain-select" value={domain} onChange={(event) => setDomain(event.target.value as DomainFilter)}>
            {questionnaire.domains.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title[language]}
              </option>
            ))}
            <option value="all">{t('compare.questions.all')}</option>
          </select>
          <label className="compare-check">
            <input type="checkbox" checked={onlyDiffering} onChange={(event) => setOnlyDiffering(event.target.checked)} />
            {t('compare.questions.onlyDiffering')}
          </label>
        </div>
      </div>
      <p className="muted compare-answers-count" aria-live="polite">
        {t('compare.questions.count', { shown: visible.length, total: inDomain.length, differing })}
      </p>
      {visible.length === 0 ? (
        <p className="no-matches">{t('compare.questions.none')}</p>
      ) : (
        <div className="compare-scroll">
          <table className="table compare-answers-table">
            <thead>
              <tr>
                <th scope="col" className="compare-qnum">
                  {t('compare.questions.number')}
                </th>
                <th scope="col" className="compare-qtext">
                  {t('compare.questions.question')}
                </th>
                {entries.map((e) => (
                  <th scope="col" key={e.id}>
                    {e.vendorName}
                  </th>
                ))}
              </tr>
            </thead>
            {groups.map((group) => (
              <AnswerGroup key={group.domain.id} title={group.domain.title[language]} rows={group.rows} columns={entries.length} differsLabel={t('compare.questions.differs')} />
            ))}
          </table>
        </div>
      )}
    </section>
  );
}

const AnswerGroup = memo(function AnswerGroup({
  title,
  rows,
  columns,
  differsLabel,
}: {
  title: string;
  rows: ReturnType<typeof compareAnswers>;
  columns: number;
  differsLabel: string;
}) {
  return (
    <tbody>
      <tr className="compare-group">
        <th scope="colgroup" colSpan={columns + 2}>
          {title}
        </th>
      </tr>
      {rows.map((row) => (
        <tr key={row.id} data-question-id={row.id} data-differs={row.differs || undefined} className={row.differs ? 'compare-differs' : undefined}>
          <td className="compare-qnum">
            {row.number}
            {row.differs && <span className="visually-hidden"> ({differsLabel})</span>}
          </td>
          <th scope="row" className="compare-qtext">
            {row.text}
          </th>
          {row.answers.map((answer, i) => (
            <td key={i}>{answer}</td>
          ))}
        </tr>
      ))}
    </tbody>
  );
});
