import { useLiveQuery } from 'dexie-react-hooks';
import { failureMessage } from '../../ui/failure-message';
import { useId, useState } from 'react';
import { QUESTIONNAIRE_FILE_MAX_BYTES, questionnaireCsv, questionnaireSheets } from '@shared/questionnaire/exchange';
import { isWorkbookLike } from '@shared/spreadsheet/file-kind';
import { MAX_SPREADSHEET_BYTES } from '@shared/spreadsheet/limits';
import { call } from '../../app/api';
import { readAsBase64 } from '../../ui/read-file';
import { refKey } from '@shared/questionnaire/catalog';
import { allQuestions } from '@shared/questionnaire/questions';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { useApp } from '../../app/context';
import { RepositoryError } from '../../db';
import type { ImportPreview, QuestionnaireListing, QuestionnaireUpload } from '../../db/questionnaire-store';
import { download } from '../../ui/download';
import { useToast } from '../../ui/Toast';
import { useFormat, useUiLanguage } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import './questionnaires.css';

/** A chosen file, read and judged, waiting for the user to import it or not. */
interface Pending {
  fileName: string;
  upload: QuestionnaireUpload;
  preview: ImportPreview;
}

/** Every questionnaire: the built-in ones and those imported, with import, export as JSON, and retiring. */
export function QuestionnairesPage() {
  const t = useT();
  const { store } = useApp();
  const toast = useToast();
  const language = useUiLanguage();
  const formatDate = useFormat().date;
  const listings = useLiveQuery(() => store.questionnaires.overview(), [store]);
  const [pending, setPending] = useState<Pending | null>(null);
  const inputId = useId();
  const hintId = useId();

  const refusal = (error: unknown) =>
    error instanceof RepositoryError ? t(error.messageKey, error.params) : t('questionnaireManager.errors.failed', { message: failureMessage(t, error) });

  const choose = async (file: File) => {
    if (file.size > MAX_SPREADSHEET_BYTES) {
      toast(t('questionnaireManager.errors.tooLarge', { file: file.name, limit: MAX_SPREADSHEET_BYTES / 1024 / 1024 }), 'error');
      return;
    }
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      let upload: QuestionnaireUpload;
      if (isWorkbookLike(data)) {
        upload = { kind: 'workbook', data, workbook: await call('spreadsheets:read', { fileName: file.name.slice(0, 260), data: await readAsBase64(file) }) };
      } else if (file.size > QUESTIONNAIRE_FILE_MAX_BYTES) {
        toast(t('questionnaireManager.errors.tooLarge', { file: file.name, limit: QUESTIONNAIRE_FILE_MAX_BYTES / 1024 / 1024 }), 'error');
        return;
      } else upload = { kind: 'text', data };
      setPending({ fileName: file.name, upload, preview: await store.questionnaires.preview(upload) });
    } catch (error) {
      toast(refusal(error), 'error');
    }
  };

  const confirm = async ({ fileName, upload }: Pending) => {
    try {
      const ref = await store.questionnaires.importFile(upload, fileName);
      const q = await store.questionnaires.load(ref);
      setPending(null);
      toast(t('questionnaireManager.importedToast', { title: q.title[language], version: q.version }));
    } catch (error) {
      setPending(null);
      toast(refusal(error), 'error');
    }
  };

  const exportCsv = async (q: Questionnaire) => {
    try {
      download(`${q.id}-${q.version}.csv`, new Blob([questionnaireCsv(await store.questionnaires.load(q))], { type: 'text/csv' }));
    } catch (error) {
      toast(refusal(error), 'error');
    }
  };

  const exportXlsx = async (q: Questionnaire) => {
    try {
      const loaded = await store.questionnaires.load(q);
      const result = await call('questionnaires:exportXlsx', {
        model: { title: `${loaded.title[language]} ${loaded.version}`, created: new Date().toISOString(), sheets: questionnaireSheets(loaded) },
        fileName: `${q.id}-${q.version}.xlsx`,
      });
      if ('path' in result) toast(t('questionnaireManager.exportedXlsx', { path: result.path }));
      else if ('refused' in result) toast(t('questionnaireManager.errors.failed', { message: result.message }), 'error');
    } catch (error) {
      toast(refusal(error), 'error');
    }
  };

  const exportJson = async (q: Questionnaire) => {
    try {
      download(`${q.id}-${q.version}.json`, new Blob([await store.questionnaires.fileText(q)], { type: 'application/json' }));
    } catch (error) {
      toast(refusal(error), 'error');
    }
  };

  const setRetired = async (listing: QuestionnaireListing, retired: boolean) => {
    const { questionnaire: q } = listing;
    const names = { title: q.title[language], version: q.version };
    try {
      if (retired) await store.questionnaires.retire(q);
      else await store.questionnaires.restore(q);
      toast(t(retired ? 'questionnaireManager.retiredToast' : 'questionnaireManager.restoredToast', names));
    } catch (error) {
      toast(refusal(error), 'error');
    }
  };

  return (
    <section className="page questionnaires-page" aria-labelledby="questionnaires-title">
      <header className="page-header">
        <div>
          <h1 id="questionnaires-title">{t('questionnaireManager.title')}</h1>
          <p className="page-subtitle">{t('questionnaireManager.subtitle')}</p>
        </div>
        <div className="questionnaires-import">
          <input
            id={inputId}
            type="file"
            accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="visually-hidden"
            aria-describedby={hintId}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared so that choosing the same file again reads it again.
              event.target.value = '';
              if (file) void choose(file);
            }}
          />
          <label htmlFor={inputId} className="button button-primary">
            {t('questionnaireManager.import')}
          </label>
          <p id={hintId} className="field-hint">
            {t('questionnaireManager.importHint')}
          </p>
        </div>
      </header>

      {listings === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <div className="card">
          <table className="table questionnaires-table">
            <caption className="visually-hidden">{t('questionnaireManager.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('questionnaireManager.table.title')}</th>
                <th scope="col">{t('questionnaireManager.table.version')}</th>
                <th scope="col" className="numeric">
                  {t('questionnaireManager.table.domains')}
                </th>
                <th scope="col" className="numeric">
                  {t('questionnaireManager.table.questions')}
                </th>
                <th scope="col">{t('questionnaireManager.table.source')}</th>
                <th scope="col">{t('questionnaireManager.table.use')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('questionnaireManager.table.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listings.map((listing) => {
                const { questionnaire: q } = listing;
                const names = { title: q.title[language], version: q.version };
                return (
                  <tr key={refKey(q)} data-questionnaire={refKey(q)} data-retired={listing.retired || undefined}>
                    <th scope="row">
                      {q.title[language]}
                      {listing.retired && <span className="badge questionnaires-retired">{t('questionnaireManager.retired')}</span>}
                    </th>
                    <td>{q.version}</td>
                    <td className="numeric">{q.domains.length}</td>
                    <td className="numeric">{allQuestions(q).length}</td>
                    <td>
                      {listing.source === 'builtIn'
                        ? t('questionnaireManager.builtIn')
                        : t('questionnaireManager.importedOn', { date: formatDate(listing.importedAt!.slice(0, 10)), file: listing.fileName ?? '' })}
                    </td>
                    <td>{t('questionnaireManager.assessments', { count: listing.assessments })}</td>
                    <td className="questionnaires-actions">
                      <span className="questionnaires-export">
                        <span className="muted">{t('questionnaireManager.exportAs')}</span>
                        <button
                          type="button"
                          className="button button-ghost"
                          aria-label={t('questionnaireManager.exportLabel', names)}
                          onClick={() => void exportJson(q)}
                        >
                          {t('questionnaireManager.export')}
                        </button>
                        <button
                          type="button"
                          className="button button-ghost"
                          aria-label={t('questionnaireManager.exportXlsxLabel', names)}
                          onClick={() => void exportXlsx(q)}
                        >
                          {t('questionnaireManager.exportXlsx')}
                        </button>
                        <button
                          type="button"
                          className="button button-ghost"
                          aria-label={t('questionnaireManager.exportCsvLabel', names)}
                          onClick={() => void exportCsv(q)}
                        >
                          {t('questionnaireManager.exportCsv')}
                        </button>
                      </span>
                      {listing.source === 'imported' && (
                        <button
                          type="button"
                          className="button button-ghost"
                          aria-label={t(listing.retired ? 'questionnaireManager.restoreLabel' : 'questionnaireManager.retireLabel', names)}
                          onClick={() => void setRetired(listing, !listing.retired)}
                        >
                          {t(listing.retired ? 'questionnaireManager.restore' : 'questionnaireManager.retire')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {pending && (
        <ImportPreviewDialog fileName={pending.fileName} preview={pending.preview} onClose={() => setPending(null)} onConfirm={() => void confirm(pending)} />
      )}
    </section>
  );
}
