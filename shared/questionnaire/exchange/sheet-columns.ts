import type { ColumnNames } from '../../spreadsheet/header-row';

/**
 * The headings of the questionnaire spreadsheet. Assay writes the English heading; on import a column is known
 * by its English or German heading or one of the other names listed, compared without case, spaces or
 * punctuation (header-row.ts), so a buyer may translate, shorten or reorder the headings.
 */
export interface Heading {
  en: string;
  de: string;
  also?: readonly string[];
}

export const questionColumns = {
  id: { en: 'Question ID', de: 'Frage-ID', also: ['ID'] },
  domain: { en: 'Domain', de: 'Domäne', also: ['Domain ID', 'Domänen-ID'] },
  section: { en: 'Section', de: 'Abschnitt', also: ['Section ID', 'Abschnitts-ID'] },
  sectionTitleDe: { en: 'Section title (DE)', de: 'Abschnittstitel (DE)' },
  sectionTitleEn: { en: 'Section title (EN)', de: 'Abschnittstitel (EN)' },
  textDe: { en: 'Question (DE)', de: 'Frage (DE)', also: ['Text (DE)'] },
  textEn: { en: 'Question (EN)', de: 'Frage (EN)', also: ['Text (EN)'] },
  guidanceDe: { en: 'Guidance (DE)', de: 'Hinweise (DE)' },
  guidanceEn: { en: 'Guidance (EN)', de: 'Hinweise (EN)' },
  evidenceDe: { en: 'Evidence (DE)', de: 'Nachweise (DE)' },
  evidenceEn: { en: 'Evidence (EN)', de: 'Nachweise (EN)' },
  remediationDe: { en: 'Remediation (DE)', de: 'Maßnahmen (DE)' },
  remediationEn: { en: 'Remediation (EN)', de: 'Maßnahmen (EN)' },
  type: { en: 'Answer type', de: 'Antworttyp', also: ['Type', 'Typ'] },
  scores: { en: 'Scores', de: 'Punktzahlen', also: ['Scoring', 'Punkte'] },
  optionsDe: { en: 'Answer options (DE)', de: 'Antwortoptionen (DE)', also: ['Options (DE)', 'Optionen (DE)'] },
  optionsEn: { en: 'Answer options (EN)', de: 'Antwortoptionen (EN)', also: ['Options (EN)', 'Optionen (EN)'] },
  unitDe: { en: 'Unit (DE)', de: 'Einheit (DE)' },
  unitEn: { en: 'Unit (EN)', de: 'Einheit (EN)' },
  min: { en: 'Minimum', de: 'Mindestwert', also: ['Min'] },
  max: { en: 'Maximum', de: 'Höchstwert', also: ['Max'] },
  weight: { en: 'Weight', de: 'Gewicht' },
  severity: { en: 'Severity', de: 'Schweregrad' },
  knockouts: { en: 'Knock-out criteria', de: 'K.-o.-Kriterien' },
  references: { en: 'Framework references', de: 'Referenzen', also: ['References', 'Rahmenwerke'] },
  appliesWhen: { en: 'Applies when', de: 'Gilt wenn', also: ['Anwendbar wenn'] },
  allowNotApplicable: { en: 'Allow N/A', de: 'N/A erlaubt', also: ['Not applicable allowed', 'Nicht anwendbar erlaubt'] },
} as const satisfies Record<string, Heading>;
export type QuestionColumn = keyof typeof questionColumns;

export const domainColumns = {
  id: { en: 'Domain ID', de: 'Domänen-ID', also: ['ID'] },
  titleDe: { en: 'Title (DE)', de: 'Titel (DE)' },
  titleEn: { en: 'Title (EN)', de: 'Titel (EN)' },
  descriptionDe: { en: 'Description (DE)', de: 'Beschreibung (DE)' },
  descriptionEn: { en: 'Description (EN)', de: 'Beschreibung (EN)' },
  defaultWeight: { en: 'Default weight', de: 'Standardgewicht' },
} as const satisfies Record<string, Heading>;
export type DomainColumn = keyof typeof domainColumns;

export const knockoutColumns = {
  id: { en: 'Knock-out ID', de: 'K.-o.-ID', also: ['ID'] },
  titleDe: { en: 'Title (DE)', de: 'Titel (DE)' },
  titleEn: { en: 'Title (EN)', de: 'Titel (EN)' },
  rationaleDe: { en: 'Rationale (DE)', de: 'Begründung (DE)' },
  rationaleEn: { en: 'Rationale (EN)', de: 'Begründung (EN)' },
  condition: { en: 'Condition', de: 'Bedingung' },
} as const satisfies Record<string, Heading>;
export type KnockoutColumn = keyof typeof knockoutColumns;

/** The questionnaire's own facts, one per row: the name in the first cell, the value in the next. */
export const metadataKeys = {
  id: { en: 'Questionnaire ID', de: 'Fragenkatalog-ID' },
  version: { en: 'Version', de: 'Version' },
  titleDe: { en: 'Title (DE)', de: 'Titel (DE)' },
  titleEn: { en: 'Title (EN)', de: 'Titel (EN)' },
} as const satisfies Record<string, Heading>;
export type MetadataKey = keyof typeof metadataKeys;

/** The columns a table must have; the others may be left out when no row needs them. */
export const requiredQuestionColumns: readonly QuestionColumn[] = [
  'id',
  'domain',
  'section',
  'sectionTitleDe',
  'sectionTitleEn',
  'textDe',
  'textEn',
  'guidanceDe',
  'guidanceEn',
  'evidenceDe',
  'evidenceEn',
  'remediationDe',
  'remediationEn',
  'type',
  'weight',
  'severity',
  'references',
  'allowNotApplicable',
];

/** What makes a heading row one of these tables rather than another: the columns it must name to be recognised. */
export const recognisedBy = { questions: ['id', 'type'], domains: ['id', 'defaultWeight'], knockouts: ['id', 'condition'] } as const;

/** The sheets Assay writes, the questions first. */
export const sheetNames = { questions: 'Questions', questionnaire: 'Questionnaire', domains: 'Domains', knockouts: 'Knock-out criteria' } as const;
/** The heading row of the sheet of the questionnaire's own facts; it names no table, so a reader passes over it. */
export const metadataHeadings = ['Field', 'Value'] as const;

export function columnNames<K extends string>(columns: Readonly<Record<K, Heading>>): ColumnNames<K> {
  const names = {} as Record<K, readonly string[]>;
  for (const key of Object.keys(columns) as K[]) names[key] = [columns[key].en, columns[key].de, ...(columns[key].also ?? [])];
  return names;
}

export const headingsOf = <K extends string>(columns: Readonly<Record<K, Heading>>): string[] => Object.values<Heading>(columns).map((c) => c.en);
