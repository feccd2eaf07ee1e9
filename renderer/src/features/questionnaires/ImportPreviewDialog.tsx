import type { Problem } from '@shared/questionnaire/exchange';
import type { ImportPreview } from '../../db/questionnaire-store';
import { Dialog } from '../../ui/Dialog';
import { useUiLanguage } from '../../ui/use-format';
import { useT } from '../../ui/use-t';

function ProblemList({ problems, kind }: { problems: readonly Problem[]; kind: 'problems' | 'warnings' }) {
  const t = useT();
  return (
    <ul className={`questionnaires-problems questionnaires-${kind}`} data-problems={kind}>
      {problems.map((problem, i) => (
        <li key={i}>
          {t(problem.key, problem.params)}
          {problem.path && <span className="muted questionnaires-path"> · {problem.path}</span>}
        </li>
      ))}
    </ul>
  );
}

/** What importing the chosen file would do, before anything is written: its domains and counts, or why it cannot be imported. */
export function ImportPreviewDialog({
  fileName,
  preview,
  onClose,
  onConfirm,
}: {
  fileName: string;
  preview: ImportPreview;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const t = useT();
  const language = useUiLanguage();
  const title = t('questionnaireManager.preview.title', { file: fileName });

  if (preview.status === 'unreadable') {
    return (
      <Dialog
        title={title}
        onClose={onClose}
        footer={
          <button type="button" className="button button-primary" onClick={onClose} autoFocus>
            {t('common.close')}
          </button>
        }
      >
        <div role="alert" data-import-refused>
          <h3>{t('questionnaireManager.preview.problems')}</h3>
          <ProblemList problems={preview.reading.problems} kind="problems" />
          <p>{t('questionnaireManager.preview.nothingWritten')}</p>
        </div>
      </Dialog>
    );
  }

  const { summary, warnings } = preview.reading;
  const importable = preview.status === 'new' && !preview.builtIn;
  const status = preview.builtIn
    ? t('questionnaireManager.preview.builtIn')
    : preview.status === 'conflict'
      ? t('questionnaireManager.preview.conflict', { id: summary.id, version: summary.version })
      : t(preview.status === 'same' ? 'questionnaireManager.preview.same' : 'questionnaireManager.preview.new');

  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={importable ? onConfirm : undefined}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus={!importable}>
            {t(importable ? 'common.cancel' : 'common.close')}
          </button>
          {importable && (
            <button type="submit" className="button button-primary" autoFocus>
              {t('questionnaireManager.preview.confirm')}
            </button>
          )}
        </>
      }
    >
      <div data-import-preview={preview.status}>
        <p>
          <strong>{t('questionnaireManager.preview.summary', { title: summary.title[language], version: summary.version, id: summary.id })}</strong>
        </p>
        <p className="muted">
          {t('questionnaireManager.preview.counts', { domains: summary.domains.length, questions: summary.questions, knockouts: summary.knockouts })}
        </p>
        <table className="table questionnaires-domains">
          <thead>
            <tr>
              <th scope="col">{t('questionnaireManager.preview.domain')}</th>
              <th scope="col" className="numeric">
                {t('questionnaireManager.preview.weight')}
              </th>
              <th scope="col" className="numeric">
                {t('questionnaireManager.preview.questions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.domains.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title[language]}</th>
                <td className="numeric">{d.defaultWeight}</td>
                <td className="numeric">{d.questions}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {warnings.length > 0 && (
          <>
            <h3>{t('questionnaireManager.preview.warnings')}</h3>
            <ProblemList problems={warnings} kind="warnings" />
          </>
        )}
        <p role={importable ? undefined : 'alert'} className={importable ? undefined : 'questionnaires-status'}>
          {status}
        </p>
      </div>
    </Dialog>
  );
}
