import type { Question } from '@shared/questionnaire/schema';
import { answerValueText } from '@shared/questionnaire/answer-text';
import { sameAnswer } from '@shared/response-pack/same-answer';
import type { AnswerRow } from '../../db/database';
import { useApp } from '../../app/context';
import { useFormat, useUiLanguage } from '../../ui/use-format';
import { useT } from '../../ui/use-t';

interface Props {
  question: Question;
  row: AnswerRow | undefined;
  readOnly: boolean;
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
  const vendorText =
    source.vendorAnswer.status === 'na'
      ? t('assessment.answer.na')
      : answerValueText(question, source.vendorAnswer.value, language, (record) => t(`responsePacks.workbook.heldValues.${record.held}`));
  const state = changed ? 'overridden' : source.confirmedAt ? 'confirmed' : 'unconfirmed';
  return (
    <aside className={`answer-source answer-source-${state}`} aria-label={t('responsePacks.source.label')} data-answer-source={state}>
      <p>
        <strong>{t('responsePacks.source.label')}</strong> · {t('responsePacks.source.detail', { file: source.fileName, date: format.date(source.importedAt) })}
      </p>
      <p>
        {changed
          ? t('responsePacks.source.overridden', { answer: vendorText })
          : t(`responsePacks.source.${state === 'confirmed' ? 'confirmed' : 'unconfirmed'}`)}
      </p>
      {source.comment && <p>{t('responsePacks.source.vendorComment', { comment: source.comment })}</p>}
      {source.evidenceRef && <p>{t('responsePacks.source.vendorEvidence', { evidence: source.evidenceRef })}</p>}
      {state === 'unconfirmed' && !readOnly && (
        <button type="button" className="button" onClick={() => void store.vendorResponses.confirm(row.assessmentId, row.questionId)}>
          {t('responsePacks.source.confirm')}
        </button>
      )}
    </aside>
  );
}
