import { describe, expect, it } from 'vitest';
import { createQuestionnaireCatalog, builtInCatalog } from '../../renderer/src/db/questionnaires';
import { RepositoryError } from '../../renderer/src/db/errors';
import { REPORT_QUESTIONS } from '../../renderer/src/db/migrations/0003-report-period-end';
import { builtInQuestionnaire, questionnaires } from '@shared/questionnaire/bank';
import { builtInQuestionnaires, refKey, type CatalogEntry } from '@shared/questionnaire/catalog';
import type { Questionnaire } from '@shared/questionnaire/schema';

describe('the questionnaire catalog', () => {
  it('lists every questionnaire of the bank, in its order, and loads each as the bank holds it', async () => {
    expect(builtInQuestionnaires.map(refKey)).toEqual(questionnaires.map(refKey));
    const listed = await builtInCatalog.list();
    expect(listed).toEqual(questionnaires);
    expect(listed[listed.length - 1]).toBe(builtInQuestionnaire);
  });

  it('loads a questionnaire once and hands every caller the same one', async () => {
    let loads = 0;
    const entry: CatalogEntry = { id: 'cx-platform', version: '1.0.0', load: async () => (loads++, builtInQuestionnaire) };
    const catalog = createQuestionnaireCatalog([entry]);
    const [a, b] = await Promise.all([catalog.load(entry), catalog.of({ questionnaireId: 'cx-platform', questionnaireVersion: '1.0.0' })]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
  });

  it('refuses a questionnaire it does not have, naming it', async () => {
    const refusal = await builtInCatalog.of({ questionnaireId: 'cx-platform', questionnaireVersion: '9.9.9' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RepositoryError);
    expect(refusal).toMatchObject({ messageKey: 'assessment.errors.unknownQuestionnaire', params: { id: 'cx-platform@9.9.9' } });
  });

  it('tries a failed load again', async () => {
    let attempts = 0;
    const entry: CatalogEntry = {
      id: 'flaky',
      version: '1.0.0',
      load: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('chunk failed to load');
        return builtInQuestionnaire as Questionnaire;
      },
    };
    const catalog = createQuestionnaireCatalog([entry]);
    await expect(catalog.load(entry)).rejects.toThrow('chunk failed to load');
    await expect(catalog.load(entry)).resolves.toBe(builtInQuestionnaire);
  });
});

describe('migration 3 reads the questionnaires as released', () => {
  it('names exactly the report-kind certification questions of each questionnaire released before it', () => {
    for (const questionnaire of questionnaires.filter((q) => q.version === '1.0.0')) {
      const reports = questionnaire.domains
        .flatMap((d) => d.sections.flatMap((s) => s.questions))
        .filter((q) => q.answer.type === 'certification' && q.answer.kind === 'report')
        .map((q) => q.id);
      expect([...REPORT_QUESTIONS[refKey(questionnaire)]!]).toEqual(reports);
    }
  });
});
