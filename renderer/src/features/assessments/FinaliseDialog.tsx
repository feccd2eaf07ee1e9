import { useId, useState } from 'react';
import { useT } from '../../ui/use-t';
import { recommendations, type Recommendation } from '@shared/scoring/types';
import type { ScoringResult } from '@shared/scoring/engine';
import { useApp } from '../../app/context';
import { summaryOf } from '../../db/assessment-summary';
import { RepositoryError } from '../../db';
import { href } from '../../app/router';
import { Dialog } from '../../ui/Dialog';

interface Props {
  assessmentId: string;
  assessor: string;
  result: ScoringResult;
  /** Questions whose typed answer is still an incomplete draft: finalising waits for them. */
  drafts: { questionId: string; number: string }[];
  onClose: () => void;
  onDone: () => void;
}

/** Finalising freezes the assessment; overriding the derived recommendation needs a recorded reason. */
export function FinaliseDialog({ assessmentId, assessor, result, drafts, onClose, onDone }: Props) {
  const t = useT();
  const { store } = useApp();
  const id = useId();
  const derived = result.recommendation.derived;
  const [choice, setChoice] = useState<Recommendation>(derived);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const overriding = choice !== derived;

  const confirm = async () => {
    if (overriding && reason.trim().length < 10) {
      setError(t('assessment.errors.overrideReason'));
      return;
    }
    const override = overriding ? { recommendation: choice, reason: reason.trim(), by: assessor, at: new Date().toISOString() } : undefined;
    const final = { ...result, recommendation: { ...result.recommendation, final: choice } };
    try {
      const questionnaire = await store.questionnaires.load(result.questionnaire);
      const tracking = await store.assessments.findings(assessmentId);
      await store.assessments.finalise(assessmentId, summaryOf(final, questionnaire, tracking), override);
      onDone();
    } catch (e) {
      setError(e instanceof RepositoryError ? t(e.messageKey, e.params) : String(e));
    }
  };

  return (
    <Dialog
      title={t('assessment.finalise.title')}
      onClose={onClose}
      onSubmit={() => void confirm()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={drafts.length > 0}>
            {t('assessment.finalise.confirm')}
          </button>
        </>
      }
    >
      <p>{t('assessment.finalise.body')}</p>
      {drafts.length > 0 && (
        <div className="warning" role="alert" data-finalise-drafts>
          <p>{t('assessment.finalise.drafts', { count: drafts.length })}</p>
          <ul className="inline-list">
            {drafts.map((d) => (
              <li key={d.questionId}>
                <a href={href({ name: 'assessment', assessmentId, questionId: d.questionId })} onClick={onClose}>
                  {d.number}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.completion.unanswered > 0 && <p className="warning">{t('assessment.finalise.incomplete', { count: result.completion.unanswered })}</p>}
      <p>
        {t('assessment.finalise.derived')} <span className={`badge rec-${derived}`}>{t(`risk.recommendation.${derived}`)}</span>
      </p>
      <div className="field">
        <label htmlFor={`${id}-rec`}>{t('assessment.finalise.decision')}</label>
        <select id={`${id}-rec`} className="input" value={choice} onChange={(event) => setChoice(event.target.value as Recommendation)}>
          {recommendations.map((r) => (
            <option key={r} value={r}>
              {t(`risk.recommendation.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {overriding && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('assessment.finalise.reason')}</label>
          <textarea
            id={`${id}-reason`}
            className="input textarea"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
