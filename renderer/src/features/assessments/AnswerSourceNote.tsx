import type { Question } from '@shared/questionnaire/schema';
import { sameAnswer } from '@shared/response-pack/same-answer';
import type { AnswerSource } from '@shared/response-pack/source';
import type { AnswerRow } from '../../db/database';
import { useApp } from '../../app/context';
import { useFormat, useUiLanguage } from '../../ui/use-format';
import { useT, type Translate } from '../../ui/use-t';
import { answerWords } from './workbook-file';

interface Props {
  question: Question;
  row: AnswerRow | undefined;
  readOnly: boolean;
}

/** What the vendor's file said besides the answer: a pack's comment and evidence, or the CAIQ rows quoted. */
function SourceDetails({ source, t }: { source: AnswerSource; t: Translate }) {
  if (source.kind === 'vendorResponse') {
    return (
      <>
        {source.comment && <p>{t('responsePacks.source.vendorComment', { comment: source.comment })}</p>}
        {source.evidenceRef && <p>{t('responsePacks.source.vendorEvidence', { evidence: source.evidenceRef })}</p>}
      </>
    );
  }
  return (
    <>
      <p>
        <span className={`badge ownership-${source.ownership}`} title={t(`caiq.ownershipHint.${source.ownership}`)}>
          {t('caiq.quote.ownership')}: {t(`caiq.ownership.${source.ownership}`)}
        </span>
      </p>
      <details>
        <summary>{t('caiq.quote.heading')}</summary>
        {source.quotes.map((quote) => (
          <blockquote key={quote.caiqId} className="caiq-quote">
            <p>
              <strong>{quote.caiqId}</strong> · {t(`caiq.answers.${quote.answer}`)}
            </p>
            {quote.implementation && <p>{quote.implementation}</p>}
            {quote.customerResponsibilities && (
              <p>
                <em>{t('caiq.quote.customerResponsibilities')}:</em> {quote.customerResponsibilities}
              </p>
            )}
          </blockquote>
        ))}
      </details>
    </>
  );
}

/** Beside an answer that came from the vendor: which file, what the vendor said, and whether the assessor has reviewed it. */
export function AnswerSourceNote({ question, row, readOnly }: Props) {
  const t = useT();
  const format = useFormat();
  const language = useUiLanguage();
  const { store } = useApp();
  const source = row?.source;
  if (!row || !source) return null;
  const changed = row.answer === null || !sameAnswer(row.answer, source.vendorAnswer);
  const vendorText = answerWords(question, source.vendorAnswer, language, t);
  const state = changed ? 'overridden' : source.confirmedAt ? 'confirmed' : 'unconfirmed';
  const label = source.kind === 'caiq' ? t('responsePacks.source.caiqLabel', { ids: source.caiqIds.join(', ') }) : t('responsePacks.source.label');
  return (
    <aside className={`answer-source answer-source-${state}`} aria-label={label} data-answer-source={state}>
      <p>
        <strong>{label}</strong> · {t('responsePacks.source.detail', { file: source.fileName, date: format.date(source.importedAt) })}
      </p>
      <p>
        {changed
          ? t('responsePacks.source.overridden', { answer: vendorText })
          : t(`responsePacks.source.${state === 'confirmed' ? 'confirmed' : 'unconfirmed'}`)}
      </p>
      <SourceDetails source={source} t={t} />
      {state === 'unconfirmed' && !readOnly && (
        <button type="button" className="button" onClick={() => void store.importedAnswers.confirm(row.assessmentId, row.questionId)}>
          {t('responsePacks.source.confirm')}
        </button>
      )}
    </aside>
  );
}
