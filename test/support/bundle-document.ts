import { createHash } from 'node:crypto';
import { ASSESSMENTS_FORMAT, ASSESSMENTS_SCHEMA_VERSION, type AssessmentsDocument } from '@shared/bundle/assessments';
import { ASSESSMENT_EXPORT_FORMAT, type AssessmentExport } from '@shared/report/assessment-export';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { SAMPLE_PROFILE } from '../fixtures/sample-comparison';

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** One assessment as a bundle carries it: of the built-in questionnaire, with the evidence files given. */
export function bundledAssessment(id: string, evidence: { fileName: string; data: Buffer; questionId?: string }[] = []): AssessmentExport {
  return {
    format: ASSESSMENT_EXPORT_FORMAT,
    schemaVersion: 1,
    exportedAt: '2026-12-01T09:00:00.000Z',
    vendor: { name: 'Talkdesk', website: 'https://talkdesk.com', services: ['Cloud contact centre'] },
    assessment: {
      id,
      serviceName: 'Cloud contact centre',
      assessor: 'Robin Sender',
      assessmentDate: '2026-11-20',
      profile: { ...SAMPLE_PROFILE, dataCategories: [...SAMPLE_PROFILE.dataCategories], regulatoryScope: [...SAMPLE_PROFILE.regulatoryScope] },
      questionnaireId: builtInQuestionnaire.id,
      questionnaireVersion: builtInQuestionnaire.version,
      status: 'final',
      revision: 1,
      domainWeights: {},
      finalisedAt: '2026-11-21T10:00:00.000Z',
    },
    answers: [{ questionId: 'SEC-RBAC', answer: { status: 'answered', value: 'yes' }, note: 'Seen in the admin console.' }],
    evidence: evidence.map((file) => ({
      questionId: file.questionId ?? 'SEC-RBAC',
      fileName: file.fileName,
      mediaType: 'application/pdf',
      size: file.data.length,
      sha256: sha256(file.data),
    })),
    findings: [{ findingId: 'M-1', status: 'open', manual: { title: 'Missing DPA annex', severity: 'medium', remediation: 'Sign the annex.' } }],
  };
}

/** A bundle's document of these assessments, all of one vendor. */
export function bundleDocument(assessments: AssessmentExport[], vendorId = '7d1f3a52-3c1e-4c9a-9a55-2f1e0b6c9d01'): AssessmentsDocument {
  return {
    format: ASSESSMENTS_FORMAT,
    schemaVersion: ASSESSMENTS_SCHEMA_VERSION,
    exportedAt: '2026-12-01T09:00:00.000Z',
    vendors: [
      {
        id: vendorId,
        name: 'Talkdesk',
        website: 'https://talkdesk.com',
        services: ['Cloud contact centre'],
        contacts: [{ name: 'Sam Vendor', email: 'sam@talkdesk.example' }],
      },
    ],
    questionnaires: [],
    assessments: assessments.map((content) => ({ vendorId, content })),
  };
}
