import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { responsePackHtml } from '../../electron/services/documents/response-pack/html-form';
import { FORM_SCRIPT } from '../../electron/services/documents/response-pack/form-script';
import { builtInQuestionnaire } from '@shared/questionnaire/bank';
import { problemText } from '@shared/questionnaire/exchange';
import { readAnswersFile } from '@shared/response-pack/answers-file';
import { readResponsePack } from '@shared/response-pack/read';
import { startTags } from '../../scripts/lib/html-tags';
import { SAMPLE_PROFILE } from '../fixtures/sample-comparison';
import { packContext, samplePack } from '../support/response-pack';

const bank = builtInQuestionnaire;
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('the offline answer form', () => {
  const pack = samplePack(bank, SAMPLE_PROFILE, 'de');
  const html = responsePackHtml(pack).toString('utf8');
  const tags = startTags(html);

  it('runs only its own script, by hash, and loads nothing from anywhere', () => {
    const policy = tags.find((tag) => tag.name === 'meta' && tag.attributes['http-equiv'] === 'Content-Security-Policy')?.attributes.content ?? '';
    const hash = createHash('sha256').update(FORM_SCRIPT, 'utf8').digest('base64');
    expect(policy).toBe(`default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'`);
    const scripts = tags.filter((tag) => tag.name === 'script');
    expect(scripts.map((s) => s.attributes.type ?? 'js')).toEqual(['application/json', 'js']);
    expect(scripts[1]!.text).toBe(FORM_SCRIPT);
    expect(tags.filter((tag) => tag.attributes.src !== undefined || (tag.attributes.href !== undefined && tag.name !== 'a'))).toEqual([]);
    expect(tags.some((tag) => Object.keys(tag.attributes).some((name) => name.startsWith('on')))).toBe(false);
  });

  it('carries the pack as data that no text in it can break out of', () => {
    const hostile = {
      ...pack,
      vendor: 'Evil </script><script>alert(1)</script>',
      questions: pack.questions.map((q, i) => (i === 0 ? { ...q, text: '</script><img src=x>' } : q)),
    };
    const page = responsePackHtml(hostile).toString('utf8');
    const scripts = startTags(page).filter((tag) => tag.name === 'script');
    expect(scripts).toHaveLength(2);
    const data = JSON.parse(scripts[0]!.text!);
    expect(data.questions[0].text).toBe('</script><img src=x>');
    expect(data.facts).toEqual(pack.facts);
    expect(startTags(page).some((tag) => tag.name === 'img')).toBe(false);
  });

  it('is in the pack’s language', () => {
    expect(tags.find((tag) => tag.name === 'html')?.attributes.lang).toBe('de');
    expect(html).toContain('Antworten als Datei speichern');
  });
});

describe('an answers file saved by the form', () => {
  const pack = samplePack(bank, SAMPLE_PROFILE, 'en');
  const yesNo = pack.questions.find((q) => q.answer.type === 'list' && !q.certification && q.answer.choices.join() === 'Yes,Partly,No')!;
  const certificate = pack.questions.find((q) => q.certification === 'certificate')!;

  it('reads as the same answers a workbook would give', () => {
    const file = {
      format: 'assay-response',
      formatVersion: 1,
      facts: pack.facts,
      answers: [
        { id: yesNo.id, answer: 'Partly', comment: 'Rolled out to 80 % of tenants.', evidenceRef: 'SSO design, p. 4' },
        { id: certificate.id, certification: true, held: 'Yes', certificateId: 'C-1', issuer: 'Example Cert', issued: '2025-01-15', validUntil: '2028-01-14' },
        { id: 'NOT-A-QUESTION', answer: 'Yes' },
      ],
    };
    const reading = readAnswersFile(encode(file));
    if (!reading.ok) throw new Error(problemText(reading.problem, 'en'));
    const preview = readResponsePack(reading.workbook, packContext(bank, SAMPLE_PROFILE));
    if (!preview.ok) throw new Error(problemText(preview.problem, 'en'));
    expect(preview.added.map((a) => [a.questionId, a.answer, a.comment, a.evidenceRef])).toEqual([
      [yesNo.id, { status: 'answered', value: 'partial' }, 'Rolled out to 80 % of tenants.', 'SSO design, p. 4'],
      [
        certificate.id,
        { status: 'answered', value: { held: 'yes', certificateId: 'C-1', issuer: 'Example Cert', issueDate: '2025-01-15', validUntil: '2028-01-14' } },
        undefined,
        undefined,
      ],
    ]);
    expect(preview.unmatched.map((u) => u.id)).toEqual(['NOT-A-QUESTION']);
  });

  it('refuses what is not one, in words, before anything is read further', () => {
    const key = (data: Uint8Array) => {
      const reading = readAnswersFile(data);
      return reading.ok ? 'read' : reading.problem.key;
    };
    expect(key(new Uint8Array())).toBe('spreadsheets.problems.empty');
    expect(key(encode('{"format": "assay-response", '))).toBe('responsePacks.refusals.notAnswersFile');
    expect(key(encode('['.repeat(100_000)))).toBe('responsePacks.refusals.notAnswersFile');
    expect(key(encode({ format: 'assay-questionnaire' }))).toBe('responsePacks.refusals.notAnswersFile');
    expect(key(encode({ format: 'assay-response', formatVersion: 2, facts: {}, answers: [] }))).toBe('responsePacks.refusals.newerFormat');
    expect(key(encode({ format: 'assay-response', formatVersion: 1, facts: pack.facts, answers: [{ id: 'X', answer: 'y'.repeat(20_001) }] }))).toBe(
      'responsePacks.refusals.notAnswersFile',
    );
    expect(key(encode({ format: 'assay-response', formatVersion: 1, facts: pack.facts, answers: [{ id: 'X', extra: 1 }] }))).toBe(
      'responsePacks.refusals.damagedPack',
    );
    expect(key(new Uint8Array(6 * 1024 * 1024).fill(0x20))).toBe('spreadsheets.problems.tooLarge');
  });

  it('is refused for another assessment, as a workbook is', () => {
    const reading = readAnswersFile(encode({ format: 'assay-response', formatVersion: 1, facts: pack.facts, answers: [] }));
    if (!reading.ok) throw new Error('not read');
    const preview = readResponsePack(reading.workbook, packContext(bank, SAMPLE_PROFILE, {}, 'assessment-2'));
    expect(preview.ok ? '' : preview.problem.key).toBe('responsePacks.refusals.otherAssessment');
  });
});
