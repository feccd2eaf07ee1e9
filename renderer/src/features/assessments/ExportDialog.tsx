import { useT } from '../../ui/use-t';
import type { Language } from '@shared/i18n';
import { buildAssessmentExport } from '@shared/report/assessment-export';
import { buildReportModel, reportFileName } from '@shared/report/build';
import { DEFAULT_EXPIRY_WINDOW_DAYS } from '@shared/scoring/engine';
import { call } from '../../app/api';
import { useApp } from '../../app/context';
import { SigningDialog, type Signing } from '../identities';
import type { LoadedAssessment } from './use-assessment';

interface Props {
  data: LoadedAssessment;
  onClose: () => void;
}

/** Builds the report model and the embedded assessment here; the Node side lays out, signs and saves. */
export function ExportDialog({ data, onClose }: Props) {
  const t = useT();
  const { store } = useApp();

  const run = async (language: Language, signing: Signing | null) => {
    const { assessment, vendor, questionnaire, result } = data;
    const tracking = await store.assessments.findings(assessment.id);
    const rows = [...data.rows.values()];
    const model = buildReportModel({
      language,
      generatedAt: new Date().toISOString(),
      vendor: { name: vendor?.name ?? '—', website: vendor?.website, services: vendor?.services ?? [] },
      assessment,
      questionnaire,
      result,
      answers: Object.fromEntries(rows.map((row) => [row.questionId, { answer: row.answer, note: row.note, source: row.source }])),
      evidence: data.evidence.map((e) => ({ questionId: e.questionId, fileName: e.fileName, size: e.size, sha256: e.sha256 })),
      tracking,
      expiryWindowDays: DEFAULT_EXPIRY_WINDOW_DAYS,
    });
    const exported = buildAssessmentExport({
      exportedAt: new Date().toISOString(),
      vendor,
      assessment,
      answers: rows,
      evidence: data.evidence,
      findings: tracking,
    });
    return call('reports:export', {
      model,
      assessmentJson: JSON.stringify(exported),
      fileName: reportFileName(language, vendor?.name ?? 'vendor', assessment.assessmentDate),
      ...(signing ?? {}),
    });
  };

  return (
    <SigningDialog
      title={{ signed: t('export.title'), unsigned: t('export.titleUnsigned') }}
      languageLabel={t('export.language')}
      workingLabel={t('export.working')}
      savedMessage={(path, signed) => t(signed ? 'export.savedSigned' : 'export.saved', { path })}
      onClose={onClose}
      run={run}
    />
  );
}
