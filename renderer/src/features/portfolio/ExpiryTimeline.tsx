import { useId, useState } from 'react';
import { useT } from '../../ui/use-t';
import type { ExpiryTimeline as Timeline, TimelineEntry } from '@shared/portfolio';
import { href } from '../../app/router';
import type { PortfolioFormat } from './format';

/** Entries a group shows before "Show all". */
const GROUP_PREVIEW = 6;
/** Months (from the current one) whose column is marked as coming up soon. */
const SOON_MONTHS = 3;

interface Group {
  key: string;
  title: string;
  tone: 'expired' | 'soon' | 'later';
  entries: TimelineEntry[];
}

interface Props {
  timeline: Timeline;
  format: PortfolioFormat;
}

function EntryList({ group, format, expanded, onExpand }: { group: Group; format: PortfolioFormat; expanded: boolean; onExpand: () => void }) {
  const t = useT();
  const shown = expanded ? group.entries : group.entries.slice(0, GROUP_PREVIEW);
  return (
    <>
      <ul className="portfolio-entries">
        {shown.map((entry) => (
          <li
            key={`${entry.vendorId}/${entry.questionId}`}
            className="portfolio-entry"
            data-timeline-entry={`${entry.vendor} · ${entry.certification} · ${entry.validUntil}`}
          >
            <time dateTime={entry.validUntil} className="portfolio-entry-date">
              {format.date(entry.validUntil)}
            </time>
            <span className="portfolio-stack">
              <a className="portfolio-entry-vendor" href={href({ name: 'vendor', vendorId: entry.vendorId })}>
                {entry.vendor}
              </a>
              <span className="portfolio-sub">{entry.certification}</span>
            </span>
          </li>
        ))}
      </ul>
      {group.entries.length > GROUP_PREVIEW && !expanded && (
        <button type="button" className="button button-ghost portfolio-more" onClick={onExpand}>
          {t('portfolio.timeline.showAll', { count: group.entries.length })}
        </button>
      )}
    </>
  );
}

/**
 * Certificate and report expiries over the next twelve months: a strip of
 * month columns with a bar for how many expire, expired ones first in red, and
 * below it the entries grouped by month. A column jumps to its group.
 */
export function ExpiryTimeline({ timeline, format }: Props) {
  const t = useT();
  const id = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());

  const groups: Group[] = [
    { key: 'expired', title: t('portfolio.timeline.expired'), tone: 'expired', entries: timeline.expired },
    ...timeline.months.map((m, i): Group => ({ key: m.month, title: format.month(m.month), tone: i < SOON_MONTHS ? 'soon' : 'later', entries: m.entries })),
  ];
  const max = Math.max(1, ...groups.map((g) => g.entries.length));
  const upcoming = timeline.months.reduce((sum, m) => sum + m.entries.length, 0);
  const groupId = (key: string) => `${id}-${key}`;

  const jump = (key: string) => {
    const heading = document.getElementById(groupId(key));
    heading?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    heading?.focus({ preventScroll: true });
  };

  return (
    <section className="card portfolio-timeline" aria-labelledby={`${id}-title`}>
      <div className="portfolio-card-header">
        <h2 id={`${id}-title`}>{t('portfolio.timeline.title')}</h2>
        <p className="muted">{t('portfolio.timeline.subtitle', { count: upcoming, expired: timeline.expired.length })}</p>
      </div>
      <ol className="portfolio-strip" aria-label={t('portfolio.timeline.stripLabel')}>
        {groups.map((group, i) => {
          const month = group.key === 'expired' ? null : group.key;
          const showYear = month !== null && (i === 1 || month.endsWith('-01'));
          const count = group.entries.length;
          return (
            <li
              key={group.key}
              className={`portfolio-strip-item portfolio-tone-${group.tone}${count === 0 ? ' is-empty' : ''}`}
              data-timeline-month={group.key}
            >
              <button
                type="button"
                className="portfolio-strip-button"
                disabled={count === 0}
                onClick={() => jump(group.key)}
                aria-label={t('portfolio.timeline.columnLabel', { title: group.title, count })}
              >
                <span className="portfolio-strip-count">{count}</span>
                <span className="portfolio-strip-track" aria-hidden="true">
                  <span className="portfolio-strip-bar" style={{ height: count === 0 ? 0 : `${Math.max(8, (count / max) * 100)}%` }} />
                </span>
                <span className="portfolio-strip-label" aria-hidden="true">
                  {month === null ? t('portfolio.timeline.expiredShort') : format.monthShort(month)}
                  <span className="portfolio-strip-year">{showYear ? month!.slice(0, 4) : '\u00a0'}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {upcoming + timeline.expired.length === 0 ? (
        <p className="portfolio-timeline-empty muted">{t('portfolio.timeline.empty')}</p>
      ) : (
        <div className="portfolio-groups">
          {groups
            .filter((g) => g.entries.length > 0)
            .map((group) => (
              <section
                key={group.key}
                className={`portfolio-group portfolio-tone-${group.tone}`}
                data-timeline-group={group.key}
                aria-labelledby={groupId(group.key)}
              >
                <h3 id={groupId(group.key)} tabIndex={-1}>
                  {group.title}
                  <span className="portfolio-group-count">{group.entries.length}</span>
                </h3>
                <EntryList
                  group={group}
                  format={format}
                  expanded={expanded.has(group.key)}
                  onExpand={() => setExpanded((current) => new Set([...current, group.key]))}
                />
              </section>
            ))}
        </div>
      )}
    </section>
  );
}
