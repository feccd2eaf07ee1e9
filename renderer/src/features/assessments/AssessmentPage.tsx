import { useCallback, useEffect, useMemo, useState } from 'react';
import { answerVersion } from '../../db/database';
import { assessmentLockName, useWriterLock } from '../../app/writer-lock';
import { failureMessage } from '../../ui/failure-message';
import { useT, type Translate } from '../../ui/use-t';
import { shownScore } from '@shared/scoring/figures';
import { useApp } from '../../app/context';
import { isTyping } from '../../ui/keyboard';
import { href, navigate } from '../../app/router';
import { RepositoryError } from '../../db';
import { useToast } from '../../ui/Toast';
import { useFormat, useUiLanguage } from '../../ui/use-format';
import { useLatest } from '../../ui/use-latest';
import { useSaveStatus, type SaveStatus } from '../../app/autosave';
import { AnswerForm } from './AnswerForm';
import { createAnswerSaver, type AnswerSaver } from './answer-saver';
import { digitOptions, localized } from './answer-model';
import { EvidencePanel } from './EvidencePanel';
import { ExportDialog } from './ExportDialog';
import { AnswerSourceNote } from './AnswerSourceNote';
import { ResponsePackDialog } from './ResponsePackDialog';
import { VendorResponseDialog } from './VendorResponseDialog';
import { CaiqDialog } from './CaiqDialog';
import { CCM_REFERENCES_QUESTIONNAIRE, withCcmReferences } from '@shared/caiq/ccm-references';
import { ReceivedBanner } from '../bundles';
import { AlteredBanner } from './AlteredBanner';
import { useDescribe, useHistoryCheck } from './use-history';
import { RecommendationPill } from './RecommendationPill';
import { FinaliseDialog } from './FinaliseDialog';
import { FindingsLink } from './FindingsLink';
import { QuestionNav } from './QuestionNav';
import { ScorePanel } from './ScorePanel';
import { useAssessment, type LoadedAssessment } from './use-assessment';
import './assessments.css';

/** The save state of the question on screen, and of no other. */
function SaveIndicator({ saver, questionId, number }: { saver: AnswerSaver; questionId: string; number: string }) {
  const t = useT();
  const { state, message }: SaveStatus = useSaveStatus(saver, questionId);
  return (
    <span className={`save-state save-${state}`} role="status" data-save-state={state} data-save-question={questionId}>
      {state === 'error' ? t('assessment.save.errorFor', { number, message }) : t(`assessment.save.${state}`, { number })}
    </span>
  );
}

/** The keys that work on this question, for the hint under it: digits only where they choose, 0 only where N/A is allowed. */
function shortcutHint(question: Parameters<typeof digitOptions>[0], t: Translate): string {
  const spec = question.answer;
  const digits = digitOptions(question).length === 0 ? undefined : spec.type === 'multiChoice' ? 'toggle' : spec.type === 'certification' ? 'held' : 'choose';
  const parts = ([digits, question.allowNotApplicable ? 'na' : undefined, 'move'] as const).filter((part) => part !== undefined);
  return `${t('assessment.nav.keys.label')} ${parts.map((part) => t(`assessment.nav.keys.${part}`)).join(' · ')}`;
}

function pickQuestion(data: LoadedAssessment, requested?: string): string | undefined {
  const ids = data.applicable.map((e) => e.question.id);
  if (requested && ids.includes(requested)) return requested;
  if (data.assessment.lastQuestionId && ids.includes(data.assessment.lastQuestionId)) return data.assessment.lastQuestionId;
  return ids[0];
}

export function AssessmentPage({ assessmentId, questionId }: { assessmentId: string; questionId?: string }) {
  const t = useT();
  const language = useUiLanguage();
  const format = useFormat();
  const { store } = useApp();
  const toast = useToast();
  const data = useAssessment(assessmentId);
  const [finalising, setFinalising] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [vendorExchange, setVendorExchange] = useState<'pack' | 'response' | 'caiq' | null>(null);
  const currentT = useLatest(t);
  const saver = useMemo(() => createAnswerSaver(store, assessmentId, currentT), [store, assessmentId, currentT]);

  const currentId = data ? pickQuestion(data, questionId) : undefined;
  const index = data && currentId ? data.applicable.findIndex((e) => e.question.id === currentId) : -1;
  const entry = data && index >= 0 ? data.applicable[index] : undefined;
  const settled = data?.assessment.status === 'final' || data?.assessment.received !== undefined;
  // A draft is written by one window at a time; any other shows it read-only until that one lets go.
  const writer = useWriterLock(data && !settled ? assessmentLockName(assessmentId) : null);
  // Writable while the lock is still being asked for, so keys pressed as the page opens count; the row versions
  // refuse a write that another window made stale.
  const readOnly = settled || writer === 'elsewhere';
  // A finalised or received assessment is checked against its history whenever it is opened.
  const history = useHistoryCheck(assessmentId, data?.assessment.updatedAt, settled);
  const describe = useDescribe(data);

  // Whatever waits to be saved is written when the page goes away or the window closes.
  useEffect(() => {
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [saver]);

  // A save that fails after the assessor moved on is told, with the question it was for.
  const shown = useLatest({ currentId, data });
  useEffect(
    () =>
      saver.subscribe((questionId) => {
        const status = saver.status(questionId);
        const { currentId: onScreen, data: loaded } = shown();
        if (status.state !== 'error' || questionId === onScreen) return;
        const number = loaded?.entries.find((e) => e.question.id === questionId)?.number ?? questionId;
        toast(currentT()('assessment.save.errorFor', { number, message: status.message }), 'error');
      }),
    [currentT, saver, shown, toast],
  );

  const go = useCallback(
    (target: string | undefined) => {
      if (target) navigate({ name: 'assessment', assessmentId, questionId: target });
    },
    [assessmentId],
  );
  const step = useCallback(
    (delta: number) => {
      if (!data) return;
      go(data.applicable[Math.min(data.applicable.length - 1, Math.max(0, index + delta))]?.question.id);
    },
    [data, go, index],
  );
  const nextUnanswered = useCallback(() => {
    if (!data) return;
    const open = new Set(data.result.questions.filter((q) => q.status === 'unanswered').map((q) => q.id));
    const ordered = [...data.applicable.slice(index + 1), ...data.applicable.slice(0, index + 1)];
    const target = ordered.find((e) => open.has(e.question.id));
    if (target) go(target.question.id);
    else toast(t('assessment.nav.allAnswered'));
  }, [data, go, index, t, toast]);

  // Remember where the assessor is, to resume there.
  useEffect(() => {
    if (entry && !readOnly && data?.assessment.lastQuestionId !== entry.question.id) {
      void store.assessments.setPosition(assessmentId, entry.question.id).catch(() => {});
    }
  }, [assessmentId, data?.assessment.lastQuestionId, entry, readOnly, store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const typing = isTyping(event.target);
      if (event.altKey && event.key === 'ArrowRight') step(1);
      else if (event.altKey && event.key === 'ArrowLeft') step(-1);
      else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === 'j') step(1);
      else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === 'k') step(-1);
      else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === 'u') nextUnanswered();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nextUnanswered, step]);

  // Move focus to the new question so screen readers announce it.
  useEffect(() => {
    document.getElementById('question-text')?.focus({ preventScroll: false });
  }, [currentId]);

  if (data === undefined) return <p className="muted page">{t('common.loading')}</p>;
  if (data === null) {
    return (
      <section className="page">
        <h1>{t('assessment.errors.notFound')}</h1>
        <a href={href({ name: 'vendors' })}>← {t('vendors.title')}</a>
      </section>
    );
  }

  const { assessment, vendor, result } = data;
  const revise = async () => {
    try {
      const revision = await store.assessments.createRevision(assessment.id);
      navigate({ name: 'assessment', assessmentId: revision.id });
      toast(t('assessment.revision.created', { revision: revision.revision }));
    } catch (error) {
      toast(error instanceof RepositoryError ? failureMessage(t, error) : t('common.failures.notDone', { message: failureMessage(t, error) }), 'error');
    }
  };

  return (
    <div className="assessment-layout">
      <QuestionNav data={data} currentId={currentId ?? ''} />
      <section className="assessment-main" aria-labelledby="assessment-title">
        <header className="assessment-header">
          <div>
            <a className="back-link" href={href({ name: 'vendor', vendorId: assessment.vendorId })}>
              ← {vendor?.name ?? t('vendors.title')}
            </a>
            <h1 id="assessment-title">
              {assessment.serviceName}
              <span className={`badge status-${assessment.status}`}>{t(`assessment.state.${assessment.status}`)}</span>
              {assessment.revision > 1 && <span className="badge">{t('assessment.revision.label', { revision: assessment.revision })}</span>}
            </h1>
            <p className="page-subtitle">{t('assessment.meta', { assessor: assessment.assessor, date: format.date(assessment.assessmentDate) })}</p>
          </div>
          <div className="header-actions">
            {!readOnly && entry && <SaveIndicator saver={saver} questionId={entry.question.id} number={entry.number} />}
            <span className="score-chip" title={t('assessment.score.title')}>
              <strong>{shownScore(result.overall.score) ?? '—'}</strong>
              <RecommendationPill result={result} />
            </span>
            <button type="button" className="button" onClick={() => void saver.flush().then(() => setExporting(true))}>
              {t('export.open')}
            </button>
            <FindingsLink assessmentId={assessmentId} result={result} />
            <a className="button" href={href({ name: 'history', assessmentId })}>
              {t('history.link')}
            </a>
            {settled ? (
              <button type="button" className="button button-primary" onClick={() => void revise()}>
                {t('assessment.revision.create')}
              </button>
            ) : (
              <button type="button" className="button button-primary" disabled={readOnly} onClick={() => void saver.flush().then(() => setFinalising(true))}>
                {t('assessment.finalise.open')}
              </button>
            )}
          </div>
        </header>
        {!readOnly && (
          <div className="vendor-exchange" role="group" aria-labelledby="vendor-exchange-label">
            <span id="vendor-exchange-label" className="muted">
              {t('responsePacks.actions.group')}:
            </span>
            <button type="button" className="button button-ghost" onClick={() => void saver.flush().then(() => setVendorExchange('pack'))}>
              {t('responsePacks.actions.export')}
            </button>
            <button type="button" className="button button-ghost" onClick={() => void saver.flush().then(() => setVendorExchange('response'))}>
              {t('responsePacks.actions.import')}
            </button>
            <button type="button" className="button button-ghost" onClick={() => void saver.flush().then(() => setVendorExchange('caiq'))}>
              {t('caiq.open')}
            </button>
          </div>
        )}
        {history?.problem && <AlteredBanner assessmentId={assessment.id} verdict={history} describe={describe} />}
        {assessment.received && <ReceivedBanner marker={assessment.received} />}
        {writer === 'elsewhere' && !settled && (
          <p className="banner" role="note" data-testid="open-elsewhere">
            {t('assessment.openElsewhere')}
          </p>
        )}
        {settled && !assessment.received && (
          <p className="banner" role="note">
            {t('assessment.finalisedBanner', { date: format.date(assessment.finalisedAt ?? assessment.updatedAt) })}
            {assessment.override && ` ${t('assessment.overrideNote', { reason: assessment.override.reason })}`}
          </p>
        )}
        {entry ? (
          <article className="card question-card" aria-labelledby="question-text">
            <p className="question-meta">
              <span className="q-number-big">{entry.number}</span>
              {localized(entry.section.title, language)} · {t('assessment.nav.position', { index: index + 1, total: data.applicable.length })}
            </p>
            <h2 id="question-text" tabIndex={-1}>
              {localized(entry.question.text, language)}
            </h2>
            <AnswerSourceNote question={entry.question} row={data.rows.get(entry.question.id)} readOnly={readOnly} />
            <AnswerForm
              // Read-only, the form follows the stored row as it changes (another window writing); once this window
              // may write, it starts afresh from the row as it is then.
              key={`${assessment.id}:${entry.question.id}:${readOnly ? `shown-${answerVersion(data.rows.get(entry.question.id))}` : 'editing'}`}
              question={entry.question}
              row={data.rows.get(entry.question.id)}
              readOnly={readOnly}
              asOf={assessment.assessmentDate}
              saver={saver}
            />
            <EvidencePanel assessmentId={assessment.id} questionId={entry.question.id} evidence={data.evidence} readOnly={readOnly} />
            <footer className="question-footer">
              <button type="button" className="button" onClick={() => step(-1)} disabled={index <= 0} aria-keyshortcuts="Alt+ArrowLeft K">
                ← {t('assessment.nav.previous')}
              </button>
              <button type="button" className="button" onClick={nextUnanswered} aria-keyshortcuts="U">
                {t('assessment.nav.nextUnanswered')} <kbd>U</kbd>
              </button>
              <button
                type="button"
                className="button button-primary"
                onClick={() => step(1)}
                disabled={index >= data.applicable.length - 1}
                aria-keyshortcuts="Alt+ArrowRight J"
              >
                {t('assessment.nav.next')} →
              </button>
            </footer>
            <p className="shortcut-hint muted">{shortcutHint(entry.question, t)}</p>
          </article>
        ) : (
          <p className="muted">{t('assessment.nav.noQuestions')}</p>
        )}
      </section>
      <aside className="assessment-aside">
        {entry && (
          <section className="card card-padded guidance" aria-labelledby="guidance-title">
            <h2 id="guidance-title">{t('assessment.guidance.title')}</h2>
            <p>{localized(entry.question.guidance, language)}</p>
            <h3>{t('assessment.guidance.evidence')}</h3>
            <p>{localized(entry.question.evidence, language)}</p>
            <h3>{t('assessment.guidance.references')}</h3>
            <ul className="references">
              {(data.questionnaire.id === CCM_REFERENCES_QUESTIONNAIRE ? withCcmReferences(entry.question) : entry.question.references).map((ref) => (
                <li key={`${ref.framework} ${ref.ref}`}>
                  {ref.framework} <strong>{ref.ref}</strong>
                </li>
              ))}
            </ul>
          </section>
        )}
        <ScorePanel result={result} assessmentId={assessment.id} domainIndex={entry?.domainIndex ?? 0} />
      </aside>
      {exporting && <ExportDialog data={data} onClose={() => setExporting(false)} />}
      {vendorExchange === 'pack' && <ResponsePackDialog data={data} onClose={() => setVendorExchange(null)} />}
      {vendorExchange === 'response' && <VendorResponseDialog data={data} onClose={() => setVendorExchange(null)} />}
      {vendorExchange === 'caiq' && <CaiqDialog data={data} onClose={() => setVendorExchange(null)} />}
      {finalising && (
        <FinaliseDialog
          assessmentId={assessment.id}
          assessor={assessment.assessor}
          result={result}
          drafts={data.entries.filter((e) => data.rows.get(e.question.id)?.draft).map((e) => ({ questionId: e.question.id, number: e.number }))}
          onClose={() => setFinalising(false)}
          onDone={() => {
            setFinalising(false);
            toast(t('assessment.finalise.done'));
          }}
        />
      )}
    </div>
  );
}
