/** Answers side by side, grouped by domain, with the differing rows marked. Only the rows in view are in the DOM. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../ui/use-t';
import { compareAnswers, type AnswerRowView } from '@shared/compare/text';
import type { RankEntry } from '@shared/compare/rank';
import type { DomainId, Questionnaire } from '@shared/questionnaire/schema';
import { useUiLanguage } from '../../ui/use-format';

export type DomainFilter = DomainId | 'all';

/** A line of the table: a domain heading or a question. */
type Line = { kind: 'group'; id: string; title: string } | { kind: 'row'; id: string; row: AnswerRowView };

const ESTIMATED_ROW_PX = 56;

export function AnswersTable({ entries, questionnaire, initialDomain }: { entries: RankEntry[]; questionnaire: Questionnaire; initialDomain?: DomainFilter }) {
  const t = useT();
  const language = useUiLanguage();
  const [domain, setDomain] = useState<DomainFilter>(initialDomain ?? questionnaire.domains[0]!.id);
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const domainSelectId = useId();
  const rows = useMemo(() => compareAnswers(questionnaire, entries, language), [questionnaire, entries, language]);
  const inDomain = useMemo(() => (domain === 'all' ? rows : rows.filter((r) => r.domainId === domain)), [rows, domain]);
  const visible = useMemo(() => (onlyDiffering ? inDomain.filter((r) => r.differs) : inDomain), [inDomain, onlyDiffering]);
  const differing = useMemo(() => inDomain.filter((r) => r.differs).length, [inDomain]);
  const lines = useMemo(() => {
    const out: Line[] = [];
    for (const d of questionnaire.domains) {
      const inGroup = visible.filter((r) => r.domainId === d.id);
      if (inGroup.length === 0) continue;
      out.push({ kind: 'group', id: `group:${d.id}`, title: d.title[language] });
      for (const row of inGroup) out.push({ kind: 'row', id: row.id, row });
    }
    return out;
  }, [questionnaire, visible, language]);

  return (
    <section className="card compare-answers" aria-labelledby="compare-answers-title">
      <div className="card-toolbar compare-answers-toolbar">
        <h2 id="compare-answers-title">{t('compare.questions.title')}</h2>
        <div className="compare-answers-filters">
          <label htmlFor={domainSelectId}>{t('compare.questions.domain')}</label>
          <select
            id={domainSelectId}
            className="input compare-domain-select"
            value={domain}
            onChange={(event) => setDomain(event.target.value as DomainFilter)}
          >
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
      <p className="muted compare-answers-count" aria-live="polite" data-shown-rows={visible.length}>
        {t('compare.questions.count', { shown: visible.length, total: inDomain.length, differing })}
      </p>
      {visible.length === 0 ? (
        <p className="no-matches">{t('compare.questions.none')}</p>
      ) : (
        <VirtualAnswerRows lines={lines} entries={entries} differsLabel={t('compare.questions.differs')} />
      )}
    </section>
  );
}

function VirtualAnswerRows({ lines, entries, differsLabel }: { lines: Line[]; entries: RankEntry[]; differsLabel: string }) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- its positions change inside one object on scroll, so this component stays uncompiled
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => lines[index]!.id,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const columns = entries.length + 2;

  return (
    <div ref={scrollRef} className="compare-answers-scroll" tabIndex={0} aria-label={t('compare.questions.title')} data-answers-scroll>
      <table className="table compare-answers-table" aria-rowcount={lines.length + 1} style={{ minWidth: 380 + entries.length * 170 }}>
        <colgroup>
          <col className="compare-col-num" />
          <col className="compare-col-question" />
          {entries.map((e) => (
            <col key={e.id} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
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
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="compare-spacer">
              <td colSpan={columns} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => (
            <AnswerLine
              key={item.key}
              line={lines[item.index]!}
              index={item.index}
              columns={columns}
              measure={virtualizer.measureElement}
              differsLabel={differsLabel}
            />
          ))}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="compare-spacer">
              <td colSpan={columns} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** One line of the table; unchanged lines are not re-rendered while scrolling. */
const AnswerLine = memo(function AnswerLine({
  line,
  index,
  columns,
  measure,
  differsLabel,
}: {
  line: Line;
  index: number;
  columns: number;
  measure: (element: Element | null) => void;
  differsLabel: string;
}) {
  if (line.kind === 'group') {
    return (
      <tr ref={measure} data-index={index} aria-rowindex={index + 2} className="compare-group">
        <th scope="colgroup" colSpan={columns}>
          {line.title}
        </th>
      </tr>
    );
  }
  const { row } = line;
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      data-question-id={row.id}
      data-differs={row.differs || undefined}
      className={row.differs ? 'compare-differs' : undefined}
    >
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
  );
});
