import { useState } from 'react';
import { readCaiqWorkbook, type CaiqReading } from '@shared/caiq/read';
import type { CaiqSuggestion } from '@shared/caiq/suggest';
import type { Answer } from '@shared/questionnaire/answers';
import { applicableQuestions } from '@shared/questionnaire/questions';
import { NOT_APPLICABLE as NA, offeredChoices } from '@shared/response-pack/answer-words';
import { useApp } from '../../app/context';
import { Dialog } from '../../ui/Dialog';
import { FileChooser } from '../../ui/FileChooser';
import { answerWords, applyImported, readVendorWorkbook, WORKBOOK_ACCEPT, type VendorWorkbook } from './workbook-file';
import { useToast } from '../../ui/Toast';
import { useUiLanguage } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import type { LoadedAssessment } from './use-assessment';

interface Props {
  data: LoadedAssessment;
  onClose: () => void;
}

type Step = { at: 'choose' } | { at: 'reading' } | { at: 'refused'; message: string } | { at: 'review'; file: VendorWorkbook; reading: CaiqReading };

/** The assessor's decision on one suggestion: the answer to take (as suggested or edited), or none. */
type Decision = { state: 'open' | 'accepted' | 'rejected'; value: string };

const valueOf = (answer: Answer | undefined) => (answer === undefined ? '' : answer.status === 'na' ? NA : String(answer.value));

/** Reads a vendor's CAIQ and shows what it says about each question that applies; the assessor accepts, edits or rejects each. */
export function CaiqDialog({ data, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const { store } = useApp();
  const language = useUiLanguage();
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [busy, setBusy] = useState(false);
  const entries = new Map(data.entries.map((e) => [e.question.id, e]));

  const read = async (file: File) => {
    setStep({ at: 'reading' });
    const chosen = await readVendorWorkbook(file, t);
    if (!chosen.ok) {
      setStep({ at: 'refused', message: chosen.message });
      return;
    }
    const applicable = new Set(applicableQuestions(data.questionnaire, data.assessment.profile).map((q) => q.id));
    const reading = readCaiqWorkbook(chosen.file.workbook, data.questionnaire, applicable);
    if (reading.kind !== 'caiq') {
      setStep({ at: 'refused', message: t('caiq.notCaiq') });
      return;
    }
    setDecisions(Object.fromEntries(Object.values(reading.suggestions).map((s) => [s.questionId, { state: 'open', value: valueOf(s.suggested) }])));
    setStep({ at: 'review', file: chosen.file, reading });
  };

  const decide = (questionId: string, change: Partial<Decision>) => setDecisions((all) => ({ ...all, [questionId]: { ...all[questionId]!, ...change } }));
  const accepted = Object.entries(decisions).filter(([, d]) => d.state === 'accepted' && d.value !== '');

  const answerFor = (value: string): Answer => (value === NA ? { status: 'na' } : { status: 'answered', value });

  const apply = async () => {
    if (step.at !== 'review') return;
    setBusy(true);
    const result = await applyImported(
      store,
      data.assessment.id,
      accepted.map(([questionId, decision]) => {
        const suggestion = step.reading.suggestions[questionId]!;
        return {
          questionId,
          answer: answerFor(decision.value),
          source: {
            kind: 'caiq' as const,
            fileName: step.file.fileName,
            size: step.file.size,
            sha256: step.file.sha256,
            caiqIds: suggestion.caiqIds,
            ownership: suggestion.ownership,
            quotes: suggestion.quotes.map(({ caiqId, answer, implementation, customerResponsibilities }) => ({
              caiqId,
              answer,
              implementation,
              customerResponsibilities,
            })),
          },
        };
      }),
      t,
    );
    setBusy(false);
    if (!result.ok) {
      setStep({ at: 'refused', message: result.message });
      return;
    }
    toast(t('caiq.applied', { count: result.count }));
    onClose();
  };

  /** The answers a question offers, as a response pack lists them. */
  const choices = (suggestion: CaiqSuggestion) => offeredChoices(entries.get(suggestion.questionId)!.question, language);

  const current = (questionId: string) => {
    const answer = data.rows.get(questionId)?.answer;
    const question = entries.get(questionId)?.question;
    return answer && question ? answerWords(question, answer, language, t) : null;
  };

  const suggestions = step.at === 'review' ? Object.values(step.reading.suggestions) : [];
  const acceptable = suggestions.filter((s) => s.suggested !== undefined);

  return (
    <Dialog
      title={t('caiq.title')}
      onClose={onClose}
      size="wide"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {step.at === 'review' && (
            <button type="button" className="button button-primary" disabled={busy || accepted.length === 0} onClick={() => void apply()}>
              {t('caiq.actions.apply', { count: accepted.length })}
            </button>
          )}
        </>
      }
    >
      <p className="muted">{t('caiq.intro')}</p>
      <div className="field">
        <FileChooser accept={WORKBOOK_ACCEPT} label={t('caiq.choose')} onFile={(file) => void read(file)} />
      </div>
      {step.at === 'reading' && <p role="status">{t('caiq.reading')}</p>}
      {step.at === 'refused' && (
        <p className="field-error" role="alert">
          {step.message}
        </p>
      )}
      {step.at === 'review' && (
        <div className="response-preview" data-testid="caiq-review">
          <p role="status">
            {[
              t('caiq.summary.sheet', { sheet: step.reading.sheet, row: step.reading.headerRow }),
              t('caiq.summary.rows', { count: step.reading.rows }),
              t('caiq.summary.answered', { count: step.reading.answered }),
              t('caiq.summary.unanswered', { count: step.reading.unanswered.length }),
              t('caiq.summary.unmatched', { count: step.reading.unmatched.length }),
              t('caiq.summary.suggestions', { count: suggestions.length }),
            ].join(' · ')}
          </p>
          {suggestions.length === 0 && <p>{t('caiq.summary.none')}</p>}
          {acceptable.length > 0 && (
            <div className="response-bulk">
              <button type="button" className="button" onClick={() => acceptable.forEach((s) => decide(s.questionId, { state: 'accepted' }))}>
                {t('caiq.actions.acceptAll')} ({acceptable.length})
              </button>
              <button type="button" className="button" onClick={() => suggestions.forEach((s) => decide(s.questionId, { state: 'rejected' }))}>
                {t('caiq.actions.rejectAll')}
              </button>
            </div>
          )}
          <ol className="caiq-suggestions">
            {suggestions.map((suggestion) => {
              const entry = entries.get(suggestion.questionId)!;
              const decision = decisions[suggestion.questionId]!;
              const mine = current(suggestion.questionId);
              return (
                <li
                  key={suggestion.questionId}
                  className={`caiq-suggestion caiq-${decision.state}`}
                  data-question={suggestion.questionId}
                  data-decision={decision.state}
                >
                  <p>
                    <strong>{entry.number}</strong> {entry.question.text[language]}
                  </p>
                  <p className="muted">
                    {t('caiq.suggestion.from', { ids: suggestion.caiqIds.join(', ') })} ·{' '}
                    <span className={`badge ownership-${suggestion.ownership}`} title={t(`caiq.ownershipHint.${suggestion.ownership}`)}>
                      {t(`caiq.ownership.${suggestion.ownership}`)}
                    </span>{' '}
                    · {t('caiq.suggestion.verdict')}: <strong>{t(`caiq.verdicts.${suggestion.answer}`)}</strong>
                    {mine && ` · ${t('responsePacks.import.yours')}: ${mine}`}
                  </p>
                  {suggestion.answer === 'partial' && <p>{t('caiq.suggestion.mixed')}</p>}
                  {suggestion.suggested === undefined && (
                    <p>
                      {suggestion.answer === 'na' && entry.question.answer.type === 'yesNo' ? t('caiq.suggestion.naNotAllowed') : t('caiq.suggestion.textOnly')}
                    </p>
                  )}
                  {suggestion.ownership === 'shared' && <p>{t('caiq.suggestion.customerPart')}</p>}
                  {suggestion.ownership === 'csc' && <p>{t('caiq.suggestion.customerOwned')}</p>}
                  <details>
                    <summary>{t('caiq.quote.heading')}</summary>
                    {suggestion.quotes.map((quote) => (
                      <blockquote key={quote.caiqId} className="caiq-quote">
                        <p>
                          <strong>{quote.caiqId}</strong> · {t('caiq.quote.row', { row: quote.row })} · {t(`caiq.answers.${quote.answer}`)} ·{' '}
                          {t(`caiq.ownership.${quote.ownership}`)}
                        </p>
                        <p>{quote.implementation || t('caiq.quote.empty')}</p>
                        {quote.customerResponsibilities && (
                          <p>
                            <em>{t('caiq.quote.customerResponsibilities')}:</em> {quote.customerResponsibilities}
                          </p>
                        )}
                      </blockquote>
                    ))}
                  </details>
                  {suggestion.suggested !== undefined && (
                    <div className="caiq-decision">
                      <label>
                        <span className="visually-hidden">{t('caiq.actions.edit')}</span>
                        <select
                          className="input"
                          value={decision.value}
                          aria-label={`${t('caiq.actions.edit')} ${entry.number}`}
                          onChange={(e) => decide(suggestion.questionId, { value: e.target.value, state: 'accepted' })}
                        >
                          {choices(suggestion).map((c) => (
                            <option key={c.value} value={c.value}>
                              {c.label}
                            </option>
                          ))}
                        </select>
                      </label>
                      {decision.state === 'open' ? (
                        <>
                          <button type="button" className="button button-primary" onClick={() => decide(suggestion.questionId, { state: 'accepted' })}>
                            {t('caiq.actions.accept')}
                          </button>
                          <button type="button" className="button" onClick={() => decide(suggestion.questionId, { state: 'rejected' })}>
                            {t('caiq.actions.reject')}
                          </button>
                        </>
                      ) : (
                        <>
                          <span role="status">{t(`caiq.suggestion.${decision.state}`)}</span>
                          <button type="button" className="button" onClick={() => decide(suggestion.questionId, { state: 'open' })}>
                            {t('caiq.actions.undo')}
                          </button>
                        </>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {step.reading.problems.length > 0 && (
            <details>
              <summary>
                {t('caiq.summary.problems')} ({step.reading.problems.length})
              </summary>
              <ul className="response-list">
                {step.reading.problems.map((p, i) => (
                  <li key={i}>{t(p.key, p.params)}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </Dialog>
  );
}
