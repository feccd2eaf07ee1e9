import { useMemo } from 'react';
import { useT } from '../../ui/use-t';
import { useUiLanguage } from '../../ui/use-format';
import { href } from '../../app/router';
import { localized } from './answer-model';
import type { LoadedAssessment } from './use-assessment';

interface Props {
  data: LoadedAssessment;
  currentId: string;
}

/** Domains with progress, and the sections and questions of the current domain. */
export function QuestionNav({ data, currentId }: Props) {
  const t = useT();
  const language = useUiLanguage();
  const current = data.applicable.find((e) => e.question.id === currentId);
  const statuses = useMemo(() => new Map(data.result.questions.map((q) => [q.id, q.status])), [data.result]);
  return (
    <nav className="q-nav" aria-label={t('assessment.nav.label')}>
      <ol className="q-domains">
        {data.questionnaire.domains.map((domain, domainIndex) => {
          const result = data.result.domains[domainIndex]!;
          const entries = data.applicable.filter((e) => e.domainIndex === domainIndex);
          const done = result.counts.answered + result.counts.notApplicable;
          const open = current?.domainIndex === domainIndex;
          const first = entries[0];
          return (
            <li key={domain.id} className={open ? 'q-domain open' : 'q-domain'}>
              {first ? (
                <a
                  className="q-domain-link"
                  href={href({ name: 'assessment', assessmentId: data.assessment.id, questionId: first.question.id })}
                  aria-current={open ? 'true' : undefined}
                >
                  <span className="q-domain-title">
                    {domainIndex + 1}. {localized(domain.title, language)}
                  </span>
                  <span className="q-progress-label" data-domain-progress={domain.id}>
                    {t('assessment.nav.progress', { done, total: result.counts.applicable })}
                  </span>
                  <span className="q-progress" aria-hidden="true">
                    <span style={{ width: `${result.counts.applicable ? (100 * done) / result.counts.applicable : 0}%` }} />
                  </span>
                </a>
              ) : (
                <span className="q-domain-link q-domain-skipped">
                  <span className="q-domain-title">
                    {domainIndex + 1}. {localized(domain.title, language)}
                  </span>
                  <span className="q-progress-label">{t('assessment.nav.notApplicable')}</span>
                </span>
              )}
              {open && (
                <ol className="q-list">
                  {entries.map((entry) => {
                    const status = data.rows.get(entry.question.id)?.draft ? 'draft' : (statuses.get(entry.question.id) ?? 'unanswered');
                    return (
                      <li key={entry.question.id}>
                        <a
                          href={href({ name: 'assessment', assessmentId: data.assessment.id, questionId: entry.question.id })}
                          className={`q-link status-${status}`}
                          aria-current={entry.question.id === currentId ? 'step' : undefined}
                          title={localized(entry.question.text, language)}
                        >
                          <span className="q-dot" aria-label={t(`assessment.status.${status}`)} />
                          <span className="q-number">{entry.number}</span>
                          <span className="q-text">{localized(entry.question.text, language)}</span>
                        </a>
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
