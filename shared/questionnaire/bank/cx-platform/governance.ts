import type { DomainInput } from '../../schema';

/**
 * Governance and accountability: who at the vendor owns security, privacy and
 * responsible AI, how that ownership is overseen, and which contractual and
 * financial commitments back it up.
 */
export const governance: DomainInput = {
  id: 'governance',
  title: { en: 'Governance and accountability', de: 'Governance und Verantwortlichkeit' },
  description: {
    en: 'Whether the vendor\'s leadership genuinely owns security, privacy and the responsible use of AI, how roles and oversight are organised, how suppliers and regulatory change are managed, and which contractual and financial commitments stand behind the service.',
    de: 'Ob die Leitung des Anbieters Informationssicherheit, Datenschutz und den verantwortungsvollen KI-Einsatz tatsächlich verantwortet, wie Rollen und Aufsicht organisiert sind, wie Lieferanten und regulatorische Änderungen gesteuert werden und welche vertraglichen und finanziellen Zusagen hinter dem Dienst stehen.',
  },
  defaultWeight: 2,
  sections: [
    {
      id: 'GOV-S-LEADERSHIP',
      title: { en: 'Leadership, roles and oversight', de: 'Leitung, Rollen und Aufsicht' },
      questions: [
        {
          id: 'GOV-EXEC-SPONSOR',
          text: {
            en: 'Has the vendor named a member of its executive leadership who is accountable for security, privacy and the responsible use of AI in the contact-centre platform, and is that accountability written down in a charter, management resolution or role description?',
            de: 'Hat der Anbieter ein Mitglied der Geschäftsleitung benannt, das für Informationssicherheit, Datenschutz und den verantwortungsvollen KI-Einsatz in der Contact-Center-Plattform verantwortlich ist, und ist diese Verantwortung in einer Geschäftsordnung, einem Leitungsbeschluss oder einer Rollenbeschreibung festgehalten?',
          },
          guidance: {
            en: 'When recordings, chat transcripts or decisions of an AI agent cause harm, someone at the top has to own the consequences and the budget to put things right. Only a named individual at C-level or management-board level is a full answer; a committee or an "everyone is responsible" statement is partial at best.',
            de: 'Wenn Gesprächsaufzeichnungen, Chatverläufe oder Entscheidungen eines KI-Agenten Schaden anrichten, muss auf oberster Ebene jemand die Folgen und die Mittel zur Behebung verantworten. Vollständig erfüllt ist die Anforderung nur mit einer namentlich benannten Person auf Vorstands- oder Geschäftsführungsebene; ein Gremium oder die Aussage „alle sind verantwortlich“ genügt allenfalls teilweise.',
          },
          evidence: {
            en: 'Organisation chart showing the accountable executive; the board or management resolution, charter or role description assigning the responsibility; that executive\'s approval signature on the information security, privacy and AI policies.',
            de: 'Organigramm mit der verantwortlichen Führungskraft; Vorstands- oder Geschäftsführungsbeschluss, Geschäftsordnung oder Rollenbeschreibung mit der Zuweisung der Verantwortung; Freigabevermerk dieser Person auf den Richtlinien zu Informationssicherheit, Datenschutz und KI.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: '5.1' },
            { framework: 'ISO/IEC 42001:2023', ref: '5.1' },
            { framework: 'NIS2', ref: 'Art. 20' },
            { framework: 'NIST AI RMF 1.0', ref: 'GOVERN 2.3' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require the vendor to name the accountable executive in the contract or an annex, to notify you of any change in that role within 30 days, and to give you a documented escalation path to that person.',
            de: 'Verlangen Sie, dass der Anbieter die verantwortliche Führungskraft im Vertrag oder in einer Anlage benennt, einen Wechsel in dieser Funktion innerhalb von 30 Tagen mitteilt und Ihnen einen dokumentierten Eskalationsweg zu dieser Person einräumt.',
          },
        },
        {
          id: 'GOV-BOARD-REPORTING',
          text: {
            en: 'How often does the vendor\'s board or equivalent supervisory body receive a formal report on security, privacy and AI risk?',
            de: 'Wie häufig erhält das oberste Leitungs- oder Aufsichtsorgan des Anbieters einen förmlichen Bericht über Risiken in Informationssicherheit, Datenschutz und KI?',
          },
          guidance: {
            en: 'Regular board reporting shows that risk in the CX platform competes for attention and funding at the top, not only inside the security team. Quarterly reporting with metrics (incidents, open audit findings, problems with AI models) is good practice; reporting only after incidents is a warning sign.',
            de: 'Regelmäßige Berichte an das oberste Organ zeigen, dass Risiken der CX-Plattform auf höchster Ebene um Aufmerksamkeit und Mittel konkurrieren und nicht nur im Sicherheitsteam behandelt werden. Gute Praxis ist ein vierteljährlicher Bericht mit Kennzahlen (Vorfälle, offene Prüfungsfeststellungen, Auffälligkeiten bei KI-Modellen); Berichte nur nach Vorfällen sind ein Warnsignal.',
          },
          evidence: {
            en: 'Meeting calendar of the board or audit committee, redacted agendas and minute extracts showing security, privacy and AI items, and a sample of the risk report presented.',
            de: 'Sitzungskalender des Aufsichtsorgans oder Prüfungsausschusses, geschwärzte Tagesordnungen und Protokollauszüge mit Punkten zu Sicherheit, Datenschutz und KI sowie ein Muster des vorgelegten Risikoberichts.',
          },
          references: [
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC1.2' },
            { framework: 'ISO/IEC 27001:2022', ref: '9.3' },
            { framework: 'BSI C5:2020', ref: 'COM-04' },
            { framework: 'NIS2', ref: 'Art. 20' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              { id: 'atLeastQuarterly', label: { en: 'Quarterly or more often', de: 'Mindestens vierteljährlich' }, score: 1 },
              { id: 'semiAnnually', label: { en: 'Twice a year', de: 'Halbjährlich' }, score: 0.7 },
              { id: 'annually', label: { en: 'Once a year', de: 'Jährlich' }, score: 0.4 },
              { id: 'adHocOrNever', label: { en: 'Only after incidents, or not at all', de: 'Nur anlassbezogen nach Vorfällen oder gar nicht' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Obtain a contractual commitment that material risks affecting your service are reported to the vendor\'s board at least twice a year, and ask for an annual executive summary of that reporting.',
            de: 'Lassen Sie sich vertraglich zusichern, dass wesentliche Risiken für Ihren Dienst mindestens halbjährlich an das oberste Organ des Anbieters berichtet werden, und fordern Sie jährlich eine Zusammenfassung dieser Berichte für Ihre Leitungsebene an.',
          },
        },
        {
          id: 'GOV-CISO',
          text: {
            en: 'Does the vendor have a dedicated Chief Information Security Officer (or equivalent role) whose reporting line is independent of IT operations and product delivery?',
            de: 'Verfügt der Anbieter über eine hauptamtliche Leitung der Informationssicherheit (CISO oder gleichwertige Funktion), deren Berichtslinie vom IT-Betrieb und von der Produktentwicklung unabhängig ist?',
          },
          guidance: {
            en: 'A CISO who reports to the head of engineering can be overruled whenever security would delay a release of new telephony or AI features. Look for a direct line to the CEO, the board or the risk function and the authority to stop a go-live; a part-time role combined with IT operations counts as partial.',
            de: 'Eine Sicherheitsleitung, die an die Entwicklungsleitung berichtet, kann überstimmt werden, sobald Sicherheitsbelange die Einführung neuer Telefonie- oder KI-Funktionen verzögern. Achten Sie auf eine direkte Berichtslinie zur Unternehmensleitung, zum Aufsichtsorgan oder zur Risikofunktion sowie auf die Befugnis, eine Inbetriebnahme zu stoppen; eine Teilzeitrolle in Personalunion mit dem IT-Betrieb gilt als teilweise erfüllt.',
          },
          evidence: {
            en: 'Organisation chart, the CISO role description with decision rights, and an example of escalation to executive management, such as a risk acceptance signed above the CISO.',
            de: 'Organigramm, Rollenbeschreibung der Sicherheitsleitung mit Entscheidungsbefugnissen und ein Beispiel für eine Eskalation an die Geschäftsleitung, etwa eine oberhalb der Sicherheitsleitung unterzeichnete Risikoakzeptanz.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: '5.3' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.2' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC1.3' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require the vendor to keep an independent security leadership role filled for the term of the contract, to name a security contact for your account, and to tell you if the role stays vacant for more than 60 days.',
            de: 'Verlangen Sie, dass der Anbieter die unabhängige Sicherheitsleitung während der gesamten Vertragslaufzeit besetzt hält, Ihnen eine Ansprechperson für Sicherheitsfragen benennt und Sie informiert, wenn die Stelle länger als 60 Tage unbesetzt bleibt.',
          },
        },
        {
          id: 'GOV-DPO',
          text: {
            en: 'What is the status of the vendor\'s data protection officer under GDPR Art. 37–39, including the officer\'s involvement in decisions on new processing such as call analytics or AI features?',
            de: 'Wie ist die Funktion des Datenschutzbeauftragten beim Anbieter nach Art. 37–39 DSGVO ausgestaltet, auch im Hinblick auf seine Einbindung in Entscheidungen über neue Verarbeitungen wie Gesprächsanalysen oder KI-Funktionen?',
          },
          guidance: {
            en: 'A CX platform processes large volumes of customer conversations, often including recordings and voice data, so most vendors will be required to designate a DPO. The DPO must be independent, adequately resourced and consulted before new processing goes live; a name on the website without real involvement is not enough.',
            de: 'Eine CX-Plattform verarbeitet große Mengen an Kundengesprächen, häufig einschließlich Aufzeichnungen und Stimmdaten; die meisten Anbieter sind daher zur Benennung eines Datenschutzbeauftragten verpflichtet. Dieser muss unabhängig und angemessen ausgestattet sein und vor dem Start neuer Verarbeitungen beteiligt werden; ein Name auf der Website ohne tatsächliche Einbindung genügt nicht.',
          },
          evidence: {
            en: 'Published DPO contact details, the notification to the lead supervisory authority, evidence of the DPO\'s reporting line to top management, and records of the DPO\'s opinion on data protection impact assessments for recent features.',
            de: 'Veröffentlichte Kontaktdaten des Datenschutzbeauftragten, Mitteilung an die federführende Aufsichtsbehörde, Nachweis der Berichtslinie zur obersten Leitung sowie dokumentierte Stellungnahmen des Datenschutzbeauftragten zu Datenschutz-Folgenabschätzungen für neue Funktionen.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 37' },
            { framework: 'GDPR', ref: 'Art. 38' },
            { framework: 'GDPR', ref: 'Art. 39' },
            { framework: 'BDSG', ref: '§ 38' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'designatedInvolved',
                label: {
                  en: 'DPO designated and published, and demonstrably involved before new processing starts',
                  de: 'Datenschutzbeauftragter benannt und veröffentlicht, nachweislich vor neuen Verarbeitungen eingebunden',
                },
                score: 1,
              },
              {
                id: 'designatedOnly',
                label: {
                  en: 'DPO designated, but involvement in product decisions not evidenced',
                  de: 'Datenschutzbeauftragter benannt, Einbindung in Produktentscheidungen jedoch nicht belegt',
                },
                score: 0.6,
              },
              {
                id: 'privacyLeadOnly',
                label: { en: 'No formal DPO; only a privacy lead is named', de: 'Kein förmlich benannter Datenschutzbeauftragter; nur eine Ansprechperson für Datenschutz' },
                score: 0.3,
              },
              { id: 'none', label: { en: 'No DPO and no privacy lead', de: 'Weder Datenschutzbeauftragter noch Ansprechperson für Datenschutz' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: { field: 'regulatoryScope', includes: ['gdpr'] },
          severity: 'high',
          remediation: {
            en: 'Name the vendor\'s DPO as a contact in the data processing agreement, require the DPO to be involved when changes affect your data, and, if no DPO is designated, ask for the vendor\'s written reasoning under Art. 37 GDPR.',
            de: 'Nehmen Sie den Datenschutzbeauftragten des Anbieters als Ansprechpartner in den Auftragsverarbeitungsvertrag auf, verlangen Sie seine Beteiligung bei Änderungen, die Ihre Daten betreffen, und lassen Sie sich – falls niemand benannt ist – die Begründung nach Art. 37 DSGVO schriftlich darlegen.',
          },
        },
        {
          id: 'GOV-AI-LEAD',
          text: {
            en: 'Has the vendor appointed an AI governance lead with the authority to pause, restrict or withdraw AI features (such as virtual agents, agent assist or automatic summaries) when they pose unacceptable risk?',
            de: 'Hat der Anbieter eine verantwortliche Person für KI-Governance benannt, die befugt ist, KI-Funktionen (etwa virtuelle Agenten, Agentenassistenz oder automatische Zusammenfassungen) bei unvertretbarem Risiko auszusetzen, einzuschränken oder zurückzuziehen?',
          },
          guidance: {
            en: 'AI features in a contact centre speak directly to your customers or shape what your agents say, so someone must own model behaviour, bias, fabricated answers and prompt-injection risk across releases. Look for a named person with a documented mandate and evidence that it has been used, for example a feature held back or rolled back.',
            de: 'KI-Funktionen im Contact Center sprechen unmittelbar mit Ihren Kundinnen und Kunden oder beeinflussen, was Ihre Mitarbeitenden sagen; deshalb muss jemand über alle Versionen hinweg für Modellverhalten, Verzerrungen, erfundene Antworten und Prompt-Injection-Risiken einstehen. Achten Sie auf eine benannte Person mit dokumentiertem Mandat und auf Belege, dass sie es tatsächlich ausübt, etwa eine zurückgehaltene oder zurückgenommene Funktion.',
          },
          evidence: {
            en: 'Role description or mandate of the AI governance lead, the AI policy naming the role, minutes or tickets recording go/no-go decisions on AI features, and the AI system inventory the lead maintains.',
            de: 'Rollenbeschreibung oder Mandat der für KI-Governance verantwortlichen Person, KI-Richtlinie mit Nennung der Rolle, Protokolle oder Tickets zu Freigabe- und Stoppentscheidungen über KI-Funktionen sowie das von dieser Person geführte Verzeichnis der KI-Systeme.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: '5.3' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.3.2' },
            { framework: 'NIST AI RMF 1.0', ref: 'GOVERN 2.1' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'aiAutonomy', in: ['assistive', 'autonomous'] },
          severity: 'high',
          remediation: {
            en: 'Require a named AI governance contact, advance notice before AI features used in your service change materially, and the contractual right to switch off individual AI features without penalty.',
            de: 'Verlangen Sie eine benannte Ansprechperson für KI-Governance, eine Vorabinformation vor wesentlichen Änderungen an KI-Funktionen, die Sie nutzen, und das vertragliche Recht, einzelne KI-Funktionen ohne Nachteile abzuschalten.',
          },
        },
        {
          id: 'GOV-RISK-COMMITTEE',
          text: {
            en: 'Which functions are standing members of the vendor\'s risk or responsible-AI committee that reviews risks of the CX platform?',
            de: 'Welche Funktionen sind ständige Mitglieder des Risikogremiums oder des Gremiums für verantwortungsvolle KI, das beim Anbieter die Risiken der CX-Plattform bewertet?',
          },
          guidance: {
            en: 'Risks in contact-centre platforms cut across disciplines: a change to recording retention is a legal, privacy and operational question at once. A committee that brings together legal, compliance, privacy, security, operations and customer service is far more likely to catch problems early than one run by engineering alone.',
            de: 'Risiken in Contact-Center-Plattformen betreffen mehrere Fachbereiche zugleich: Eine geänderte Aufbewahrungsfrist für Aufzeichnungen ist rechtlich, datenschutzrechtlich und betrieblich relevant. Ein Gremium, in dem Recht, Compliance, Datenschutz, Informationssicherheit, Betrieb und Kundenservice vertreten sind, erkennt Probleme deutlich früher als eines, das allein von der Technik geführt wird.',
          },
          evidence: {
            en: 'Committee charter with membership, meeting frequency and decision rights; attendance records and redacted minutes of the last two meetings.',
            de: 'Geschäftsordnung des Gremiums mit Mitgliedern, Sitzungsturnus und Entscheidungsbefugnissen; Anwesenheitslisten und geschwärzte Protokolle der letzten beiden Sitzungen.',
          },
          references: [
            { framework: 'NIST AI RMF 1.0', ref: 'GOVERN 3.1' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.3.2' },
            { framework: 'ISO/IEC 27001:2022', ref: '5.3' },
          ],
          weight: 2,
          answer: {
            type: 'multiChoice',
            options: [
              { id: 'legal', label: { en: 'Legal', de: 'Rechtsabteilung' }, score: 0.2 },
              { id: 'compliance', label: { en: 'Compliance', de: 'Compliance' }, score: 0.15 },
              { id: 'privacy', label: { en: 'Privacy / data protection officer', de: 'Datenschutz bzw. Datenschutzbeauftragter' }, score: 0.2 },
              { id: 'security', label: { en: 'Information security', de: 'Informationssicherheit' }, score: 0.2 },
              { id: 'operations', label: { en: 'Service operations', de: 'Betrieb' }, score: 0.1 },
              { id: 'customerService', label: { en: 'Customer service or CX', de: 'Kundenservice' }, score: 0.15 },
              { id: 'noCommittee', label: { en: 'No such committee exists', de: 'Kein solches Gremium vorhanden' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Ask the vendor to set up or broaden the committee within an agreed period and to share, at least annually, a summary of its decisions that affect your service.',
            de: 'Fordern Sie den Anbieter auf, das Gremium innerhalb einer vereinbarten Frist einzurichten oder zu erweitern und Ihnen mindestens jährlich eine Zusammenfassung der Entscheidungen vorzulegen, die Ihren Dienst betreffen.',
          },
        },
        {
          id: 'GOV-ACCOUNTABILITY-MAP',
          text: {
            en: 'Which roles at the vendor are accountable for security, privacy, AI governance and regulatory compliance of the platform, and to whom does each of them report?',
            de: 'Welche Rollen sind beim Anbieter für Informationssicherheit, Datenschutz, KI-Governance und die Einhaltung regulatorischer Vorgaben der Plattform verantwortlich, und an wen berichten sie jeweils?',
          },
          guidance: {
            en: 'Use the answer to check that the roles named elsewhere in this domain fit together without gaps, overlaps or conflicting reporting lines. This question is not scored.',
            de: 'Prüfen Sie anhand der Antwort, ob die in diesem Bereich genannten Rollen lückenlos zusammenpassen und sich weder überschneiden noch widersprüchliche Berichtslinien haben. Diese Frage wird nicht bewertet.',
          },
          evidence: {
            en: 'Organisation chart or RACI matrix for the governance roles, with the date it was last updated.',
            de: 'Organigramm oder RACI-Matrix (Verantwortlichkeitsmatrix) der Governance-Rollen mit Datum der letzten Aktualisierung.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: '5.3' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC1.3' },
          ],
          weight: 0,
          answer: { type: 'text' },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'If responsibilities remain unclear, request a RACI matrix as a contract annex and review it at each annual supplier review.',
            de: 'Bleiben die Zuständigkeiten unklar, verlangen Sie eine RACI-Matrix als Vertragsanlage und überprüfen Sie diese bei jeder jährlichen Lieferantenbewertung.',
          },
        },
      ],
    },
    {
      id: 'GOV-S-RISK-COMPLIANCE',
      title: { en: 'Risk, compliance and assurance', de: 'Risikomanagement, Compliance und Prüfung' },
      questions: [
        {
          id: 'GOV-RISK-REGISTER',
          text: {
            en: 'Does the vendor keep a risk register that covers the security, privacy and AI risks of the platform, with named risk owners, recorded treatment decisions and a management review at least once a year?',
            de: 'Führt der Anbieter ein Risikoregister, das Sicherheits-, Datenschutz- und KI-Risiken der Plattform mit benannten Risikoverantwortlichen und dokumentierten Behandlungsentscheidungen erfasst und mindestens einmal jährlich von der Leitung überprüft wird?',
          },
          guidance: {
            en: 'Without a risk register, governance is guesswork. Check that CX-specific risks appear, such as fraud through voice channels, card data captured in recordings and misleading statements by AI agents, and that accepted risks were signed off at the right level.',
            de: 'Ohne Risikoregister bleibt Governance Stückwerk. Prüfen Sie, ob CX-spezifische Risiken erfasst sind – etwa Betrug über Sprachkanäle, Kartendaten in Gesprächsaufzeichnungen oder irreführende Aussagen von KI-Agenten – und ob akzeptierte Risiken auf der richtigen Ebene freigegeben wurden.',
          },
          evidence: {
            en: 'Risk management policy, a redacted extract of the risk register showing CX and AI risks with owners and status, and the minutes of the most recent management review.',
            de: 'Risikomanagementrichtlinie, ein geschwärzter Auszug aus dem Risikoregister mit CX- und KI-Risiken, Verantwortlichen und Status sowie das Protokoll der letzten Managementbewertung.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: '6.1.2' },
            { framework: 'ISO/IEC 42001:2023', ref: '6.1.2' },
            { framework: 'BSI C5:2020', ref: 'OIS-07' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC3.2' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require the vendor to include risks relevant to your service in its register and to share a summary of high residual risks at each annual review.',
            de: 'Verlangen Sie, dass der Anbieter die für Ihren Dienst relevanten Risiken in sein Register aufnimmt und Ihnen bei jeder jährlichen Überprüfung eine Übersicht der hohen Restrisiken vorlegt.',
          },
        },
        {
          id: 'GOV-SHARED-RESPONSIBILITY',
          text: {
            en: 'Has the vendor documented a shared-responsibility model that states which security, privacy and AI controls the buyer must configure or operate itself (for example recording retention, pausing recordings during card payments, single sign-on and MFA, settings of AI features)?',
            de: 'Hat der Anbieter ein Modell der geteilten Verantwortung dokumentiert, aus dem hervorgeht, welche Sicherheits-, Datenschutz- und KI-Kontrollen der Kunde selbst konfigurieren oder betreiben muss (etwa Aufbewahrung von Aufzeichnungen, Unterbrechung der Aufzeichnung bei Kartenzahlungen, Single Sign-on und Mehr-Faktor-Authentifizierung, Einstellungen der KI-Funktionen)?',
          },
          guidance: {
            en: 'Many CX incidents stem from settings the customer left at their defaults, such as recordings kept indefinitely or AI summaries switched on for sensitive queues. A documented model lets you plan your own controls; "partial" means it exists but leaves out AI features, telephony or data retention, or is only available on request without version control.',
            de: 'Viele Vorfälle auf CX-Plattformen entstehen durch Einstellungen, die der Kunde im Auslieferungszustand belassen hat, etwa unbegrenzt gespeicherte Aufzeichnungen oder KI-Zusammenfassungen in sensiblen Warteschlangen. Ein dokumentiertes Modell ermöglicht Ihnen die Planung eigener Kontrollen; „teilweise“ bedeutet, dass es zwar existiert, aber KI-Funktionen, Telefonie oder Datenaufbewahrung auslässt oder nur auf Anfrage und ohne Versionierung erhältlich ist.',
          },
          evidence: {
            en: 'A versioned responsibility matrix or customer security guide, the complementary user entity controls listed in the SOC 2 report, and hardening guidance for tenant administrators.',
            de: 'Eine versionierte Verantwortlichkeitsmatrix oder ein Sicherheitsleitfaden für Kunden, die im SOC-2-Bericht aufgeführten ergänzenden Kontrollen beim Kunden (Complementary User Entity Controls) sowie Härtungsleitfäden für Mandantenadministratoren.',
          },
          references: [
            { framework: 'ISO/IEC 27017:2015', ref: 'CLD.6.3.1' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.23' },
            { framework: 'BSI C5:2020', ref: 'OIS-03' },
            { framework: 'BSI C5:2020', ref: 'PSS-01' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.10.2' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'documented',
                label: {
                  en: 'Documented, versioned and covering all components including AI features',
                  de: 'Dokumentiert, versioniert und für alle Bestandteile einschließlich KI-Funktionen',
                },
                score: 1,
              },
              { id: 'partial', label: { en: 'Partially documented or incomplete', de: 'Teilweise dokumentiert oder lückenhaft' }, score: 0.5 },
              { id: 'none', label: { en: 'Not documented', de: 'Nicht dokumentiert' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require a written responsibility matrix as a contract annex that covers AI features and data retention, and assign every customer-side control to an owner in your organisation before go-live.',
            de: 'Verlangen Sie eine schriftliche Verantwortlichkeitsmatrix als Vertragsanlage, die auch KI-Funktionen und Datenaufbewahrung abdeckt, und weisen Sie jede kundenseitige Kontrolle vor der Inbetriebnahme einer verantwortlichen Stelle in Ihrem Haus zu.',
          },
        },
        {
          id: 'GOV-REG-CHANGE',
          text: {
            en: 'How does the vendor track regulatory change (such as the EU AI Act, NIS2, DORA, the GDPR and supervisory guidance) and inform customers of its impact on the service?',
            de: 'Wie verfolgt der Anbieter regulatorische Änderungen (etwa KI-Verordnung, NIS-2, DORA, DSGVO sowie Leitlinien der Aufsichtsbehörden), und wie informiert er Kunden über die Auswirkungen auf den Dienst?',
          },
          guidance: {
            en: 'EU rules affecting contact centres are changing quickly: transparency duties under the AI Act for chatbots and voice bots, supply-chain requirements under NIS2 and contract terms under DORA for financial customers. A mature vendor assigns an owner, assesses the impact on product and contracts, and tells customers on its own initiative what changes and when.',
            de: 'Die für Contact Center maßgeblichen EU-Vorgaben ändern sich rasch: Transparenzpflichten der KI-Verordnung für Chat- und Sprachbots, Anforderungen an die Lieferkette aus NIS-2 und Vertragsinhalte nach DORA für Kunden aus dem Finanzsektor. Ein reifer Anbieter benennt Verantwortliche, bewertet die Auswirkungen auf Produkt und Verträge und teilt Kunden von sich aus mit, was sich wann ändert.',
          },
          evidence: {
            en: 'Regulatory change procedure, a regulatory watch register with owners and status, and examples of customer communications such as an AI Act readiness statement or an updated DORA contract addendum.',
            de: 'Verfahrensbeschreibung für das regulatorische Änderungsmanagement, ein Register beobachteter Rechtsänderungen mit Verantwortlichen und Status sowie Beispiele für Kundeninformationen, etwa eine Stellungnahme zur Umsetzung der KI-Verordnung oder ein aktualisierter DORA-Vertragsnachtrag.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.31' },
            { framework: 'BSI C5:2020', ref: 'COM-01' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC3.4' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC2.3' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'formalWithNotice',
                label: {
                  en: 'Formal process with owner and impact assessment; customers informed proactively',
                  de: 'Förmlicher Prozess mit Verantwortlichen und Auswirkungsanalyse; Kunden werden von sich aus informiert',
                },
                score: 1,
              },
              {
                id: 'internalOnly',
                label: { en: 'Tracked internally; customers informed only on request', de: 'Intern verfolgt; Kunden erhalten Informationen nur auf Anfrage' },
                score: 0.5,
              },
              { id: 'adHoc', label: { en: 'Ad hoc, without defined ownership', de: 'Anlassbezogen, ohne festgelegte Zuständigkeit' }, score: 0.2 },
              { id: 'none', label: { en: 'No process', de: 'Kein Prozess' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require the vendor to notify you of regulatory changes that affect the service or your own obligations, to propose contract amendments within a reasonable period, and to share an annual compliance roadmap.',
            de: 'Verlangen Sie, dass der Anbieter Sie über regulatorische Änderungen informiert, die den Dienst oder Ihre eigenen Pflichten berühren, innerhalb angemessener Frist Vertragsanpassungen vorschlägt und jährlich einen Fahrplan zur Umsetzung vorlegt.',
          },
        },
        {
          id: 'GOV-POLICY-REVIEW',
          text: {
            en: 'On what date did the vendor\'s management last formally review and approve its information security, privacy and AI policies (if the dates differ, give the oldest)?',
            de: 'Wann hat die Leitung des Anbieters ihre Richtlinien zu Informationssicherheit, Datenschutz und KI zuletzt förmlich überprüft und freigegeben (bei unterschiedlichen Daten das älteste)?',
          },
          guidance: {
            en: 'Policies older than a year rarely reflect current threats, new AI capabilities or recent legislation. A policy set without a recorded approval should be treated as a finding in its own right.',
            de: 'Richtlinien, die älter als ein Jahr sind, bilden aktuelle Bedrohungen, neue KI-Funktionen oder jüngste Gesetzesänderungen selten ab. Fehlt eine dokumentierte Freigabe, ist dies als eigene Feststellung zu behandeln.',
          },
          evidence: {
            en: 'Policy documents with version history, approval date and approver, and the schedule for policy reviews.',
            de: 'Richtliniendokumente mit Versionshistorie, Freigabedatum und freigebender Stelle sowie der Zeitplan für die Richtlinienüberprüfung.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.1' },
            { framework: 'BSI C5:2020', ref: 'SP-02' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.2.4' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC5.3' },
          ],
          weight: 2,
          answer: {
            type: 'date',
            ageBands: [
              { atMost: 365, score: 1 },
              { atMost: 730, score: 0.4 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require an annual review of the relevant policies and a notice to you whenever a policy change lowers the level of protection for your data.',
            de: 'Verlangen Sie eine jährliche Überprüfung der maßgeblichen Richtlinien und eine Mitteilung an Sie, sobald eine Richtlinienänderung das Schutzniveau für Ihre Daten senkt.',
          },
        },
        {
          id: 'GOV-INTERNAL-AUDIT',
          text: {
            en: 'Does an internal audit function, independent of the teams it audits, review security, privacy and AI controls at least annually and report its findings to executive management or an audit committee?',
            de: 'Prüft eine von den geprüften Bereichen unabhängige interne Revision mindestens jährlich die Kontrollen zu Informationssicherheit, Datenschutz und KI und berichtet ihre Feststellungen an die Geschäftsleitung oder einen Prüfungsausschuss?',
          },
          guidance: {
            en: 'External auditors test samples once a year; internal audit is how the vendor finds its own weaknesses in between. Check that AI features and the management of sub-processors are in the audit plan and that findings are tracked to closure with deadlines.',
            de: 'Externe Prüfer testen einmal jährlich Stichproben; über die interne Revision erkennt der Anbieter eigene Schwächen auch dazwischen. Prüfen Sie, ob KI-Funktionen und die Steuerung von Unterauftragsverarbeitern im Prüfungsplan enthalten sind und Feststellungen mit Fristen bis zur Erledigung nachverfolgt werden.',
          },
          evidence: {
            en: 'Internal audit charter, the current audit plan, a summary of recent findings with remediation status, and evidence of reporting to the audit committee.',
            de: 'Revisionsordnung, aktueller Prüfungsplan, Übersicht der jüngsten Feststellungen mit Umsetzungsstand sowie Nachweise der Berichterstattung an den Prüfungsausschuss.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: '9.2' },
            { framework: 'ISO/IEC 42001:2023', ref: '9.2' },
            { framework: 'BSI C5:2020', ref: 'COM-03' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC4.1' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Ask for an annual summary of internal audit findings relevant to your service and agree remediation deadlines for findings rated high.',
            de: 'Fordern Sie jährlich eine Zusammenfassung der für Ihren Dienst relevanten Revisionsfeststellungen an und vereinbaren Sie Umsetzungsfristen für hoch eingestufte Feststellungen.',
          },
        },
      ],
    },
    {
      id: 'GOV-S-PEOPLE',
      title: { en: 'People and integrity', de: 'Personal und Integrität' },
      questions: [
        {
          id: 'GOV-TRAINING-FREQ',
          text: {
            en: 'How often must vendor staff with access to customer data or production systems complete security and privacy awareness training?',
            de: 'Wie häufig müssen Beschäftigte des Anbieters mit Zugriff auf Kundendaten oder Produktivsysteme Schulungen zu Informationssicherheit und Datenschutz absolvieren?',
          },
          guidance: {
            en: 'Support engineers and administrators of a CX platform can listen to recordings, read transcripts and change call routing, so social engineering and careless handling are real risks. Expect training at onboarding and at least annually, with additional modules for privileged roles and for staff working on AI features.',
            de: 'Supportmitarbeitende und Administratoren einer CX-Plattform können Aufzeichnungen anhören, Gesprächsprotokolle lesen und die Anrufsteuerung ändern; Social Engineering und nachlässiger Umgang mit Daten sind daher reale Risiken. Erwarten Sie Schulungen beim Eintritt und mindestens jährlich, mit zusätzlichen Modulen für privilegierte Rollen und für Beschäftigte, die an KI-Funktionen arbeiten.',
          },
          evidence: {
            en: 'Training policy stating frequency and audience, the training curriculum, and reports from the learning management system showing completion by role.',
            de: 'Schulungsrichtlinie mit Turnus und Zielgruppen, Schulungsinhalte sowie Auswertungen aus dem Lernmanagementsystem mit Abschlussquoten je Rolle.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.6.3' },
            { framework: 'BSI C5:2020', ref: 'HR-03' },
            { framework: 'NIS2', ref: 'Art. 21(2)(g)' },
            { framework: 'DORA', ref: 'Art. 13(6)' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'annualRoleBased',
                label: { en: 'At onboarding and at least annually, with role-specific modules', de: 'Beim Eintritt und mindestens jährlich, mit rollenspezifischen Modulen' },
                score: 1,
              },
              {
                id: 'annualGeneric',
                label: { en: 'At onboarding and at least annually, generic content only', de: 'Beim Eintritt und mindestens jährlich, nur allgemeine Inhalte' },
                score: 0.75,
              },
              {
                id: 'lessThanAnnual',
                label: { en: 'At onboarding, with refreshers less often than annually', de: 'Beim Eintritt, Auffrischungen seltener als jährlich' },
                score: 0.4,
              },
              { id: 'onboardingOnly', label: { en: 'Only at onboarding', de: 'Nur beim Eintritt' }, score: 0.15 },
              { id: 'none', label: { en: 'No mandatory training', de: 'Keine Pflichtschulung' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Make annual training a contractual minimum for all staff with access to your data, with role-specific content for privileged users, and reserve the right to request completion figures.',
            de: 'Vereinbaren Sie eine jährliche Schulung als vertragliche Mindestanforderung für alle Beschäftigten mit Zugriff auf Ihre Daten, mit rollenspezifischen Inhalten für privilegierte Nutzer, und behalten Sie sich vor, Abschlussquoten anzufordern.',
          },
        },
        {
          id: 'GOV-TRAINING-COMPLETION',
          text: {
            en: 'What percentage of in-scope staff completed the mandatory security and privacy training in the last completed training cycle?',
            de: 'Welcher Anteil der betroffenen Beschäftigten hat die verpflichtenden Schulungen zu Informationssicherheit und Datenschutz im letzten abgeschlossenen Schulungszyklus absolviert?',
          },
          guidance: {
            en: 'A training requirement is only as good as its enforcement. Rates below 95 % suggest that staff who are overdue keep their access; ask whether access to customer data is suspended until training is completed.',
            de: 'Eine Schulungspflicht ist nur so wirksam wie ihre Durchsetzung. Quoten unter 95 % deuten darauf hin, dass säumige Beschäftigte ihre Zugriffsrechte behalten; fragen Sie, ob der Zugriff auf Kundendaten bis zum Abschluss der Schulung gesperrt wird.',
          },
          evidence: {
            en: 'Completion report from the learning management system for the last cycle, broken down by department or role and showing the reporting date.',
            de: 'Abschlussbericht aus dem Lernmanagementsystem für den letzten Zyklus, aufgeschlüsselt nach Abteilung oder Rolle und mit Stichtag.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.6.3' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC1.4' },
          ],
          weight: 2,
          answer: {
            type: 'number',
            unit: { en: '%', de: '%' },
            min: 0,
            max: 100,
            bands: [
              { atLeast: 98, score: 1 },
              { atLeast: 95, score: 0.8 },
              { atLeast: 85, score: 0.4 },
            ],
          },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Agree a minimum completion rate, for example 95 %, and require that staff who miss mandatory training lose access to customer data until they complete it.',
            de: 'Vereinbaren Sie eine Mindestabschlussquote, etwa 95 %, und verlangen Sie, dass Beschäftigte ohne abgeschlossene Pflichtschulung bis zu deren Abschluss keinen Zugriff auf Kundendaten erhalten.',
          },
        },
        {
          id: 'GOV-BACKGROUND-CHECKS',
          text: {
            en: 'What background screening does the vendor carry out, to the extent local law permits, for staff and contractors with privileged access to production systems or customer data?',
            de: 'Welche Zuverlässigkeitsüberprüfungen führt der Anbieter – soweit nach örtlichem Recht zulässig – bei Beschäftigten und externen Kräften mit privilegiertem Zugriff auf Produktivsysteme oder Kundendaten durch?',
          },
          guidance: {
            en: 'Privileged staff at a CX vendor can reach millions of conversations and, on many platforms, payment or health information. Expect identity, employment history and, where lawful, criminal record checks before access is granted, repeated periodically for the most privileged roles, with subcontracted and offshore support teams covered as well.',
            de: 'Privilegierte Beschäftigte eines CX-Anbieters haben Zugriff auf Millionen von Gesprächen und auf vielen Plattformen auch auf Zahlungs- oder Gesundheitsdaten. Erwarten Sie vor der Rechtevergabe eine Prüfung von Identität und Werdegang sowie – soweit zulässig – ein Führungszeugnis, bei besonders privilegierten Rollen regelmäßig wiederholt und unter Einschluss von Subunternehmern und Supportteams im Ausland.',
          },
          evidence: {
            en: 'Screening policy by role and country, a sample of anonymised screening records, and contract clauses requiring equivalent checks from staffing providers and subcontractors.',
            de: 'Richtlinie zur Zuverlässigkeitsüberprüfung nach Rolle und Land, anonymisierte Stichproben von Prüfnachweisen sowie Vertragsklauseln, die Personaldienstleister und Subunternehmer zu gleichwertigen Prüfungen verpflichten.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.6.1' },
            { framework: 'BSI C5:2020', ref: 'HR-01' },
            { framework: 'NIS2', ref: 'Art. 21(2)(i)' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'preHireAndPeriodic',
                label: {
                  en: 'Before access is granted, and repeated periodically for privileged roles',
                  de: 'Vor der Rechtevergabe und bei privilegierten Rollen regelmäßig wiederholt',
                },
                score: 1,
              },
              { id: 'preHireOnly', label: { en: 'Only before access is granted', de: 'Nur vor der Rechtevergabe' }, score: 0.7 },
              { id: 'selectedRoles', label: { en: 'Only for selected roles or countries', de: 'Nur für ausgewählte Rollen oder Länder' }, score: 0.3 },
              { id: 'none', label: { en: 'No screening', de: 'Keine Überprüfung' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require screening before access for everyone with privileged access to your data, including subcontracted staff, and the right to obtain confirmation that screening was completed.',
            de: 'Verlangen Sie eine Überprüfung vor der Rechtevergabe für alle Personen mit privilegiertem Zugriff auf Ihre Daten, auch bei Subunternehmern, sowie das Recht, sich den Abschluss der Prüfung bestätigen zu lassen.',
          },
        },
        {
          id: 'GOV-WHISTLEBLOWING',
          text: {
            en: 'Does the vendor operate a confidential whistleblowing channel, open to employees, contractors and suppliers, with protection against retaliation and a defined follow-up process?',
            de: 'Betreibt der Anbieter eine vertrauliche Meldestelle für Hinweisgeber, die Beschäftigten, freien Mitarbeitenden und Lieferanten offensteht, mit Schutz vor Repressalien und einem festgelegten Verfahren für Folgemaßnahmen?',
          },
          guidance: {
            en: 'Insiders are often the first to see misuse of recordings, undisclosed training of AI models on customer data or incidents being hushed up. EU employers with 50 or more workers must provide an internal channel; also check that concerns about AI systems are explicitly in scope.',
            de: 'Beschäftigte bemerken häufig als Erste den Missbrauch von Aufzeichnungen, ein nicht offengelegtes Training von KI-Modellen mit Kundendaten oder vertuschte Vorfälle. Arbeitgeber in der EU mit 50 oder mehr Beschäftigten müssen eine interne Meldestelle einrichten; prüfen Sie zudem, ob Bedenken zu KI-Systemen ausdrücklich erfasst sind.',
          },
          evidence: {
            en: 'Whistleblowing policy, a description of the reporting channels including anonymous options, the function responsible for follow-up, and anonymised statistics on reports and how they were handled.',
            de: 'Richtlinie zum Hinweisgeberschutz, Beschreibung der Meldewege einschließlich anonymer Möglichkeiten, die für Folgemaßnahmen zuständige Stelle sowie anonymisierte Statistiken zu Meldungen und deren Bearbeitung.',
          },
          references: [
            { framework: 'Directive (EU) 2019/1937', ref: 'Art. 8' },
            { framework: 'HinSchG', ref: '§ 12' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.3.3' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC2.2' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Ask the vendor to open its reporting channel to suppliers and to AI-related concerns, and to commit to informing you of substantiated reports that affect your service, within the limits of confidentiality.',
            de: 'Fordern Sie den Anbieter auf, seine Meldestelle auch Lieferanten und Hinweisen zu KI-Themen zu öffnen und Sie – im Rahmen der Vertraulichkeit – über begründete Meldungen zu informieren, die Ihren Dienst betreffen.',
          },
        },
      ],
    },
    {
      id: 'GOV-S-SUPPLY-CONTRACT',
      title: { en: 'Suppliers, commitments and financial backing', de: 'Lieferkette, Zusagen und finanzielle Absicherung' },
      questions: [
        {
          id: 'GOV-SUPPLIER-RISK',
          text: {
            en: 'Does the vendor run a risk-based programme for its own suppliers (cloud hosting, telephony carriers, speech-to-text and large language model providers, support subcontractors) that includes due diligence before use and periodic reassessment?',
            de: 'Betreibt der Anbieter ein risikobasiertes Programm für seine eigenen Lieferanten (Cloud-Hosting, Telefonnetzbetreiber, Anbieter von Spracherkennung und großen Sprachmodellen, Support-Subunternehmer), das eine Prüfung vor der Beauftragung und regelmäßige Neubewertungen umfasst?',
          },
          guidance: {
            en: 'A CX platform is assembled from many third-party services, and a weakness at a language-model provider or carrier becomes your weakness. Expect a supplier inventory with risk tiers, a security review before use and at least annual reassessment of critical suppliers; a list of sub-processors alone is not a programme.',
            de: 'Eine CX-Plattform setzt sich aus zahlreichen Diensten Dritter zusammen; eine Schwachstelle bei einem Sprachmodell-Anbieter oder Netzbetreiber wird zu Ihrer Schwachstelle. Erwarten Sie ein Lieferantenverzeichnis mit Risikoeinstufung, eine Sicherheitsprüfung vor der Nutzung und mindestens jährliche Neubewertungen kritischer Lieferanten; eine bloße Liste der Unterauftragsverarbeiter ist noch kein Programm.',
          },
          evidence: {
            en: 'Supplier risk management policy, the supplier inventory with risk tiers, a sample due-diligence file for a critical supplier such as the language-model provider, and the reassessment schedule.',
            de: 'Richtlinie zum Lieferantenrisikomanagement, Lieferantenverzeichnis mit Risikoeinstufung, eine beispielhafte Prüfakte für einen kritischen Lieferanten wie den Sprachmodell-Anbieter sowie der Zeitplan für Neubewertungen.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.19' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.21' },
            { framework: 'BSI C5:2020', ref: 'SSO-02' },
            { framework: 'NIS2', ref: 'Art. 21(2)(d)' },
            { framework: 'NIST AI RMF 1.0', ref: 'GOVERN 6.1' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require the vendor to apply supplier risk management to every supplier that processes your data or supports the service, to share assessment summaries for critical suppliers on request, and to notify you of material supplier risks.',
            de: 'Verlangen Sie, dass der Anbieter alle Lieferanten, die Ihre Daten verarbeiten oder den Dienst unterstützen, in sein Lieferantenrisikomanagement einbezieht, Ihnen auf Anfrage Bewertungsergebnisse kritischer Lieferanten zusammenfasst und Sie über wesentliche Lieferantenrisiken informiert.',
          },
        },
        {
          id: 'GOV-SUPPLIER-FLOWDOWN',
          text: {
            en: 'Does the vendor pass its security, confidentiality and data protection obligations down by contract to every sub-processor, including a ban on using your data to train third-party AI models without your consent?',
            de: 'Gibt der Anbieter seine Pflichten zu Informationssicherheit, Vertraulichkeit und Datenschutz vertraglich an alle Unterauftragsverarbeiter weiter, einschließlich des Verbots, Ihre Daten ohne Ihre Zustimmung zum Training von KI-Modellen Dritter zu verwenden?',
          },
          guidance: {
            en: 'Under the GDPR, the vendor must impose on its sub-processors the same data protection obligations it accepted towards you. For AI providers, look specifically for no-training and zero-retention terms, since prompts and transcripts may otherwise be stored or reused.',
            de: 'Nach der DSGVO muss der Anbieter seinen Unterauftragsverarbeitern dieselben Datenschutzpflichten auferlegen, die er Ihnen gegenüber eingegangen ist. Achten Sie bei KI-Anbietern besonders auf Zusagen, Eingaben weder zu speichern noch zum Training zu verwenden, da Eingaben und Gesprächsprotokolle sonst aufbewahrt oder weiterverwendet werden können.',
          },
          evidence: {
            en: 'Template sub-processor agreement or data processing addendum, clause extracts from contracts with key suppliers (especially AI model providers), and the current sub-processor list.',
            de: 'Muster des Vertrags mit Unterauftragsverarbeitern, Klauselauszüge aus Verträgen mit wichtigen Lieferanten (insbesondere Anbietern von KI-Modellen) und die aktuelle Liste der Unterauftragsverarbeiter.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(4)' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.20' },
            { framework: 'BSI C5:2020', ref: 'SSO-01' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Make equivalent flow-down a condition of the data processing agreement, keep the vendor fully liable for its sub-processors, and include a contractual commitment that your data is not used to train third-party models.',
            de: 'Machen Sie die Weitergabe gleichwertiger Pflichten zur Bedingung des Auftragsverarbeitungsvertrags, lassen Sie den Anbieter für seine Unterauftragsverarbeiter voll haften und vereinbaren Sie ausdrücklich, dass Ihre Daten nicht zum Training von Modellen Dritter verwendet werden.',
          },
        },
        {
          id: 'GOV-CHANGE-NOTICE',
          text: {
            en: 'How many days\' advance notice does the vendor commit to give customers before material changes take effect, such as new sub-processors, changed data locations, replaced AI models or weakened security terms?',
            de: 'Mit wie vielen Tagen Vorlauf verpflichtet sich der Anbieter, Kunden vor dem Wirksamwerden wesentlicher Änderungen zu informieren, etwa neuer Unterauftragsverarbeiter, geänderter Datenstandorte, ausgetauschter KI-Modelle oder abgeschwächter Sicherheitsbedingungen?',
          },
          guidance: {
            en: 'You need enough time to assess a change, involve your DPO or supervisor, and object or plan an exit; 30 days is a common minimum for sub-processor changes, while financial and public-sector buyers often need 60 to 90 days. Enter the shortest notice period that applies to any of these change types.',
            de: 'Sie benötigen ausreichend Zeit, um eine Änderung zu bewerten, Ihren Datenschutzbeauftragten oder Ihre Aufsicht einzubinden und zu widersprechen oder den Ausstieg zu planen; 30 Tage sind bei Unterauftragsverarbeitern ein übliches Minimum, Auftraggeber aus dem Finanz- und dem öffentlichen Sektor benötigen oft 60 bis 90 Tage. Tragen Sie die kürzeste Frist ein, die für eine dieser Änderungsarten gilt.',
          },
          evidence: {
            en: 'Contract or data processing agreement clause stating the notice period and the right to object, the subscription mechanism for change notifications, and examples of past notices.',
            de: 'Klausel im Vertrag oder Auftragsverarbeitungsvertrag mit Ankündigungsfrist und Widerspruchsrecht, die Möglichkeit, Änderungsmitteilungen zu abonnieren, sowie Beispiele bisheriger Mitteilungen.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(2)' },
            { framework: 'BSI C5:2020', ref: 'OIS-03' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.22' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC2.3' },
          ],
          weight: 3,
          answer: {
            type: 'number',
            unit: { en: 'days', de: 'Tage' },
            min: 0,
            bands: [
              { atLeast: 60, score: 1 },
              { atLeast: 30, score: 0.7 },
              { atLeast: 14, score: 0.3 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Negotiate at least 30 days\' notice for sub-processor changes and 60 to 90 days for changes to data locations, AI models or security terms, together with a right to object and to terminate without penalty.',
            de: 'Vereinbaren Sie mindestens 30 Tage Vorlauf für neue Unterauftragsverarbeiter und 60 bis 90 Tage für Änderungen an Datenstandorten, KI-Modellen oder Sicherheitsbedingungen, verbunden mit einem Widerspruchsrecht und einem Recht zur Kündigung ohne Nachteile.',
          },
        },
        {
          id: 'GOV-LIABILITY',
          text: {
            en: 'How does the proposed contract treat the vendor\'s liability for personal data breaches and breaches of confidentiality?',
            de: 'Wie regelt der angebotene Vertrag die Haftung des Anbieters für Verletzungen des Schutzes personenbezogener Daten und der Vertraulichkeit?',
          },
          guidance: {
            en: 'Standard SaaS terms often cap liability at twelve months\' fees, which rarely covers notification costs, the cost of regulatory proceedings or claims from your customers after recordings leak. Look for a separate, higher cap (super-cap) or uncapped liability for data breaches, backed by an indemnity against third-party claims.',
            de: 'Standardbedingungen für Cloud-Dienste begrenzen die Haftung oft auf zwölf Monatsentgelte; das deckt Benachrichtigungskosten, Kosten aufsichtsbehördlicher Verfahren oder Forderungen Ihrer Kunden nach einem Abfluss von Aufzeichnungen selten ab. Achten Sie auf eine gesonderte, höhere Haftungsobergrenze oder eine unbegrenzte Haftung für Datenschutzverletzungen, flankiert von einer Freistellung von Ansprüchen Dritter.',
          },
          evidence: {
            en: 'Limitation-of-liability and indemnity clauses from the master agreement and the data processing agreement, including the amount of any separate cap for data breaches.',
            de: 'Haftungsbeschränkungs- und Freistellungsklauseln aus Rahmenvertrag und Auftragsverarbeitungsvertrag einschließlich der Höhe einer etwaigen gesonderten Obergrenze für Datenschutzverletzungen.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 82' },
            { framework: 'GDPR', ref: 'Art. 28(3)' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.20' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'superCapWithIndemnity',
                label: {
                  en: 'Separate higher cap or uncapped, plus indemnity against third-party claims',
                  de: 'Gesonderte höhere Obergrenze oder unbegrenzt, zusätzlich Freistellung von Ansprüchen Dritter',
                },
                score: 1,
              },
              {
                id: 'superCapOnly',
                label: { en: 'Separate higher cap or uncapped, without indemnity', de: 'Gesonderte höhere Obergrenze oder unbegrenzt, ohne Freistellung' },
                score: 0.7,
              },
              { id: 'generalCapOnly', label: { en: 'Only the general liability cap applies', de: 'Es gilt nur die allgemeine Haftungsobergrenze' }, score: 0.3 },
              { id: 'excluded', label: { en: 'Excluded or limited to service credits', de: 'Ausgeschlossen oder auf Gutschriften beschränkt' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Negotiate a data protection super-cap sized to your realistic breach cost, an indemnity against third-party claims caused by the vendor\'s breach of its obligations, and no exclusion of notification and remediation costs.',
            de: 'Verhandeln Sie eine gesonderte Haftungsobergrenze für Datenschutzverletzungen, die Ihren realistischen Schadenskosten entspricht, eine Freistellung von Ansprüchen Dritter, die auf Pflichtverletzungen des Anbieters beruhen, und keinen Ausschluss von Benachrichtigungs- und Behebungskosten.',
          },
        },
        {
          id: 'GOV-CYBER-INSURANCE',
          text: {
            en: 'Does the vendor hold current cyber and professional liability insurance that covers data breaches and third-party claims, with limits appropriate to the volume of customer data it processes?',
            de: 'Verfügt der Anbieter über eine gültige Cyber- und Vermögensschadenhaftpflichtversicherung, die Datenschutzverletzungen und Ansprüche Dritter abdeckt und deren Deckungssummen dem Umfang der verarbeiteten Kundendaten angemessen sind?',
          },
          guidance: {
            en: 'A liability clause is only worth what the vendor can actually pay. Check the insurer, the aggregate limit, exclusions for war or state-sponsored attacks and whether cover is on a claims-made basis; "partial" fits cover that exists but is clearly too low for your exposure.',
            de: 'Eine Haftungsklausel ist nur so viel wert, wie der Anbieter tatsächlich zahlen kann. Prüfen Sie Versicherer, Jahreshöchstersatzleistung, Ausschlüsse für Krieg oder staatlich gesteuerte Angriffe und ob die Deckung nach dem Anspruchserhebungsprinzip besteht; „teilweise“ passt, wenn Versicherungsschutz besteht, für Ihr Risiko aber deutlich zu niedrig ist.',
          },
          evidence: {
            en: 'Certificate of insurance naming the insurer, policy period, types of cover and limits, plus a summary of the main exclusions.',
            de: 'Versicherungsbestätigung mit Versicherer, Laufzeit, Deckungsarten und Deckungssummen sowie eine Übersicht der wesentlichen Ausschlüsse.',
          },
          references: [{ framework: 'SOC 2 (TSC 2017)', ref: 'CC9.1' }],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require the vendor to maintain cyber insurance with an agreed minimum limit for the term of the contract, to provide a certificate every year, and to notify you of cancellation or a material reduction in cover.',
            de: 'Verlangen Sie, dass der Anbieter während der Vertragslaufzeit eine Cyberversicherung mit vereinbarter Mindestdeckung unterhält, jährlich eine Versicherungsbestätigung vorlegt und Sie über Kündigung oder wesentliche Einschränkung des Versicherungsschutzes informiert.',
          },
        },
        {
          id: 'GOV-FINANCIAL-STABILITY',
          text: {
            en: 'Has the vendor provided audited financial statements for the last two financial years without a going-concern qualification or a material-uncertainty note?',
            de: 'Hat der Anbieter geprüfte Jahresabschlüsse der letzten beiden Geschäftsjahre vorgelegt, deren Bestätigungsvermerke weder eingeschränkt sind noch auf eine wesentliche Unsicherheit hinsichtlich der Unternehmensfortführung hinweisen?',
          },
          guidance: {
            en: 'If the vendor of a platform that runs your critical customer service gets into financial difficulty, you may have only weeks to move phone numbers, recordings and call flows. For privately held vendors, an auditor\'s comfort letter or evidence of investor funding can count as partial, weighed against your exit plan.',
            de: 'Gerät der Anbieter einer Plattform, über die Ihr kritischer Kundenservice läuft, in finanzielle Schwierigkeiten, bleiben Ihnen womöglich nur Wochen, um Rufnummern, Aufzeichnungen und Gesprächsabläufe umzuziehen. Bei nicht börsennotierten Anbietern kann eine Bestätigung des Abschlussprüfers oder ein Nachweis der Finanzierung durch Investoren als teilweise erfüllt gelten, abgewogen gegen Ihren Ausstiegsplan.',
          },
          evidence: {
            en: 'Audited annual reports or filed accounts with the auditor\'s opinion, a current credit rating, and for young companies evidence of funding and cash runway.',
            de: 'Geprüfte Jahresabschlüsse oder offengelegte Abschlüsse mit Bestätigungsvermerk, eine aktuelle Bonitätsauskunft und bei jungen Unternehmen Nachweise über Finanzierung und Liquiditätsreichweite.',
          },
          references: [
            { framework: 'DORA', ref: 'Art. 28' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.19' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC9.2' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'criticality', in: ['high', 'critical'] },
          severity: 'medium',
          remediation: {
            en: 'Require notice of events that threaten the vendor\'s solvency, a tested exit and data-return plan, and, for critical services, transition assistance or escrow arrangements in the contract.',
            de: 'Verlangen Sie eine Mitteilungspflicht bei Ereignissen, die die Zahlungsfähigkeit des Anbieters gefährden, einen erprobten Ausstiegs- und Datenrückgabeplan und für kritische Dienste vertragliche Unterstützung beim Übergang oder eine Hinterlegungsvereinbarung.',
          },
        },
      ],
    },
  ],
};
