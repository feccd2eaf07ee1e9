import { useId, useState } from 'react';
import type { Answer } from '@shared/questionnaire/answers';
import type { Problem } from '@shared/questionnaire/exchange';
import { questionSetText } from '@shared/response-pack/build';
import { applicableQuestions } from '@shared/questionnaire/questions';
import { readResponsePack, type PackPreview, type VendorAnswer } from '@shared/response-pack/read';
import type { Question } from '@shared/questionnaire/schema';
import { isMessageKey } from '@shared/i18n/keys';
import { useApp } from '../../app/context';
import { answerMap, sha256Hex } from '../../db/assessments';
import { Dialog } from '../../ui/Dialog';
import { FileChooser } from '../../ui/FileChooser';
import { ANSWERS_FILE_ACCEPT, answerWords, applyImported, readVendorWorkbook, WORKBOOK_ACCEPT, type VendorWorkbook } from './workbook-file';
import { useToast } from '../../ui/Toast';
import { useFormat, useUiLanguage } from '../../ui/use-format';
import { useT, type Translate } from '../../ui/use-t';
import type { LoadedAssessment } from './use-assessment';

interface Props {
  data: LoadedAssessment;
  onClose: () => void;
}

type Step = { at: 'choose' } | { at: 'reading' } | { at: 'refused'; message: string } | { at: 'preview'; file: VendorWorkbook; preview: PackPreview };

/** A problem in words; a nested message (a certification's date rule) is translated first. */
export function problemWords(t: Translate, problem: Problem): string {
  const params = { ...problem.params };
  if (typeof params.problem === 'string' && isMessageKey(params.problem)) params.problem = t(params.problem);
  return t(problem.key, params);
}

/** Reads a vendor's filled workbook, shows what importing it would change, and applies the assessor's choice in one go. */
export function VendorResponseDialog({ data, onClose }: Props) {
  const t = useT();
  const toast = useToast();
  const { store } = useApp();
  const language = useUiLanguage();
  const format = useFormat();
  const inputId = useId();
  const [step, setStep] = useState<Step>({ at: 'choose' });
  /** Per differing question: whether to take the vendor's answer. */
  const [takeVendor, setTakeVendor] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);
  const questions = new Map(data.entries.map((e) => [e.question.id, e]));

  const answerText = (question: Question, answer: Answer) => answerWords(question, answer, language, t);

  const read = async (file: File) => {
    setStep({ at: 'reading' });
    const chosen = await readVendorWorkbook(file, t, true);
    if (!chosen.ok) {
      setStep({ at: 'refused', message: chosen.message });
      return;
    }
    const { assessment, questionnaire } = data;
    const asked = applicableQuestions(questionnaire, assessment.profile);
    const preview = readResponsePack(chosen.file.workbook, {
      assessmentId: assessment.id,
      questionnaire,
      applicable: new Set(asked.map((q) => q.id)),
      questionSetSha256: await sha256Hex(new Blob([questionSetText(questionnaire, asked)])),
      current: answerMap([...data.rows.values()]),
    });
    if (!preview.ok) {
      setStep({ at: 'refused', message: problemWords(t, preview.problem) });
      return;
    }
    setTakeVendor(Object.fromEntries(preview.conflicts.map((c) => [c.questionId, false])));
    setStep({ at: 'preview', file: chosen.file, preview });
  };

  const chosen = (preview: PackPreview): VendorAnswer[] => [...preview.added, ...preview.conflicts.filter((c) => takeVendor[c.questionId])];

  const apply = async () => {
    if (step.at !== 'preview') return;
    setBusy(true);
    const { file, preview } = step;
    const result = await applyImported(
      store,
      data.assessment.id,
      chosen(preview).map((given) => ({
        questionId: given.questionId,
        answer: given.answer,
        source: {
          kind: 'vendorResponse',
          fileName: file.fileName,
          size: file.size,
          sha256: file.sha256,
          packId: preview.facts.packId,
          ...(given.comment && { comment: given.comment }),
          ...(given.evidenceRef && { evidenceRef: given.evidenceRef }),
        },
      })),
      t,
    );
    setBusy(false);
    if (!result.ok) {
      setStep({ at: 'refused', message: result.message });
      return;
    }
    toast(t('responsePacks.import.applied', { count: result.count }));
    onClose();
  };

  const label = (id: string) => {
    const entry = questions.get(id);
    return entry ? `${entry.number} ${entry.question.text[language]}` : id;
  };
  const count = step.at === 'preview' ? chosen(step.preview).length : 0;

  return (
    <Dialog
      title={t('responsePacks.import.title')}
      onClose={onClose}
      size="wide"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {step.at === 'preview' && (
            <button type="button" className="button button-primary" disabled={busy || count === 0} onClick={() => void apply()}>
              {count === 0 ? t('responsePacks.import.nothing') : t('responsePacks.import.apply', { count })}
            </button>
          )}
        </>
      }
    >
      <div className="field">
        <FileChooser accept={`${WORKBOOK_ACCEPT},${ANSWERS_FILE_ACCEPT}`} label={t('responsePacks.import.choose')} onFile={(file) => void read(file)} />
      </div>
      {step.at === 'reading' && <p role="status">{t('responsePacks.import.reading')}</p>}
      {step.at === 'refused' && (
        <p className="field-error" role="alert">
          {step.message}
        </p>
      )}
      {step.at === 'preview' && (
        <div className="response-preview" data-testid="response-preview">
          <p>
            <strong>{step.file.fileName}</strong> ·{' '}
            {t('responsePacks.import.received', { vendor: data.vendor?.name ?? '—', date: format.date(step.preview.facts.createdAt) })}
          </p>
          <p role="status">
            {t('responsePacks.import.summary', {
              rows: step.preview.rows,
              added: step.preview.added.length,
              conflicts: step.preview.conflicts.length,
              same: step.preview.same.length,
              blank: step.preview.blank.length,
            })}
          </p>
          {step.preview.warnings.map((w) => (
            <p key={w.key} className="banner" role="note">
              {problemWords(t, w)}
            </p>
          ))}
          {step.preview.conflicts.length > 0 && (
            <section aria-labelledby={`${inputId}-conflicts`}>
              <h3 id={`${inputId}-conflicts`}>{t('responsePacks.import.conflicts')}</h3>
              <p className="muted">{t('responsePacks.import.conflictHint')}</p>
              <div className="response-bulk">
                <button type="button" className="button" onClick={() => setTakeVendor((all) => Object.fromEntries(Object.keys(all).map((k) => [k, false])))}>
                  {t('responsePacks.import.keepAllMine')}
                </button>
                <button type="button" className="button" onClick={() => setTakeVendor((all) => Object.fromEntries(Object.keys(all).map((k) => [k, true])))}>
                  {t('responsePacks.import.takeAllVendor')}
                </button>
              </div>
              <table className="table response-conflicts">
                <thead>
                  <tr>
                    <th scope="col">{t('responsePacks.import.question')}</th>
                    <th scope="col">{t('responsePacks.import.yours')}</th>
                    <th scope="col">{t('responsePacks.import.vendors')}</th>
                  </tr>
                </thead>
                <tbody>
                  {step.preview.conflicts.map((c) => {
                    const question = questions.get(c.questionId)!.question;
                    return (
                      <tr key={c.questionId} data-question={c.questionId}>
                        <th scope="row">{label(c.questionId)}</th>
                        <td>
                          <label>
                            <input
                              type="radio"
                              name={`${inputId}-${c.questionId}`}
                              checked={!takeVendor[c.questionId]}
                              onChange={() => setTakeVendor((all) => ({ ...all, [c.questionId]: false }))}
                            />{' '}
                            {answerText(question, c.current)}
                          </label>
                        </td>
                        <td>
                          <label>
                            <input
                              type="radio"
                              name={`${inputId}-${c.questionId}`}
                              checked={takeVendor[c.questionId] === true}
                              onChange={() => setTakeVendor((all) => ({ ...all, [c.questionId]: true }))}
                            />{' '}
                            {answerText(question, c.answer)}
                          </label>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          )}
          {step.preview.added.length > 0 && (
            <details>
              <summary>
                {t('responsePacks.import.newAnswers')} ({step.preview.added.length})
              </summary>
              <ul className="response-list">
                {step.preview.added.map((a) => (
                  <li key={a.questionId}>
                    {label(a.questionId)}: <strong>{answerText(questions.get(a.questionId)!.question, a.answer)}</strong>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {step.preview.blank.length > 0 && (
            <details>
              <summary>
                {t('responsePacks.import.blank')} ({step.preview.blank.length})
              </summary>
              <ul className="response-list">
                {step.preview.blank.map((b) => (
                  <li key={b.questionId}>{label(b.questionId)}</li>
                ))}
              </ul>
            </details>
          )}
          {step.preview.unmatched.length > 0 && (
            <details>
              <summary>
                {t('responsePacks.import.unmatched')} ({step.preview.unmatched.length})
              </summary>
              <ul className="response-list">
                {step.preview.unmatched.map((u) => (
                  <li key={`${u.row}-${u.id}`}>{`${u.row}: ${u.id}`}</li>
                ))}
              </ul>
            </details>
          )}
          {step.preview.problems.length > 0 && (
            <section aria-labelledby={`${inputId}-problems`}>
              <h3 id={`${inputId}-problems`}>{t('responsePacks.import.problems')}</h3>
              <ul className="response-list response-problems" data-testid="response-problems">
                {step.preview.problems.map((p, i) => (
                  <li key={i}>{problemWords(t, p)}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </Dialog>
  );
}
