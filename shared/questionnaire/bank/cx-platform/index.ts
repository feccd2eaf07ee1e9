import type { QuestionnaireInput } from '../../schema';
import { aiEthics } from './ai-ethics';
import { dataResidency } from './data-residency';
import { governance } from './governance';
import { resilience } from './resilience';
import { security } from './security';

/** "CX platform vendor assessment", version 1.0.0. Released versions are never edited. */
export const cxPlatform: QuestionnaireInput = {
  id: 'cx-platform',
  version: '1.0.0',
  title: { en: 'CX platform vendor assessment', de: 'Bewertung von CX-Plattform-Anbietern' },
  domains: [security, aiEthics, dataResidency, resilience, governance],
  knockouts: [
    {
      id: 'KO-NO-ASSURANCE',
      title: {
        en: 'Neither ISO/IEC 27001 nor SOC 2 Type II',
        de: 'Weder ISO/IEC 27001 noch SOC 2 Typ II',
      },
      rationale: {
        en: 'Without a current certificate or attestation report there is no independent assurance of the vendor’s security controls.',
        de: 'Ohne gültiges Zertifikat oder Prüfbericht gibt es keine unabhängige Bestätigung der Sicherheitskontrollen des Anbieters.',
      },
      when: { all: [{ certificationInvalid: 'SEC-ISO27001' }, { certificationInvalid: 'SEC-SOC2T2' }] },
    },
    {
      id: 'KO-TRAINING-NO-OPT-OUT',
      title: {
        en: 'Customer data trains shared models without opt-out',
        de: 'Kundendaten trainieren gemeinsame Modelle ohne Widerspruchsmöglichkeit',
      },
      rationale: {
        en: 'Conversations and recordings would feed models that serve other customers, and the buyer cannot stop it.',
        de: 'Gespräche und Aufzeichnungen flössen in Modelle, die auch anderen Kunden dienen, ohne dass der Auftraggeber dies unterbinden kann.',
      },
      when: { answer: 'DAT-TRAINING-USE', in: ['noOptOut'] },
    },
    {
      id: 'KO-NO-EU-PROCESSING',
      title: {
        en: 'No EU/EEA processing option although residency is required',
        de: 'Keine Verarbeitung in EU/EWR möglich, obwohl Datenresidenz gefordert ist',
      },
      rationale: {
        en: 'The service profile requires storage and processing inside the EU/EEA; the vendor cannot offer it.',
        de: 'Das Leistungsprofil verlangt Speicherung und Verarbeitung in der EU bzw. im EWR; der Anbieter kann dies nicht bieten.',
      },
      when: { all: [{ profile: { field: 'requiresEuResidency', is: true } }, { answer: 'DAT-EU-PROCESSING', in: ['none'] }] },
    },
    {
      id: 'KO-PAYMENT-WITHOUT-PCI',
      title: {
        en: 'Payment card data without a current PCI DSS attestation',
        de: 'Zahlungskartendaten ohne gültige PCI-DSS-Bestätigung',
      },
      rationale: {
        en: 'Card data in calls or chats may only be handled by a service provider with a current PCI DSS attestation of compliance.',
        de: 'Kartendaten in Anrufen oder Chats darf nur ein Dienstleister mit gültiger PCI-DSS-Konformitätsbestätigung verarbeiten.',
      },
      when: { all: [{ profile: { field: 'dataCategories', includes: ['payment'] } }, { certificationInvalid: 'SEC-PCIDSS' }] },
    },
    {
      id: 'KO-NO-DPA',
      title: {
        en: 'No GDPR Art. 28 processing agreement',
        de: 'Kein Auftragsverarbeitungsvertrag nach Art. 28 DSGVO',
      },
      rationale: {
        en: 'Personal data may not be processed on the buyer’s behalf without a contract meeting GDPR Art. 28.',
        de: 'Ohne Vertrag nach Art. 28 DSGVO dürfen personenbezogene Daten nicht im Auftrag verarbeitet werden.',
      },
      when: { all: [{ profile: { field: 'regulatoryScope', includes: ['gdpr'] } }, { answer: 'DAT-DPA', in: ['no'] }] },
    },
    {
      id: 'KO-AUTONOMOUS-NO-HANDOFF',
      title: {
        en: 'Autonomous AI agent without hand-off to a human',
        de: 'Autonomer KI-Agent ohne Übergabe an einen Menschen',
      },
      rationale: {
        en: 'An AI agent that decides on its own must let the customer reach a human; without it there is no effective oversight.',
        de: 'Ein eigenständig entscheidender KI-Agent muss die Übergabe an einen Menschen ermöglichen; sonst fehlt eine wirksame Aufsicht.',
      },
      when: { all: [{ profile: { field: 'aiAutonomy', in: ['autonomous'] } }, { answer: 'AIE-HUMAN-HANDOFF', in: ['no'] }] },
    },
  ],
};
