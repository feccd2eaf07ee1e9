// Shared by the page modules that exercise the repositories: one intake, and how a refused write is told.
import { RepositoryError } from '../../../renderer/src/db/errors';

/** The intake the page modules start their assessments with. */
export const sampleSetup = {
  serviceName: 'Contact centre',
  assessor: 'Alex Example',
  assessmentDate: '2026-03-02',
  profile: {
    dataCategories: ['personal' as const],
    aiAutonomy: 'none' as const,
    criticality: 'medium' as const,
    regulatoryScope: ['gdpr' as const],
    sector: 'retail' as const,
    requiresEuResidency: false,
  },
};

/** "ok", or a refusal as its code and message key; anything else thrown is unexpected. */
export async function outcome(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
    return 'ok';
  } catch (error) {
    return error instanceof RepositoryError ? `${error.code} ${error.messageKey}` : `unexpected: ${String(error)}`;
  }
}
