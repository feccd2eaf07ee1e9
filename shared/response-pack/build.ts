import { messages, type Language } from '../i18n';
import { matchesProfile, type ServiceProfile } from '../questionnaire/profile';
import type { Question, Questionnaire } from '../questionnaire/schema';
import { offeredChoices } from './answer-words';
import { RESPONSE_PACK_FORMAT, RESPONSE_PACK_FORMAT_VERSION, type PackAnswer, type PackQuestion, type ResponsePack } from './format';

/**
 * The text whose SHA-256 identifies a pack's question set: each question's id and what its answers can be.
 * Wording may be corrected without changing it; a new option or answer type changes it.
 */
export function questionSetText(questionnaire: Pick<Questionnaire, 'id' | 'version'>, questions: readonly Question[]): string {
  const shape = (q: Question) => {
    const spec = q.answer;
    const options = spec.type === 'choice' || spec.type === 'multiChoice' ? spec.options.map((o) => o.id) : [];
    return [q.id, spec.type, q.allowNotApplicable, options];
  };
  return JSON.stringify([questionnaire.id, questionnaire.version, questions.map(shape)]);
}

function packAnswer(question: Question, language: Language): PackAnswer {
  const spec = question.answer;
  switch (spec.type) {
    case 'yesNo':
    case 'choice':
    case 'certification':
      return { type: 'list', choices: offeredChoices(question, language).map((c) => c.label) };
    case 'multiChoice':
      return { type: 'multiList', choices: offeredChoices(question, language).map((c) => c.label) };
    case 'number':
      return { type: 'number', unit: spec.unit[language], ...(spec.min !== undefined && { min: spec.min }), ...(spec.max !== undefined && { max: spec.max }) };
    case 'date':
      return { type: 'date' };
    case 'text':
      return { type: 'text' };
  }
}

export interface PackRequest {
  packId: string;
  assessmentId: string;
  questionnaire: Questionnaire;
  profile: ServiceProfile;
  /** SHA-256 (hex) of questionSetText() for the questions that apply. */
  questionSetSha256: string;
  language: Language;
  createdAt: string;
  vendor: string;
  buyer: string;
  contact: string;
  deadline?: string;
}

/** A response pack: the questions that apply to the vendor's service profile, in the pack's language. */
export function buildResponsePack(request: PackRequest): ResponsePack {
  const { questionnaire, language } = request;
  const questions: PackQuestion[] = [];
  for (const domain of questionnaire.domains) {
    for (const section of domain.sections) {
      for (const question of section.questions) {
        if (!matchesProfile(question.appliesWhen, request.profile)) continue;
        questions.push({
          id: question.id,
          domain: domain.title[language],
          section: section.title[language],
          text: question.text[language],
          guidance: question.guidance[language],
          evidence: question.evidence[language],
          ...(question.answer.type === 'certification' && { certification: question.answer.kind }),
          answer: packAnswer(question, language),
        });
      }
    }
  }
  return {
    facts: {
      format: RESPONSE_PACK_FORMAT,
      formatVersion: RESPONSE_PACK_FORMAT_VERSION,
      packId: request.packId,
      assessmentId: request.assessmentId,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      questionSetSha256: request.questionSetSha256,
      language,
      createdAt: request.createdAt,
    },
    vendor: request.vendor,
    buyer: request.buyer,
    contact: request.contact,
    ...(request.deadline && { deadline: request.deadline }),
    questionnaireTitle: `${questionnaire.title[language]} ${questionnaire.version}`,
    questions,
  };
}

/** The file name a pack is offered under, as a workbook or as an offline form. */
export function responsePackFileName(vendor: string, language: Language, date: string, format: 'xlsx' | 'html' = 'xlsx'): string {
  const safe =
    vendor
      .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'vendor';
  return `${safe} – ${messages[language].responsePacks.workbook.fileName} ${date}.${format}`;
}
