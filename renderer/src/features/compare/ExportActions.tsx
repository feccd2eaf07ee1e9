import { useId, useState } from 'react';
import { failureMessage } from '../../ui/failure-message';
import { useT } from '../../ui/use-t';
import { download } from '../../ui/download';
import { buildComparisonModel, comparisonFileName, type ComparisonSubjectFacts } from '@shared/compare/build';
import { comparisonCsv, comparisonCsvFileName } from '@shared/compare/csv';
import type { RankEntry, Ranking } from '@shared/compare/rank';
import { compareAnswers } from '@shared/compare/text';
import type { Language } from '@shared/i18n';
import type { Questionnaire } from '@shared/questionnaire/schema';
import { call } from '../../app/api';
import { SigningDialog } from '../identities';
import { useToast } from '../../ui/Toast';
import { useUiLanguage } from '../../ui/use-format';

interface Props {
  entries: RankEntry[];
  subjects: ComparisonSubjectFacts[];
  /** Null while the weights leave every domain at 0: then nothing can be exported. */
  ranking: Ranking | null;
  questionnaire: Questionnaire;
  /** The name of the weights in use in `language`: a preset, a saved profile, or null for custom weights. */
  profileName: (language: Language) => string | null;
}

/** CSV (a download), XLSX and signed PDF (through the Node side); each records the weights in use. */
export function ExportActions({ entries, subjects, ranking, questionnaire, profileName }: Props) {
  const t = useT();
  const language = useUiLanguage();
  const toast = useToast();
  const [signing, setSigning] = useState(false);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const blocked = ranking === null;
  const blockedReason = blocked ? { 'aria-describedby': reasonId } : {};

  const sideBySide = (lang: Language) => ({ subjectIds: entries.map((e) => e.id), rows: compareAnswers(questionnaire, entries, lang) });
  const model = (lang: Language) => {
    if (!ranking) throw new Error('A comparison needs a ranking, and a ranking at least one domain weight above 0');
    return buildComparisonModel({
      language: lang,
      generatedAt: new Date().toISOString(),
      questionnaire,
      ranking,
      subjects,
      answers: sideBySide(lang),
      ...(profileName(lang) ? { weightProfile: profileName(lang)! } : {}),
    });
  };

  const exportCsv = () => {
    if (!ranking) return;
    const csv = comparisonCsv(ranking, ranking.weights, questionnaire, language, sideBySide(language));
    download(comparisonCsvFileName(new Date(), language), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  };

  const exportXlsx = async () => {
    setBusy(true);
    try {
      const outcome = await call('compare:export', { model: model(language), format: 'xlsx', fileName: comparisonFileName(new Date(), language, 'xlsx') });
      if ('refused' in outcome) toast(t('compare.exports.failed', { message: outcome.message }), 'error');
      else if (!('cancelled' in outcome)) toast(t('compare.exports.saved', { path: outcome.path }));
    } catch (error) {
      toast(t('compare.exports.failed', { message: failureMessage(t, error) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="compare-export" role="group" aria-label={t('compare.exports.label')}>
      {blocked ? (
        <p id={reasonId} className="field-error compare-export-note" data-export-blocked>
          {t('compare.exports.needWeight')}
        </p>
      ) : (
        <p className="muted compare-export-note">{t('compare.exports.weightsNote', { profile: profileName(language) ?? t('compare.weights.custom') })}</p>
      )}
      <button type="button" className="button" onClick={exportCsv} disabled={blocked} {...blockedReason} data-export-csv>
        {t('compare.csv.export')}
      </button>
      <button type="button" className="button" onClick={() => void exportXlsx()} disabled={busy || blocked} {...blockedReason} data-export-xlsx>
        {t('compare.exports.xlsx')}
      </button>
      <button type="button" className="button button-primary" onClick={() => setSigning(true)} disabled={blocked} {...blockedReason} data-export-pdf>
        {t('compare.exports.pdf')}
      </button>
      {signing && !blocked && (
        <SigningDialog
          title={{ signed: t('compare.exports.pdfTitle'), unsigned: t('compare.exports.pdfTitleUnsigned') }}
          languageLabel={t('compare.exports.language')}
          workingLabel={t('compare.exports.working')}
          savedMessage={(path, signed) => t(signed ? 'compare.exports.savedSigned' : 'compare.exports.saved', { path })}
          onClose={() => setSigning(false)}
          run={(lang, identity) =>
            call('compare:export', { model: model(lang), format: 'pdf', fileName: comparisonFileName(new Date(), lang, 'pdf'), ...(identity ?? {}) })
          }
        />
      )}
    </div>
  );
}
