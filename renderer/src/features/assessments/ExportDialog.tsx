import { useT } from '../../ui/use-t';
import type { Language } from '@shared/i18n';
import { buildAssessmentExport } from '@shared/report/assessment-export';
import { buildReportModel, reportFileName } from '@shared/report/build';
import { DEFAULT_EXPIRY_WINDOW_DAYS } from '@shared/scoring/engine';
import { call } from '../../app/api';
import { useApp } from '../../app/context';
import { SigningDialog, type Signing } from '../identities';
import type { LoadedAssessment } from './use-assessment';
import { describeProblem } from './history-describe';
import { useDescribe } from './use-history';

interface Props {
  data: LoadedAssessment;
  onClose: () => void;
}

/** Builds the report model and the embedded assessment here; the Node side lays out, signs and saves. */
export function ExportDialog({ data, onClose }: Props) {
  const t = useT();
  const { store } = useApp();
  const describe = useDescribe(data);

  const run = async (language: Language, signing: Signing | null) => {
    const { assessment, vendor, questionnaire, result } = data;
    // A finalised assessment of one's own is checked against its history first, and the report states its last entry.
    const verdict = assessment.status === 'final' && !assessment.received ? await store.history.check(assessment.id) : undefined;
    if (verdict?.problem)
      return {
        refused: 'historyAltered',
        message: t('history.altered.exportRefused', { detail: describeProblem(verdict.problem, verdict.entries, describe) }),
      };
    const last = verdict?.entries.at(-1);
    const history = last && { entries: last.seq, head: last.hash, last };
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
      ...(history && { history: { entries: history.entries, head: history.head } }),
    });
    const exported = buildAssessmentExport({
      exportedAt: new Date().toISOString(),
      vendor,
      assessment,
      answers: rows,
      evidence: data.evidence,
      findings: tracking,
      ...(history && { history }),
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
