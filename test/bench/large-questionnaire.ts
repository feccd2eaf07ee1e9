// A custom questionnaire of 10 domains × 100 questions, as a buyer's own catalogue might be: every answer type with
// its options, framework references and texts in English and German of the length the built-in bank uses. Built
// from the index of each question alone, so every run and both sides of the bench get the same bytes.
import type { z } from 'zod';
import { type answerSpecSchema, questionnaireSchema, type Questionnaire } from '@shared/questionnaire/schema';

export const LARGE_DOMAINS = 10;
export const QUESTIONS_PER_DOMAIN = 100;
const SECTIONS_PER_DOMAIN = 4;

type Pair = readonly [en: string, de: string];
const text = ([en, de]: Pair) => ({ en, de });

const domains: readonly { id: string; prefix: string; title: Pair; topic: Pair; framework: string; refs: readonly string[] }[] = [
  {
    id: 'security',
    prefix: 'SEC',
    title: ['Security and certifications', 'Sicherheit und Zertifizierungen'],
    topic: ['the production platform', 'die Produktionsplattform'],
    framework: 'ISO/IEC 27001:2022',
    refs: ['A.5.15', 'A.5.23', 'A.8.2', 'A.8.5', 'A.8.15', 'A.8.24'],
  },
  {
    id: 'aiEthics',
    prefix: 'AIE',
    title: ['AI ethics and transparency', 'KI-Ethik und Transparenz'],
    topic: ['the AI agent features', 'die KI-Agentenfunktionen'],
    framework: 'EU AI Act',
    refs: ['Art. 9', 'Art. 10', 'Art. 13', 'Art. 14', 'Art. 50'],
  },
  {
    id: 'dataResidency',
    prefix: 'DAT',
    title: ['Data residency and sovereignty', 'Datenresidenz und Souveränität'],
    topic: ['customer data at rest', 'Kundendaten im Ruhezustand'],
    framework: 'GDPR',
    refs: ['Art. 28', 'Art. 32', 'Art. 44', 'Art. 46', 'Art. 49'],
  },
  {
    id: 'resilience',
    prefix: 'RES',
    title: ['Resilience and SLAs', 'Resilienz und SLAs'],
    topic: ['the contact-centre service', 'den Contact-Center-Dienst'],
    framework: 'DORA',
    refs: ['Art. 11', 'Art. 12', 'Art. 19', 'Art. 28', 'Art. 30'],
  },
  {
    id: 'governance',
    prefix: 'GOV',
    title: ['Governance and accountability', 'Governance und Verantwortlichkeit'],
    topic: ['the vendor organisation', 'die Organisation des Anbieters'],
    framework: 'ISO/IEC 42001:2023',
    refs: ['5.1', '5.3', '6.1', '9.2', '9.3'],
  },
  {
    id: 'identity',
    prefix: 'IAM',
    title: ['Identity and access', 'Identitäten und Zugriffe'],
    topic: ['administrative access', 'administrative Zugriffe'],
    framework: 'CSA CCM v4',
    refs: ['IAM-02', 'IAM-05', 'IAM-09', 'IAM-14', 'IAM-16'],
  },
  {
    id: 'supplyChain',
    prefix: 'SUP',
    title: ['Sub-processors and supply chain', 'Unterauftragsverarbeiter und Lieferkette'],
    topic: ['sub-processors', 'Unterauftragsverarbeiter'],
    framework: 'NIS2',
    refs: ['Art. 21(2)(d)', 'Art. 21(3)', 'Art. 22'],
  },
  {
    id: 'incidents',
    prefix: 'INC',
    title: ['Incident response', 'Reaktion auf Sicherheitsvorfälle'],
    topic: ['security incidents', 'Sicherheitsvorfälle'],
    framework: 'NIS2',
    refs: ['Art. 23(1)', 'Art. 23(3)', 'Art. 23(4)'],
  },
  {
    id: 'privacy',
    prefix: 'PRV',
    title: ['Privacy engineering', 'Datenschutz durch Technik'],
    topic: ['call recordings and transcripts', 'Gesprächsaufzeichnungen und Transkripte'],
    framework: 'ISO/IEC 27701:2019',
    refs: ['7.2.1', '7.4.5', '7.4.7', '8.5.2'],
  },
  {
    id: 'payments',
    prefix: 'PAY',
    title: ['Payment data', 'Zahlungsdaten'],
    topic: ['card payments taken in calls', 'in Gesprächen angenommene Kartenzahlungen'],
    framework: 'PCI DSS v4.0',
    refs: ['3.3.1', '3.5.1', '8.4.2', '10.2.1', '12.8.2'],
  },
];

const asks: readonly ((topic: Pair) => Pair)[] = [
  ([en, de]) => [
    `Does the vendor keep a documented, reviewed control for ${en}?`,
    `Verfügt der Anbieter über eine dokumentierte und geprüfte Maßnahme für ${de}?`,
  ],
  ([en, de]) => [`How does the vendor monitor ${en} for unauthorised changes?`, `Wie überwacht der Anbieter ${de} auf unbefugte Änderungen?`],
  ([en, de]) => [`Which safeguards protect ${en} when staff work remotely?`, `Welche Schutzmaßnahmen sichern ${de}, wenn Beschäftigte mobil arbeiten?`],
  ([en, de]) => [`When was the control for ${en} last tested by an independent party?`, `Wann wurde die Maßnahme für ${de} zuletzt unabhängig geprüft?`],
  ([en, de]) => [`Can the customer restrict ${en} to regions of its choice?`, `Kann der Kunde ${de} auf Regionen seiner Wahl beschränken?`],
];
const guidance: Pair = [
  'Ask for the current policy and the most recent review record. A control that exists only on paper scores as partial; look for tickets, logs or audit findings that show it operating over the last twelve months.',
  'Fordern Sie die aktuelle Richtlinie und den letzten Prüfnachweis an. Eine Maßnahme, die nur auf dem Papier besteht, gilt als teilweise erfüllt; achten Sie auf Tickets, Protokolle oder Prüfungsfeststellungen, die ihren Betrieb in den letzten zwölf Monaten belegen.',
];
const evidence: Pair = [
  'A policy excerpt with owner and review date, a screenshot or export of the configuration, and an auditor statement that names the control.',
  'Ein Auszug aus der Richtlinie mit verantwortlicher Stelle und Prüfdatum, ein Screenshot oder Export der Konfiguration sowie eine Prüferaussage, die die Maßnahme benennt.',
];
const remediation: Pair = [
  'Agree a remediation plan with dates in the contract, and review the control again before the service goes live.',
  'Vereinbaren Sie im Vertrag einen Maßnahmenplan mit Terminen und prüfen Sie die Maßnahme vor dem Produktivstart erneut.',
];

const choiceOptions = [
  { id: 'always', label: text(['Always, enforced by the platform', 'Immer, von der Plattform erzwungen']), score: 1 },
  { id: 'configurable', label: text(['Configurable by the customer', 'Vom Kunden konfigurierbar']), score: 0.7 },
  { id: 'onRequest', label: text(['On request, through support', 'Auf Anfrage über den Support']), score: 0.4 },
  { id: 'never', label: text(['Not offered', 'Nicht angeboten']), score: 0 },
];
const regionOptions = [
  { id: 'euCentral', label: text(['EU (Frankfurt)', 'EU (Frankfurt)']), score: 0.4 },
  { id: 'euWest', label: text(['EU (Dublin)', 'EU (Dublin)']), score: 0.3 },
  { id: 'sovereign', label: text(['Sovereign cloud in Germany', 'Souveräne Cloud in Deutschland']), score: 0.5 },
  { id: 'usEast', label: text(['US East', 'USA Ost']), score: 0.1 },
];

/** The answer of question `n`: about half yes/no, the rest spread over every other type. */
function answerOf(n: number): { answer: z.input<typeof answerSpecSchema>; weight: number } {
  switch (n % 20) {
    case 1:
    case 7:
    case 13:
      return { answer: { type: 'choice', options: choiceOptions }, weight: 3 };
    case 3:
    case 15:
      return { answer: { type: 'multiChoice', options: regionOptions }, weight: 2 };
    case 5:
      return {
        answer: {
          type: 'number',
          unit: text(['hours', 'Stunden']),
          min: 0,
          bands: [
            { atMost: 4, score: 1 },
            { atMost: 24, score: 0.5 },
            { atLeast: 24, score: 0 },
          ],
        },
        weight: 2,
      };
    case 9:
      return {
        answer: {
          type: 'date',
          ageBands: [
            { atMost: 365, score: 1 },
            { atMost: 730, score: 0.5 },
          ],
        },
        weight: 1,
      };
    case 11:
      return { answer: { type: 'certification', kind: 'certificate' }, weight: 4 };
    case 17:
      return { answer: { type: 'certification', kind: 'report', reportValidityMonths: 12 }, weight: 4 };
    case 19:
      return { answer: { type: 'text' }, weight: 0 };
    default:
      return { answer: { type: 'yesNo' }, weight: 1 + (n % 5) };
  }
}

const severities = ['low', 'medium', 'high', 'critical'] as const;

function question(domain: (typeof domains)[number], n: number) {
  const [askEn, askDe] = asks[n % asks.length]!(domain.topic);
  const { answer, weight } = answerOf(n);
  const ref = (k: number) => ({ framework: domain.framework, ref: domain.refs[(n + k) % domain.refs.length]! });
  return {
    id: `${domain.prefix}-Q${String(n + 1).padStart(3, '0')}`,
    text: { en: `${askEn} (${n + 1})`, de: `${askDe} (${n + 1})` },
    guidance: text(guidance),
    evidence: text(evidence),
    references: n % 3 === 0 ? [ref(0), ref(1), { framework: 'SOC 2', ref: `CC${(n % 9) + 1}.1` }] : [ref(0)],
    weight,
    answer,
    allowNotApplicable: n % 4 === 0,
    ...(n % 10 === 6 ? { appliesWhen: { field: 'criticality' as const, in: ['high' as const, 'critical' as const] } } : {}),
    severity: severities[n % severities.length]!,
    remediation: text(remediation),
  };
}

/** The questionnaire, parsed through the app's schema so it is what the app itself would hold. */
export function largeQuestionnaire(): Questionnaire {
  const perSection = QUESTIONS_PER_DOMAIN / SECTIONS_PER_DOMAIN;
  return questionnaireSchema.parse({
    id: 'buyer-large',
    version: '1.0.0',
    title: text(['Buyer catalogue for CX platforms', 'Käuferkatalog für CX-Plattformen']),
    domains: domains.slice(0, LARGE_DOMAINS).map((domain, d) => ({
      id: domain.id,
      title: text(domain.title),
      description: text([`Questions about ${domain.topic[0]}.`, `Fragen zu ${domain.topic[1]}.`]),
      defaultWeight: 1 + (d % 3),
      sections: Array.from({ length: SECTIONS_PER_DOMAIN }, (_, s) => ({
        id: `${domain.prefix}-S${s + 1}`,
        title: text([`${domain.title[0]}, part ${s + 1}`, `${domain.title[1]}, Teil ${s + 1}`]),
        questions: Array.from({ length: perSection }, (_, i) => question(domain, s * perSection + i)),
      })),
    })),
    knockouts: [
      {
        id: 'KO-SEC-CERT',
        title: text(['No valid security certificate', 'Kein gültiges Sicherheitszertifikat']),
        rationale: text([
          'Without a valid certificate nothing independent backs the controls.',
          'Ohne gültiges Zertifikat belegt nichts Unabhängiges die Maßnahmen.',
        ]),
        when: { all: [{ certificationInvalid: 'SEC-Q012' }, { certificationInvalid: 'SEC-Q018' }] },
      },
      {
        id: 'KO-DAT-NEVER',
        title: text(['No control over data location', 'Keine Kontrolle über den Datenort']),
        rationale: text(['The customer cannot keep data in the regions it must.', 'Der Kunde kann Daten nicht in den vorgeschriebenen Regionen halten.']),
        when: { answer: 'DAT-Q002', in: ['never'] },
      },
    ],
  });
}
