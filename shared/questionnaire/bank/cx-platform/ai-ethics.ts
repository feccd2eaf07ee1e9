import type { DomainInput } from '../../schema';

type Condition = NonNullable<DomainInput['sections'][number]['questions'][number]['appliesWhen']>;

/** The vendor's service uses AI at all (assistive or autonomous). */
const AI_USED: Condition = { field: 'aiAutonomy', in: ['assistive', 'autonomous'] };
/** AI takes decisions or actions without a human approving each one. */
const AI_AUTONOMOUS: Condition = { field: 'aiAutonomy', in: ['autonomous'] };
/** AI is used and the buyer has put the EU AI Act in scope. */
const AI_USED_EU_AI_ACT: Condition = { all: [AI_USED, { field: 'regulatoryScope', includes: ['euAiAct'] }] };

export const aiEthics: DomainInput = {
  id: 'aiEthics',
  title: { en: 'AI ethics and transparency', de: 'KI-Ethik und Transparenz' },
  description: {
    en: 'How the vendor governs the AI in its contact-centre and AI-agent features: training data and third-party models, safeguards and testing, bias, human oversight, disclosure to end customers and its position under the EU AI Act.',
    de: 'Wie der Anbieter die KI in seinen Contact-Center- und KI-Agenten-Funktionen steuert: Trainingsdaten und Basismodelle Dritter, Schutzmechanismen und Tests, Verzerrungen (Bias), menschliche Aufsicht, Offenlegung gegenüber Endkunden und seine Einordnung nach der KI-Verordnung.',
  },
  defaultWeight: 2,
  sections: [
    {
      id: 'AIE-S-GOV',
      title: { en: 'AI governance and regulatory position', de: 'KI-Governance und regulatorische Einordnung' },
      questions: [
        {
          id: 'AIE-PRINCIPLES',
          text: {
            en: 'Has the vendor published responsible-AI principles that are approved by senior management, reviewed at least annually and backed by a named accountable owner?',
            de: 'Hat der Anbieter Grundsätze für verantwortungsvolle KI veröffentlicht, die von der Geschäftsleitung freigegeben, mindestens jährlich überprüft und einer namentlich benannten verantwortlichen Stelle zugeordnet sind?',
          },
          guidance: {
            en: 'Even vendors that do not yet ship AI to you will roll it into the platform; published principles show whether ethics decisions are owned or left to individual product teams. Marketing pages without an owner, review date or link to internal policy carry little weight.',
            de: 'Auch Anbieter, die Ihnen heute noch keine KI bereitstellen, werden sie in die Plattform integrieren; veröffentlichte Grundsätze zeigen, ob ethische Entscheidungen verbindlich verantwortet oder einzelnen Produktteams überlassen werden. Marketingseiten ohne Verantwortlichen, Prüfdatum und Bezug zu internen Richtlinien haben wenig Aussagekraft.',
          },
          evidence: {
            en: 'Public AI principles or responsible-AI statement with version and date; internal AI policy approved by the executive board; organisation chart or charter of the AI ethics or governance board.',
            de: 'Öffentliche KI-Grundsätze oder Erklärung zu verantwortungsvoller KI mit Version und Datum; von der Geschäftsleitung freigegebene interne KI-Richtlinie; Organigramm oder Geschäftsordnung des KI-Ethik- bzw. Governance-Gremiums.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.2.2' },
            { framework: 'NIST AI RMF 1.0', ref: 'GOVERN 1.2' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Ask the vendor to commit in the contract to a documented AI policy with a named owner and annual review, and to share it with you on request.',
            de: 'Verlangen Sie vertraglich eine dokumentierte KI-Richtlinie mit benannter verantwortlicher Stelle und jährlicher Überprüfung, die Ihnen auf Anfrage vorgelegt wird.',
          },
        },
        {
          id: 'AIE-TENANT-CONTROL',
          text: {
            en: 'How can your administrators control whether AI features are active in your tenant?',
            de: 'Wie können Ihre Administratoren steuern, ob KI-Funktionen in Ihrem Mandanten aktiv sind?',
          },
          guidance: {
            en: 'CX vendors increasingly switch on new AI features (summaries, suggested replies, sentiment scores) by release. You need to be able to keep each feature off until your own DPIA, works-council and legal review are complete, per tenant and ideally per queue or channel.',
            de: 'CX-Anbieter schalten neue KI-Funktionen (Zusammenfassungen, Antwortvorschläge, Stimmungswerte) zunehmend mit einem Release frei. Sie müssen jede Funktion deaktiviert lassen können, bis Ihre eigene DSFA, die Mitbestimmung des Betriebsrats und die rechtliche Prüfung abgeschlossen sind – je Mandant und idealerweise je Warteschlange oder Kanal.',
          },
          evidence: {
            en: 'Administration guide showing AI feature toggles; release notes confirming that new AI features ship disabled; screenshot of the tenant AI settings page; contract clause on opt-in activation.',
            de: 'Administrationshandbuch mit den Schaltern für KI-Funktionen; Release Notes, die bestätigen, dass neue KI-Funktionen deaktiviert ausgeliefert werden; Bildschirmfoto der KI-Einstellungen des Mandanten; Vertragsklausel zur Aktivierung nur auf Zustimmung.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.9.2' },
            { framework: 'NIST AI RMF 1.0', ref: 'MANAGE 2.4' },
            { framework: 'GDPR', ref: 'Art. 25' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'optInPerFeature',
                label: {
                  en: 'Each AI feature is off until an administrator enables it; it can be switched off again per feature at any time',
                  de: 'Jede KI-Funktion ist deaktiviert, bis ein Administrator sie freischaltet, und kann jederzeit einzeln wieder abgeschaltet werden',
                },
                score: 1,
              },
              {
                id: 'optOutPerFeature',
                label: {
                  en: 'AI features are on by default but can be switched off individually',
                  de: 'KI-Funktionen sind standardmäßig aktiv, lassen sich aber einzeln abschalten',
                },
                score: 0.6,
              },
              {
                id: 'tenantWideOnly',
                label: {
                  en: 'AI can only be switched off for the whole tenant, not per feature',
                  de: 'KI lässt sich nur für den gesamten Mandanten abschalten, nicht je Funktion',
                },
                score: 0.3,
              },
              {
                id: 'noControl',
                label: {
                  en: 'AI features cannot be switched off by the customer',
                  de: 'KI-Funktionen können vom Kunden nicht abgeschaltet werden',
                },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require contractually that new AI features are delivered disabled and that every AI feature can be switched off per tenant without affecting the core contact-centre service.',
            de: 'Vereinbaren Sie vertraglich, dass neue KI-Funktionen deaktiviert ausgeliefert werden und jede KI-Funktion je Mandant abschaltbar ist, ohne den Kernbetrieb des Contact Centers zu beeinträchtigen.',
          },
        },
        {
          id: 'AIE-ISO42001',
          text: {
            en: 'Does the vendor hold a valid ISO/IEC 42001 certificate whose scope covers the AI features of the service you are buying?',
            de: 'Verfügt der Anbieter über ein gültiges ISO/IEC-42001-Zertifikat, dessen Geltungsbereich die KI-Funktionen des beschafften Dienstes umfasst?',
          },
          guidance: {
            en: 'ISO/IEC 42001 certification shows an audited AI management system covering impact assessment, data, life cycle and supplier controls. Check that the scope names the CX product and its AI features, not just a research unit, and that the certification body is accredited; N/A is acceptable only if the vendor offers an equivalent independent assurance.',
            de: 'Eine Zertifizierung nach ISO/IEC 42001 belegt ein auditiertes KI-Managementsystem mit Folgenabschätzung, Daten-, Lebenszyklus- und Lieferantenkontrollen. Prüfen Sie, ob der Geltungsbereich das CX-Produkt und seine KI-Funktionen nennt und nicht nur eine Forschungseinheit, und ob die Zertifizierungsstelle akkreditiert ist; „nicht anwendbar“ ist nur vertretbar, wenn der Anbieter eine gleichwertige unabhängige Prüfung vorweist.',
          },
          evidence: {
            en: 'Certificate with scope statement, issue and expiry dates and accredited certification body; latest surveillance audit confirmation; Statement of Applicability extract for Annex A.',
            de: 'Zertifikat mit Geltungsbereich, Ausstellungs- und Ablaufdatum sowie akkreditierter Zertifizierungsstelle; Bestätigung des letzten Überwachungsaudits; Auszug aus der Erklärung zur Anwendbarkeit für Anhang A.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: '4.3' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.5.2' },
          ],
          weight: 3,
          answer: { type: 'certification', kind: 'certificate' },
          allowNotApplicable: true,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Agree a dated roadmap to ISO/IEC 42001 certification covering the CX AI features, and in the meantime obtain the vendor\'s AI policy, impact assessments and an independent review of its AI controls.',
            de: 'Vereinbaren Sie einen terminierten Fahrplan zur ISO/IEC-42001-Zertifizierung für die KI-Funktionen des CX-Produkts und lassen Sie sich bis dahin KI-Richtlinie, Folgenabschätzungen und eine unabhängige Prüfung der KI-Kontrollen vorlegen.',
          },
        },
        {
          id: 'AIE-IMPACT-ASSESS',
          text: {
            en: 'Does the vendor carry out and document an impact assessment for each AI feature before release, covering effects on callers, chat users and agents, and repeat it after significant changes?',
            de: 'Führt der Anbieter vor der Freigabe jeder KI-Funktion eine dokumentierte Folgenabschätzung durch, die Auswirkungen auf Anrufende, Chat-Nutzer und Agenten betrachtet, und wiederholt er sie nach wesentlichen Änderungen?',
          },
          guidance: {
            en: 'AI in a contact centre affects two groups: end customers (wrong answers, unequal treatment) and agents (monitoring, performance scoring). A credible assessment names both groups, rates the harms and records the mitigations and who accepted the residual risk.',
            de: 'KI im Contact Center betrifft zwei Gruppen: Endkunden (falsche Auskünfte, Ungleichbehandlung) und Agenten (Überwachung, Leistungsbewertung). Eine belastbare Bewertung benennt beide Gruppen, bewertet die möglichen Schäden und hält Gegenmaßnahmen sowie die Übernahme des Restrisikos fest.',
          },
          evidence: {
            en: 'Impact assessment procedure; a redacted completed assessment for one CX AI feature (e.g. call summarisation or AI agent) with risk ratings, mitigations and sign-off.',
            de: 'Verfahrensbeschreibung zur Folgenabschätzung; eine geschwärzte, abgeschlossene Bewertung für eine CX-KI-Funktion (z. B. Gesprächszusammenfassung oder KI-Agent) mit Risikoeinstufung, Maßnahmen und Freigabe.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.5.2' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.5.4' },
            { framework: 'NIST AI RMF 1.0', ref: 'MAP 5.1' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Require an impact assessment for the AI features you will use before go-live and a contractual duty to update and share it after significant model or feature changes.',
            de: 'Verlangen Sie vor dem Produktivstart eine Folgenabschätzung für die von Ihnen genutzten KI-Funktionen sowie die vertragliche Pflicht, diese nach wesentlichen Modell- oder Funktionsänderungen zu aktualisieren und Ihnen zu übermitteln.',
          },
        },
        {
          id: 'AIE-DPIA-SUPPORT',
          text: {
            en: 'Does the vendor provide the information you need for your own data protection impact assessment of the AI features (data flows, purposes, logic involved, retention, sub-processors) and, where required, for a fundamental rights impact assessment?',
            de: 'Stellt der Anbieter die Informationen bereit, die Sie für Ihre eigene Datenschutz-Folgenabschätzung der KI-Funktionen benötigen (Datenflüsse, Zwecke, involvierte Logik, Speicherdauer, Unterauftragsverarbeiter), und, soweit erforderlich, für eine Grundrechte-Folgenabschätzung?',
          },
          guidance: {
            en: 'Analysing recordings and transcripts with AI, especially at scale or for scoring, will usually require a DPIA on your side. You cannot complete it without the vendor describing what the model does with the data; a generic privacy white paper is not enough.',
            de: 'Die KI-gestützte Auswertung von Aufzeichnungen und Transkripten, insbesondere in großem Umfang oder zur Bewertung von Personen, erfordert auf Ihrer Seite regelmäßig eine DSFA. Ohne eine Beschreibung des Anbieters, was das Modell mit den Daten tut, können Sie diese nicht abschließen; ein allgemeines Datenschutz-Whitepaper genügt nicht.',
          },
          evidence: {
            en: 'DPIA support pack or AI data-flow documentation per feature; processing description in the data processing agreement; clause obliging the vendor to assist with DPIAs.',
            de: 'DSFA-Unterstützungspaket oder Datenflussdokumentation je KI-Funktion; Verarbeitungsbeschreibung im Auftragsverarbeitungsvertrag; Klausel zur Unterstützungspflicht des Anbieters bei Datenschutz-Folgenabschätzungen.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 35' },
            { framework: 'GDPR', ref: 'Art. 28(3)(f)' },
            { framework: 'EU AI Act', ref: 'Art. 27' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Make delivery of per-feature AI processing documentation a condition of go-live and include an explicit assistance obligation for DPIAs in the data processing agreement.',
            de: 'Machen Sie die Bereitstellung der Verarbeitungsdokumentation je KI-Funktion zur Voraussetzung für den Produktivstart und nehmen Sie eine ausdrückliche Unterstützungspflicht für Datenschutz-Folgenabschätzungen in den Auftragsverarbeitungsvertrag auf.',
          },
        },
        {
          id: 'AIE-AIACT-ROLE',
          text: {
            en: 'Has the vendor documented, for each AI feature of the service, its own role under the EU AI Act (provider, deployer or other), the role it assigns to you, and the risk classification of the feature?',
            de: 'Hat der Anbieter für jede KI-Funktion des Dienstes dokumentiert, welche Rolle er selbst nach der KI-Verordnung einnimmt (Anbieter, Betreiber oder andere), welche Rolle er Ihnen zuweist und wie die Funktion risikoeingestuft ist?',
          },
          guidance: {
            en: 'For CX platforms the vendor is normally the provider and you the deployer, but configuring an AI agent for a new purpose can shift obligations to you. Without a per-feature classification you cannot tell which transparency, oversight or high-risk duties fall on whom.',
            de: 'Bei CX-Plattformen tritt der Plattformhersteller in der Regel als Anbieter im Sinne der Verordnung auf und Sie als Betreiber; wird ein KI-Agent jedoch für einen neuen Zweck konfiguriert, können Pflichten auf Sie übergehen. Ohne Einstufung je Funktion ist nicht erkennbar, wer welche Transparenz-, Aufsichts- oder Hochrisikopflichten trägt.',
          },
          evidence: {
            en: 'EU AI Act assessment or compliance statement listing each AI feature, the vendor\'s role, the risk category and the reasoning; contract annex allocating obligations between vendor and customer.',
            de: 'Bewertung bzw. Stellungnahme zur Einhaltung der KI-Verordnung mit Auflistung jeder KI-Funktion, der Rolle des Anbieters, der Risikokategorie und der Begründung; Vertragsanlage zur Aufteilung der Pflichten zwischen Anbieter und Kunde.',
          },
          references: [
            { framework: 'EU AI Act', ref: 'Art. 6' },
            { framework: 'EU AI Act', ref: 'Art. 25' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.10.2' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'perFeatureDocumented',
                label: {
                  en: 'Documented per feature with roles, risk class and reasoning, shared with customers',
                  de: 'Je Funktion dokumentiert mit Rollen, Risikoklasse und Begründung und den Kunden zugänglich',
                },
                score: 1,
              },
              {
                id: 'generalStatement',
                label: {
                  en: 'Only a general compliance statement without per-feature classification',
                  de: 'Nur eine allgemeine Aussage zur Einhaltung der Verordnung ohne Einstufung je Funktion',
                },
                score: 0.4,
              },
              {
                id: 'notAssessed',
                label: { en: 'Not assessed or not disclosed', de: 'Nicht bewertet oder nicht offengelegt' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: AI_USED_EU_AI_ACT,
          severity: 'high',
          remediation: {
            en: 'Require a per-feature EU AI Act classification before contract signature and a contract annex that allocates provider and deployer obligations, including who bears them if you repurpose a feature.',
            de: 'Verlangen Sie vor Vertragsunterzeichnung eine Einstufung je Funktion nach der KI-Verordnung sowie eine Vertragsanlage, die Anbieter- und Betreiberpflichten zuordnet – einschließlich der Frage, wer sie trägt, wenn Sie eine Funktion für einen anderen Zweck einsetzen.',
          },
        },
        {
          id: 'AIE-AIACT-HIGHRISK',
          text: {
            en: 'Where an AI feature can be used for a high-risk purpose (e.g. evaluating agent performance, assessing creditworthiness or insurance risk in a service journey, prioritising emergency calls), does the vendor meet and evidence the provider obligations for high-risk AI systems?',
            de: 'Sofern eine KI-Funktion für einen Hochrisiko-Zweck eingesetzt werden kann (z. B. Leistungsbewertung von Agenten, Bonitäts- oder Versicherungsrisikoprüfung im Servicekontakt, Priorisierung von Notrufen), erfüllt und belegt der Anbieter die Pflichten eines Anbieters von Hochrisiko-KI-Systemen?',
          },
          guidance: {
            en: 'Quality-management modules that score agents and AI agents embedded in lending, insurance or emergency workflows can fall under the high-risk categories. Answer N/A only if the vendor demonstrably excludes such uses in its terms and design.',
            de: 'Qualitätsmanagement-Module, die Agenten bewerten, sowie KI-Agenten in Kredit-, Versicherungs- oder Notrufprozessen können unter die Hochrisiko-Kategorien fallen. „Nicht anwendbar“ ist nur zulässig, wenn der Anbieter solche Verwendungen nachweislich vertraglich und technisch ausschließt.',
          },
          evidence: {
            en: 'Risk management documentation, technical documentation summary, instructions for use, EU declaration of conformity and EU database registration for the affected feature; or terms of use that prohibit the high-risk purposes.',
            de: 'Dokumentation des Risikomanagements, Zusammenfassung der technischen Dokumentation, Betriebsanleitung, EU-Konformitätserklärung und Registrierung in der EU-Datenbank für die betroffene Funktion; alternativ Nutzungsbedingungen, die die Hochrisiko-Zwecke untersagen.',
          },
          references: [
            { framework: 'EU AI Act', ref: 'Art. 6' },
            { framework: 'EU AI Act', ref: 'Art. 16' },
            { framework: 'EU AI Act', ref: 'Annex III' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: true,
          appliesWhen: AI_USED_EU_AI_ACT,
          severity: 'high',
          remediation: {
            en: 'Do not use the feature for a high-risk purpose until the vendor provides conformity evidence; record the permitted purposes in the contract and require notification if the classification changes.',
            de: 'Setzen Sie die Funktion nicht für Hochrisiko-Zwecke ein, bis der Anbieter Konformitätsnachweise vorlegt; legen Sie die zulässigen Zwecke vertraglich fest und verlangen Sie eine Mitteilung bei geänderter Einstufung.',
          },
        },
        {
          id: 'AIE-EMOTION-WORKPLACE',
          text: {
            en: 'Can the vendor confirm that no feature infers the emotions of your agents from their voice, face or other biometric data, or that any such feature is technically disabled for workplace use in the EU?',
            de: 'Kann der Anbieter bestätigen, dass keine Funktion Emotionen Ihrer Agenten aus Stimme, Gesicht oder anderen biometrischen Daten ableitet bzw. dass eine solche Funktion für den Einsatz am Arbeitsplatz in der EU technisch deaktiviert ist?',
          },
          guidance: {
            en: 'Voice-based emotion or stress detection applied to employees is a prohibited practice in the EU, and speech analytics suites often apply the same model to both sides of a call. Sentiment scoring limited to the customer side still needs a disclosure to callers.',
            de: 'Die stimmbasierte Erkennung von Emotionen oder Stress bei Beschäftigten ist in der EU eine verbotene Praxis, und Sprachanalyse-Suiten wenden dasselbe Modell häufig auf beide Gesprächsseiten an. Eine auf die Kundenseite beschränkte Stimmungsanalyse erfordert weiterhin einen Hinweis an die Anrufenden.',
          },
          evidence: {
            en: 'Product documentation of speech and interaction analytics stating which channel sides are analysed and how; written confirmation or configuration evidence that agent-side emotion inference is unavailable for EU tenants.',
            de: 'Produktdokumentation der Sprach- und Interaktionsanalyse, aus der hervorgeht, welche Gesprächsseiten wie ausgewertet werden; schriftliche Bestätigung oder Konfigurationsnachweis, dass eine Emotionserkennung auf Agentenseite für EU-Mandanten nicht verfügbar ist.',
          },
          references: [
            { framework: 'EU AI Act', ref: 'Art. 5(1)(f)' },
            { framework: 'EU AI Act', ref: 'Art. 50(3)' },
          ],
          weight: 5,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED_EU_AI_ACT,
          severity: 'critical',
          remediation: {
            en: 'Require written assurance and a technical block on agent-side emotion inference for your tenant, and exclude such functionality contractually; involve the works council before enabling any analytics of agent speech.',
            de: 'Verlangen Sie eine schriftliche Zusicherung und eine technische Sperre der Emotionserkennung auf Agentenseite für Ihren Mandanten und schließen Sie diese Funktionalität vertraglich aus; beteiligen Sie vor jeder Auswertung der Sprache von Agenten den Betriebsrat.',
          },
        },
      ],
    },
    {
      id: 'AIE-S-DATA',
      title: {
        en: 'Model training, data provenance and third-party models',
        de: 'Modelltraining, Datenherkunft und Modelle Dritter',
      },
      questions: [
        {
          id: 'AIE-TRAINING-APPROACH',
          text: {
            en: 'Describe how the models behind each AI feature are built: own models, fine-tuned third-party models or retrieval over your knowledge base, and where training and fine-tuning take place.',
            de: 'Beschreiben Sie, wie die Modelle hinter den einzelnen KI-Funktionen entstehen: eigene Modelle, feinabgestimmte Modelle Dritter oder Abruf aus Ihrer Wissensdatenbank, und wo Training und Feinabstimmung stattfinden.',
          },
          guidance: {
            en: 'This free-text answer gives context for the scored questions that follow; compare it with the sub-processor list and data-flow diagrams for consistency.',
            de: 'Diese Freitextantwort liefert den Kontext für die nachfolgenden bewerteten Fragen; gleichen Sie sie mit der Liste der Unterauftragsverarbeiter und den Datenflussdiagrammen ab.',
          },
          evidence: {
            en: 'Architecture overview of the AI features; model inventory extract; data-flow diagram showing where prompts, transcripts and training data are processed.',
            de: 'Architekturübersicht der KI-Funktionen; Auszug aus dem Modellinventar; Datenflussdiagramm mit den Verarbeitungsorten von Prompts, Transkripten und Trainingsdaten.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.6.2.3' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.6.2.7' },
          ],
          weight: 0,
          answer: { type: 'text' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'low',
          remediation: {
            en: 'Request an architecture and model inventory description before contract signature.',
            de: 'Fordern Sie vor Vertragsunterzeichnung eine Beschreibung der Architektur und des Modellinventars an.',
          },
        },
        {
          id: 'AIE-TRAINING-USE',
          text: {
            en: 'Does the vendor use your data (call recordings, transcripts, chats, CRM records, agent feedback) to train or fine-tune models that serve other customers?',
            de: 'Verwendet der Anbieter Ihre Daten (Gesprächsaufzeichnungen, Transkripte, Chats, CRM-Datensätze, Agenten-Feedback), um Modelle zu trainieren oder feinabzustimmen, die auch anderen Kunden dienen?',
          },
          guidance: {
            en: 'Using customer conversations to improve shared models turns the vendor from processor into a party pursuing its own purpose and can expose your customers\' data to others through model outputs. Look for a clear contractual default of no training, not just a settings page.',
            de: 'Werden Kundengespräche zur Verbesserung gemeinsam genutzter Modelle verwendet, verfolgt der Anbieter einen eigenen Zweck und handelt nicht mehr nur als Auftragsverarbeiter; zudem können Daten Ihrer Kunden über Modellausgaben an Dritte gelangen. Maßgeblich ist ein klarer vertraglicher Ausschluss, nicht nur eine Einstellungsseite.',
          },
          evidence: {
            en: 'Data processing agreement or AI terms stating whether customer data is used for training; product documentation of any data-sharing or model-improvement programme and its default setting.',
            de: 'Auftragsverarbeitungsvertrag oder KI-Nutzungsbedingungen mit Aussage zur Verwendung von Kundendaten für Training; Produktdokumentation zu Programmen zur Datenfreigabe oder Modellverbesserung und deren Voreinstellung.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(3)(a)' },
            { framework: 'GDPR', ref: 'Art. 5(1)(b)' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.7.2' },
          ],
          weight: 5,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'never',
                label: {
                  en: 'Never; customer data is used only to serve that customer',
                  de: 'Nie; Kundendaten werden ausschließlich für den jeweiligen Kunden verwendet',
                },
                score: 1,
              },
              {
                id: 'optInOnly',
                label: {
                  en: 'Only if the customer explicitly opts in, under separate written terms',
                  de: 'Nur bei ausdrücklicher Zustimmung des Kunden auf Grundlage gesonderter schriftlicher Bedingungen',
                },
                score: 0.8,
              },
              {
                id: 'optOut',
                label: {
                  en: 'Used by default, but the customer can opt out',
                  de: 'Standardmäßig verwendet, der Kunde kann jedoch widersprechen',
                },
                score: 0.3,
              },
              {
                id: 'alwaysUsed',
                label: {
                  en: 'Used with no option to opt out, or the vendor will not say',
                  de: 'Verwendet ohne Widerspruchsmöglichkeit, oder der Anbieter macht keine Angaben',
                },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Insert a clause that prohibits use of your data, including derived data such as embeddings and annotations, for training models used for other customers, with audit rights and deletion on exit.',
            de: 'Nehmen Sie eine Klausel auf, die die Verwendung Ihrer Daten – einschließlich abgeleiteter Daten wie Embeddings und Annotationen – zum Training von Modellen für andere Kunden untersagt, mit Prüfrechten und Löschung bei Vertragsende.',
          },
        },
        {
          id: 'AIE-DATA-PROVENANCE',
          text: {
            en: 'Does the vendor keep documented provenance for the data used to train, fine-tune and evaluate its CX models, including source, licence or legal basis, and consent status for any voice recordings?',
            de: 'Dokumentiert der Anbieter die Herkunft der Daten, mit denen seine CX-Modelle trainiert, feinabgestimmt und evaluiert werden, einschließlich Quelle, Lizenz bzw. Rechtsgrundlage und Einwilligungsstatus etwaiger Sprachaufnahmen?',
          },
          guidance: {
            en: 'Speech and intent models are often trained on purchased call corpora or scraped data of unclear origin. Without provenance records the vendor cannot show that the data was lawfully obtained or representative of the languages and callers you serve.',
            de: 'Sprach- und Intent-Modelle werden häufig mit zugekauften Gesprächskorpora oder gesammelten Daten unklarer Herkunft trainiert. Ohne Herkunftsnachweise kann der Anbieter weder die rechtmäßige Beschaffung noch die Repräsentativität für Ihre Sprachen und Anrufenden belegen.',
          },
          evidence: {
            en: 'Data provenance register or datasheets per training dataset; licence agreements for purchased corpora; procedure for approving new training data.',
            de: 'Herkunftsregister oder Datenblätter je Trainingsdatensatz; Lizenzverträge für zugekaufte Korpora; Freigabeverfahren für neue Trainingsdaten.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.7.5' },
            { framework: 'EU AI Act', ref: 'Art. 10' },
            { framework: 'NIST AI RMF 1.0', ref: 'MAP 4.1' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Require a summary of training data sources per model and a warranty that training data was lawfully obtained, with indemnity for third-party claims.',
            de: 'Verlangen Sie eine Übersicht der Trainingsdatenquellen je Modell und eine Gewährleistung für die rechtmäßige Beschaffung der Trainingsdaten, verbunden mit einer Freistellung von Ansprüchen Dritter.',
          },
        },
        {
          id: 'AIE-TRAINING-SECURITY',
          text: {
            en: 'Are training and fine-tuning datasets and model artefacts protected against unauthorised access and tampering, through restricted access, encryption, integrity checks and review of data before it enters training?',
            de: 'Sind Trainings- und Feinabstimmungsdaten sowie Modellartefakte gegen unbefugten Zugriff und Manipulation geschützt – durch eingeschränkte Zugriffe, Verschlüsselung, Integritätsprüfungen und eine Prüfung der Daten vor der Aufnahme ins Training?',
          },
          guidance: {
            en: 'Training sets built from contact-centre data are concentrated stores of personal data, and poisoned data can make an AI agent give harmful or manipulated answers. Expect the same rigour as for production data plus controls specific to data and model poisoning.',
            de: 'Aus Contact-Center-Daten erstellte Trainingsdatensätze bündeln personenbezogene Daten in großem Umfang, und manipulierte Daten können einen KI-Agenten zu schädlichen oder gesteuerten Antworten verleiten. Zu erwarten ist dasselbe Schutzniveau wie für Produktivdaten, ergänzt um Kontrollen gegen Daten- und Modellvergiftung.',
          },
          evidence: {
            en: 'ML pipeline security description; access reviews for training data stores; encryption settings; hash or signature checks on model artefacts; data validation steps in the training pipeline.',
            de: 'Sicherheitsbeschreibung der ML-Pipeline; Zugriffsrezertifizierungen für Trainingsdatenspeicher; Verschlüsselungseinstellungen; Hash- oder Signaturprüfungen für Modellartefakte; Datenvalidierungsschritte in der Trainingspipeline.',
          },
          references: [
            { framework: 'OWASP Top 10 for LLM Applications 2025', ref: 'LLM04' },
            { framework: 'EU AI Act', ref: 'Art. 15' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.24' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Require the ML pipeline to be in scope of the vendor\'s ISO/IEC 27001 or SOC 2 audit and specific controls against data and model poisoning, evidenced annually.',
            de: 'Verlangen Sie, dass die ML-Pipeline im Geltungsbereich des ISO/IEC-27001- oder SOC-2-Audits des Anbieters liegt und spezifische Kontrollen gegen Daten- und Modellvergiftung jährlich nachgewiesen werden.',
          },
        },
        {
          id: 'AIE-RAG-ISOLATION',
          text: {
            en: 'Are your knowledge bases, embeddings, prompt templates and any tenant-specific fine-tuned models isolated from other customers, and does retrieval respect the access rights of the agent or end customer making the request?',
            de: 'Sind Ihre Wissensdatenbanken, Embeddings, Prompt-Vorlagen und etwaige mandantenspezifisch feinabgestimmte Modelle von anderen Kunden getrennt, und berücksichtigt der Abruf die Zugriffsrechte des anfragenden Agenten oder Endkunden?',
          },
          guidance: {
            en: 'An AI agent that retrieves from a shared vector index or ignores document permissions can disclose another customer\'s account details or internal policies. Ask how isolation is enforced technically and how it was tested.',
            de: 'Ein KI-Agent, der aus einem gemeinsamen Vektorindex abruft oder Dokumentberechtigungen ignoriert, kann Kontodaten anderer Kunden oder interne Richtlinien offenlegen. Fragen Sie, wie die Trennung technisch durchgesetzt und wie sie getestet wurde.',
          },
          evidence: {
            en: 'Architecture description of tenant isolation for vector stores and fine-tuned models; penetration test findings covering cross-tenant retrieval; documentation of permission-aware retrieval.',
            de: 'Architekturbeschreibung der Mandantentrennung für Vektordatenbanken und feinabgestimmte Modelle; Ergebnisse von Penetrationstests zum mandantenübergreifenden Abruf; Dokumentation des berechtigungsbasierten Abrufs.',
          },
          references: [
            { framework: 'OWASP Top 10 for LLM Applications 2025', ref: 'LLM08' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.3' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Require logical tenant isolation for all AI data stores, permission-aware retrieval and inclusion of cross-tenant retrieval tests in the annual penetration test.',
            de: 'Verlangen Sie eine logische Mandantentrennung aller KI-Datenspeicher, einen berechtigungsbasierten Abruf und die Aufnahme mandantenübergreifender Abruftests in den jährlichen Penetrationstest.',
          },
        },
        {
          id: 'AIE-FOUNDATION-MODELS',
          text: {
            en: 'Does the vendor disclose every third-party foundation model and model hosting provider used by the service (provider, model family, hosting region), list them as sub-processors and bind them contractually not to train on your data?',
            de: 'Legt der Anbieter alle vom Dienst genutzten Basismodelle Dritter und deren Hosting-Anbieter offen (Anbieter, Modellfamilie, Hosting-Region), führt sie als Unterauftragsverarbeiter auf und verpflichtet sie vertraglich, Ihre Daten nicht zum Training zu verwenden?',
          },
          guidance: {
            en: 'Most CX AI features call a large language model from a third party or a hyperscaler. Prompts then contain transcripts and CRM data, so the model provider is a sub-processor whose location, retention and training terms matter as much as the vendor\'s own.',
            de: 'Die meisten KI-Funktionen im CX-Umfeld rufen ein großes Sprachmodell eines Drittanbieters oder Hyperscalers auf. Die Prompts enthalten dann Transkripte und CRM-Daten; der Modellanbieter ist also Unterauftragsverarbeiter, dessen Standort, Speicherdauer und Trainingsbedingungen ebenso zählen wie die des Anbieters selbst.',
          },
          evidence: {
            en: 'Sub-processor list naming the model providers and regions; AI feature documentation mapping features to models; extract of the vendor\'s contract terms with the model provider on training and retention.',
            de: 'Liste der Unterauftragsverarbeiter mit Modellanbietern und Regionen; Dokumentation, welche KI-Funktion welches Modell nutzt; Auszug aus den Vertragsbedingungen des Anbieters mit dem Modellanbieter zu Training und Speicherdauer.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(2)' },
            { framework: 'GDPR', ref: 'Art. 28(4)' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.10.3' },
            { framework: 'NIST AI RMF 1.0', ref: 'GOVERN 6.1' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Require the model providers to be named sub-processors with prior notice and a right to object to changes, and a flow-down of no-training and retention terms.',
            de: 'Verlangen Sie, dass Modellanbieter als Unterauftragsverarbeiter benannt werden, Änderungen vorab mitgeteilt werden und Ihnen ein Widerspruchsrecht zusteht, sowie die Weitergabe der Verpflichtungen zu Trainingsverbot und Speicherdauer.',
          },
        },
        {
          id: 'AIE-PROVIDER-RETENTION',
          text: {
            en: 'How long may prompts and model outputs containing your data be retained by the third-party model provider, and may its staff review them?',
            de: 'Wie lange darf der Drittanbieter des Modells Prompts und Modellausgaben mit Ihren Daten speichern, und dürfen seine Mitarbeitenden diese einsehen?',
          },
          guidance: {
            en: 'Standard model-provider terms often keep inputs for abuse monitoring and allow human review, outside the vendor\'s own retention settings. For conversations with health, payment or identity data, zero retention should be the expectation.',
            de: 'Standardbedingungen von Modellanbietern sehen oft eine Speicherung der Eingaben zur Missbrauchserkennung und eine Einsicht durch Menschen vor – außerhalb der Aufbewahrungseinstellungen des Anbieters. Bei Gesprächen mit Gesundheits-, Zahlungs- oder Identitätsdaten sollte keine Speicherung der Regelfall sein.',
          },
          evidence: {
            en: 'Model provider terms or enterprise agreement clause on data retention and abuse monitoring; confirmation of a zero-retention arrangement; vendor statement on human review.',
            de: 'Bedingungen des Modellanbieters oder Klausel des Unternehmensvertrags zu Speicherdauer und Missbrauchserkennung; Bestätigung einer Vereinbarung ohne Speicherung; Erklärung des Anbieters zur Einsicht durch Menschen.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 5(1)(e)' },
            { framework: 'GDPR', ref: 'Art. 28(4)' },
            { framework: 'OWASP Top 10 for LLM Applications 2025', ref: 'LLM02' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'zeroRetention',
                label: {
                  en: 'No retention beyond processing the request and no human review',
                  de: 'Keine Speicherung über die Verarbeitung der Anfrage hinaus und keine Einsicht durch Menschen',
                },
                score: 1,
              },
              {
                id: 'shortContractual',
                label: {
                  en: 'Retained for a contractually limited period (30 days or less) for abuse monitoring only',
                  de: 'Speicherung für einen vertraglich begrenzten Zeitraum (höchstens 30 Tage) ausschließlich zur Missbrauchserkennung',
                },
                score: 0.6,
              },
              {
                id: 'providerDefault',
                label: {
                  en: 'Provider\'s standard terms apply or retention is unknown',
                  de: 'Es gelten die Standardbedingungen des Modellanbieters, oder die Speicherdauer ist unbekannt',
                },
                score: 0,
              },
            ],
          },
          allowNotApplicable: true,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Require zero-retention processing, or at least a short, contractually fixed retention period without human review, for all model calls that contain your data.',
            de: 'Verlangen Sie für alle Modellaufrufe mit Ihren Daten eine Verarbeitung ohne Speicherung oder zumindest eine kurze, vertraglich festgelegte Speicherdauer ohne Einsicht durch Menschen.',
          },
        },
        {
          id: 'AIE-MODEL-CHANGE',
          text: {
            en: 'How many days\' advance notice does the vendor commit to give before replacing or materially changing a model behind an AI feature you use?',
            de: 'Mit wie vielen Tagen Vorlauf verpflichtet sich der Anbieter, Sie zu informieren, bevor er ein Modell hinter einer von Ihnen genutzten KI-Funktion austauscht oder wesentlich ändert?',
          },
          guidance: {
            en: 'A new model version can change tone, accuracy, languages handled or bias without any change on your side, and a tuned AI agent may behave differently overnight. Good practice is advance notice with release notes, a test window and the option to stay on the previous version for a period.',
            de: 'Eine neue Modellversion kann Tonfall, Genauigkeit, unterstützte Sprachen oder Verzerrungen verändern, ohne dass Sie etwas anpassen, und ein abgestimmter KI-Agent kann sich über Nacht anders verhalten. Gute Praxis sind eine Vorankündigung mit Release Notes, ein Testzeitraum und die Möglichkeit, vorübergehend bei der bisherigen Version zu bleiben.',
          },
          evidence: {
            en: 'Contract or service description clause on model change notification; model deprecation policy; past notification examples; documentation of version pinning or sandbox testing.',
            de: 'Vertrags- oder Leistungsbeschreibungsklausel zur Ankündigung von Modelländerungen; Richtlinie zur Abkündigung von Modellen; frühere Beispielmitteilungen; Dokumentation zur Versionsfixierung oder zu Tests in einer Sandbox.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.8.2' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.32' },
            { framework: 'NIST AI RMF 1.0', ref: 'MANAGE 3.2' },
          ],
          weight: 3,
          answer: {
            type: 'number',
            unit: { en: 'days', de: 'Tage' },
            min: 0,
            bands: [
              { atLeast: 30, score: 1 },
              { atLeast: 14, score: 0.6 },
              { atLeast: 1, score: 0.3 },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Negotiate at least 30 days\' notice of material model changes with release notes, a sandbox test window and the right to remain on the previous version during that window.',
            de: 'Vereinbaren Sie mindestens 30 Tage Vorankündigung wesentlicher Modelländerungen mit Release Notes, einem Testzeitraum in einer Sandbox und dem Recht, in diesem Zeitraum bei der bisherigen Version zu bleiben.',
          },
        },
      ],
    },
    {
      id: 'AIE-S-SAFE',
      title: { en: 'Safeguards, testing and monitoring', de: 'Schutzmechanismen, Tests und Überwachung' },
      questions: [
        {
          id: 'AIE-PII-REDACTION',
          text: {
            en: 'Is personal data that the model does not need (payment card numbers, bank details, health information, identity numbers) redacted from transcripts and chats before they are sent to a model?',
            de: 'Werden personenbezogene Daten, die das Modell nicht benötigt (Kartennummern, Bankverbindungen, Gesundheitsangaben, Ausweisnummern), aus Transkripten und Chats entfernt, bevor diese an ein Modell übermittelt werden?',
          },
          guidance: {
            en: 'Callers read out card numbers and describe health issues; once in a prompt, this data can reach third-party models, logs and outputs. Redaction should be on by default and cover both speech transcripts and text channels.',
            de: 'Anrufende nennen Kartennummern und schildern gesundheitliche Probleme; einmal im Prompt, können diese Daten an Modelle Dritter, in Protokolle und in Ausgaben gelangen. Die Schwärzung sollte standardmäßig aktiv sein und sowohl Sprachtranskripte als auch Textkanäle abdecken.',
          },
          evidence: {
            en: 'Documentation of the redaction service with the entity types covered and languages supported; default configuration screenshot; test results on redaction recall.',
            de: 'Dokumentation des Schwärzungsdienstes mit abgedeckten Datenarten und unterstützten Sprachen; Bildschirmfoto der Standardkonfiguration; Testergebnisse zur Erkennungsrate der Schwärzung.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 25' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.11' },
            { framework: 'OWASP Top 10 for LLM Applications 2025', ref: 'LLM02' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'onByDefault',
                label: {
                  en: 'Redaction before the prompt is on by default for all channels',
                  de: 'Die Schwärzung vor dem Prompt ist für alle Kanäle standardmäßig aktiv',
                },
                score: 1,
              },
              {
                id: 'configurable',
                label: {
                  en: 'Redaction is available but must be configured by the customer, or covers only some channels',
                  de: 'Eine Schwärzung ist verfügbar, muss aber vom Kunden eingerichtet werden oder deckt nur einzelne Kanäle ab',
                },
                score: 0.5,
              },
              {
                id: 'none',
                label: { en: 'No redaction before data reaches the model', de: 'Keine Schwärzung, bevor Daten das Modell erreichen' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Require redaction of payment, health and identity data before any model call, enabled by default, and keep payment card data out of AI processing entirely.',
            de: 'Verlangen Sie eine standardmäßig aktive Schwärzung von Zahlungs-, Gesundheits- und Identitätsdaten vor jedem Modellaufruf und halten Sie Zahlungskartendaten vollständig aus der KI-Verarbeitung heraus.',
          },
        },
        {
          id: 'AIE-GUARDRAILS',
          text: {
            en: 'Which of the following safeguards are active by default for generative AI features, without configuration by the customer?',
            de: 'Welche der folgenden Schutzmechanismen sind bei generativen KI-Funktionen standardmäßig aktiv, ohne dass der Kunde sie einrichten muss?',
          },
          guidance: {
            en: 'Defaults matter because many deployments go live with them. A customer-facing AI agent needs harmful-content filtering, restriction to approved topics, answers grounded in your approved content and a check that outputs do not leak personal data.',
            de: 'Voreinstellungen sind entscheidend, weil viele Einführungen damit produktiv gehen. Ein KI-Agent mit Kundenkontakt benötigt Filter für schädliche Inhalte, eine Beschränkung auf freigegebene Themen, Antworten auf Basis Ihrer freigegebenen Inhalte und eine Prüfung, dass Ausgaben keine personenbezogenen Daten preisgeben.',
          },
          evidence: {
            en: 'Guardrail or trust-layer documentation listing default settings; screenshots of the default configuration in a new tenant; description of output filtering.',
            de: 'Dokumentation der Schutzmechanismen mit ihren Voreinstellungen; Bildschirmfotos der Standardkonfiguration eines neuen Mandanten; Beschreibung der Ausgabefilterung.',
          },
          references: [
            { framework: 'OWASP Top 10 for LLM Applications 2025', ref: 'LLM02' },
            { framework: 'OWASP Top 10 for LLM Applications 2025', ref: 'LLM09' },
            { framework: 'NIST AI RMF 1.0', ref: 'MEASURE 2.6' },
          ],
          weight: 3,
          answer: {
            type: 'multiChoice',
            options: [
              {
                id: 'contentFilter',
                label: {
                  en: 'Filtering of harmful, abusive or discriminatory content in inputs and outputs',
                  de: 'Filterung schädlicher, beleidigender oder diskriminierender Inhalte in Ein- und Ausgaben',
                },
                score: 0.3,
              },
              {
                id: 'topicRestriction',
                label: {
                  en: 'Restriction of answers to configured topics and refusal of out-of-scope requests',
                  de: 'Beschränkung der Antworten auf festgelegte Themen und Ablehnung themenfremder Anfragen',
                },
                score: 0.2,
              },
              {
                id: 'grounding',
                label: {
                  en: 'Answers grounded in approved knowledge sources, with source references',
                  de: 'Antworten auf Grundlage freigegebener Wissensquellen, mit Quellenangaben',
                },
                score: 0.3,
              },
              {
                id: 'outputPiiCheck',
                label: {
                  en: 'Check of outputs for personal or confidential data before they are shown or spoken',
                  de: 'Prüfung der Ausgaben auf personenbezogene oder vertrauliche Daten, bevor sie angezeigt oder ausgesprochen werden',
                },
                score: 0.2,
              },
              {
                id: 'noneByDefault',
                label: { en: 'None of these by default', de: 'Keiner davon standardmäßig' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Require these safeguards to be enabled for your tenant before go-live and document any deviation as an accepted risk; add a contractual duty to maintain them.',
            de: 'Verlangen Sie, dass diese Schutzmechanismen vor dem Produktivstart für Ihren Mandanten aktiviert sind, dokumentieren Sie Abweichungen als akzeptiertes Risiko und verpflichten Sie den Anbieter vertraglich zu ihrer Aufrechterhaltung.',
          },
        },
        {
          id: 'AIE-ACCURACY',
          text: {
            en: 'How does the vendor test the accuracy of AI outputs and the rate of fabricated answers (hallucinations)?',
            de: 'Wie prüft der Anbieter die Genauigkeit der KI-Ausgaben und die Häufigkeit erfundener Antworten (Halluzinationen)?',
          },
          guidance: {
            en: 'A wrong answer about a refund policy, a contract term or a medical instruction becomes your liability. Look for defined metrics and thresholds that gate releases, plus monitoring in production, with results you can see for your languages.',
            de: 'Eine falsche Auskunft zu Erstattungsregeln, Vertragsbedingungen oder medizinischen Hinweisen geht zu Ihren Lasten. Achten Sie auf festgelegte Kennzahlen und Schwellenwerte als Freigabekriterium sowie auf eine Überwachung im Produktivbetrieb mit Ergebnissen, die Sie für Ihre Sprachen einsehen können.',
          },
          evidence: {
            en: 'Evaluation methodology; benchmark results per language and feature; release criteria; production quality dashboard or periodic accuracy report available to customers.',
            de: 'Evaluierungsmethodik; Benchmark-Ergebnisse je Sprache und Funktion; Freigabekriterien; Qualitäts-Dashboard für den Produktivbetrieb oder regelmäßiger Genauigkeitsbericht für Kunden.',
          },
          references: [
            { framework: 'EU AI Act', ref: 'Art. 15' },
            { framework: 'NIST AI RMF 1.0', ref: 'MEASURE 2.5' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.6.2.4' },
            { framework: 'OWASP Top 10 for LLM Applications 2025', ref: 'LLM09' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'gatedAndMonitored',
                label: {
                  en: 'Defined metrics gate every release and accuracy is monitored in production, with results shared with customers',
                  de: 'Festgelegte Kennzahlen sind Freigabekriterium für jedes Release, und die Genauigkeit wird im Produktivbetrieb überwacht; Ergebnisse werden den Kunden mitgeteilt',
                },
                score: 1,
              },
              {
                id: 'preReleaseOnly',
                label: {
                  en: 'Structured testing before release, but no ongoing production monitoring',
                  de: 'Strukturierte Tests vor dem Release, jedoch keine laufende Überwachung im Produktivbetrieb',
                },
                score: 0.6,
              },
              {
                id: 'adHoc',
                label: { en: 'Ad-hoc or anecdotal testing only', de: 'Nur anlassbezogene oder stichprobenartige Tests' },
                score: 0.2,
              },
              {
                id: 'none',
                label: { en: 'No accuracy testing or not disclosed', de: 'Keine Genauigkeitstests oder keine Angaben' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Agree accuracy metrics and acceptance thresholds for your use cases, run your own acceptance test before go-live and require periodic accuracy reporting.',
            de: 'Vereinbaren Sie Genauigkeitskennzahlen und Abnahmeschwellen für Ihre Anwendungsfälle, führen Sie vor dem Produktivstart einen eigenen Abnahmetest durch und verlangen Sie regelmäßige Berichte zur Genauigkeit.',
          },
        },
        {
          id: 'AIE-RED-TEAM',
          text: {
            en: 'When did an independent team last perform adversarial testing of the AI features, covering prompt injection, jailbreaks, data exfiltration through the model and misuse of connected actions?',
            de: 'Wann hat ein unabhängiges Team zuletzt Angriffstests (Red Teaming) gegen die KI-Funktionen durchgeführt, die Prompt-Injection, Jailbreaks, Datenabfluss über das Modell und den Missbrauch angebundener Aktionen abdecken?',
          },
          guidance: {
            en: 'Customer-facing AI agents read untrusted input from callers, emails and web pages, which makes prompt injection the most direct attack on a CX platform. A conventional penetration test of the web application does not cover this; enter the date of the last test whose scope explicitly included the AI features.',
            de: 'KI-Agenten mit Kundenkontakt verarbeiten nicht vertrauenswürdige Eingaben aus Anrufen, E-Mails und Webseiten; Prompt-Injection ist daher der direkteste Angriffsweg auf eine CX-Plattform. Ein klassischer Penetrationstest der Webanwendung deckt dies nicht ab; erfassen Sie das Datum des letzten Tests, dessen Umfang die KI-Funktionen ausdrücklich einschloss.',
          },
          evidence: {
            en: 'Executive summary of the AI red-team or penetration test report with date, tester, scope and remediation status of findings.',
            de: 'Management-Zusammenfassung des Berichts über das KI-Red-Teaming bzw. den Penetrationstest mit Datum, Prüfer, Umfang und Behebungsstand der Feststellungen.',
          },
          references: [
            { framework: 'OWASP Top 10 for LLM Applications 2025', ref: 'LLM01' },
            { framework: 'EU AI Act', ref: 'Art. 15' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.29' },
            { framework: 'NIST AI RMF 1.0', ref: 'MEASURE 2.7' },
          ],
          weight: 4,
          answer: {
            type: 'date',
            ageBands: [
              { atMost: 365, score: 1 },
              { atMost: 730, score: 0.5 },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Require an independent AI-specific adversarial test at least annually and before major AI releases, with a summary shared with you and critical findings fixed within agreed deadlines.',
            de: 'Verlangen Sie mindestens jährlich sowie vor größeren KI-Releases einen unabhängigen, KI-spezifischen Angriffstest, dessen Zusammenfassung Ihnen vorgelegt wird, und die Behebung kritischer Feststellungen innerhalb vereinbarter Fristen.',
          },
        },
        {
          id: 'AIE-BIAS',
          text: {
            en: 'How mature is the vendor\'s monitoring of AI performance differences across languages, regions, accents and dialects, and demographic groups?',
            de: 'Wie ausgereift ist die Überwachung des Anbieters hinsichtlich Leistungsunterschieden der KI zwischen Sprachen, Regionen, Akzenten und Dialekten sowie demografischen Gruppen?',
          },
          guidance: {
            en: 'Speech recognition and voice bots often perform worse for regional dialects, non-native speakers and older callers, which leads to more failed self-service and unequal treatment. Credible monitoring reports error rates per segment against thresholds, not just an overall average.',
            de: 'Spracherkennung und Voicebots schneiden bei regionalen Dialekten, Nicht-Muttersprachlern und älteren Anrufenden oft schlechter ab; das führt zu mehr abgebrochenen Self-Service-Kontakten und zu Ungleichbehandlung. Eine belastbare Überwachung weist Fehlerraten je Gruppe gegenüber Schwellenwerten aus, nicht nur einen Gesamtdurchschnitt.',
          },
          evidence: {
            en: 'Bias and fairness testing methodology; results segmented by language, accent or dialect and demographic group; thresholds and remediation records; test datasets described by composition.',
            de: 'Methodik der Bias- und Fairnessprüfung; Ergebnisse aufgeschlüsselt nach Sprache, Akzent bzw. Dialekt und demografischer Gruppe; Schwellenwerte und Nachweise zu Korrekturmaßnahmen; Beschreibung der Zusammensetzung der Testdatensätze.',
          },
          references: [
            { framework: 'NIST AI RMF 1.0', ref: 'MEASURE 2.11' },
            { framework: 'EU AI Act', ref: 'Art. 10' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.7.4' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'continuousSegmented',
                label: {
                  en: 'Tested before each release and monitored in production per language, accent or dialect, region and demographic group, with thresholds and remediation',
                  de: 'Vor jedem Release geprüft und im Produktivbetrieb je Sprache, Akzent bzw. Dialekt, Region und demografischer Gruppe überwacht, mit Schwellenwerten und Korrekturmaßnahmen',
                },
                score: 1,
              },
              {
                id: 'periodicSegmented',
                label: {
                  en: 'Periodic testing segmented by language and region, but accents, dialects or demographic groups are not covered',
                  de: 'Regelmäßige Prüfung nach Sprache und Region, jedoch ohne Berücksichtigung von Akzenten, Dialekten oder demografischen Gruppen',
                },
                score: 0.6,
              },
              {
                id: 'aggregateOnly',
                label: {
                  en: 'Only overall accuracy figures or ad-hoc checks',
                  de: 'Nur Gesamtgenauigkeitswerte oder anlassbezogene Prüfungen',
                },
                score: 0.25,
              },
              {
                id: 'none',
                label: { en: 'No bias monitoring or not disclosed', de: 'Keine Bias-Überwachung oder keine Angaben' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Require segmented performance results for the languages and dialects of your customer base before go-live, agreed maximum gaps between segments and periodic re-testing after model changes.',
            de: 'Verlangen Sie vor dem Produktivstart aufgeschlüsselte Leistungsergebnisse für die Sprachen und Dialekte Ihres Kundenstamms, vereinbarte Höchstabweichungen zwischen den Gruppen und erneute Prüfungen nach Modelländerungen.',
          },
        },
        {
          id: 'AIE-MONITORING',
          text: {
            en: 'Does the vendor monitor AI features in production for quality degradation, harmful outputs and misuse, and notify affected customers of AI incidents within a defined time?',
            de: 'Überwacht der Anbieter die KI-Funktionen im Produktivbetrieb auf Qualitätsverlust, schädliche Ausgaben und Missbrauch, und informiert er betroffene Kunden innerhalb einer festgelegten Frist über KI-Vorfälle?',
          },
          guidance: {
            en: 'AI incidents such as an agent giving offensive replies or revealing another caller\'s data may not trigger classic security alerting. Check that they are within the incident process, with criteria for customer notification.',
            de: 'KI-Vorfälle, etwa beleidigende Antworten eines Agenten oder die Preisgabe von Daten anderer Anrufender, lösen klassische Sicherheitsalarme oft nicht aus. Prüfen Sie, ob sie vom Vorfallmanagement erfasst sind und Kriterien für die Benachrichtigung der Kunden bestehen.',
          },
          evidence: {
            en: 'Incident management procedure with AI-specific categories; monitoring metrics and alert thresholds for AI features; contract clause on incident notification timelines.',
            de: 'Verfahren zum Vorfallmanagement mit KI-spezifischen Kategorien; Überwachungskennzahlen und Alarmschwellen für KI-Funktionen; Vertragsklausel zu Meldefristen bei Vorfällen.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.6.2.6' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.8.4' },
            { framework: 'NIST AI RMF 1.0', ref: 'MANAGE 4.1' },
            { framework: 'NIST AI RMF 1.0', ref: 'MANAGE 4.3' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Extend the contractual incident notification clause explicitly to AI incidents, with a defined notification time and a post-incident report.',
            de: 'Erweitern Sie die vertragliche Meldepflicht ausdrücklich auf KI-Vorfälle, mit festgelegter Meldefrist und einem Abschlussbericht nach dem Vorfall.',
          },
        },
      ],
    },
    {
      id: 'AIE-S-HUMAN',
      title: {
        en: 'Human oversight, transparency and accountability',
        de: 'Menschliche Aufsicht, Transparenz und Nachvollziehbarkeit',
      },
      questions: [
        {
          id: 'AIE-HUMAN-HANDOFF',
          text: {
            en: 'Can an AI agent hand the conversation to a human agent at any point, at the end customer\'s request or on defined triggers, passing on the conversation history and context?',
            de: 'Kann ein KI-Agent das Gespräch jederzeit – auf Wunsch des Endkunden oder bei festgelegten Auslösern – an einen menschlichen Agenten übergeben und dabei Gesprächsverlauf und Kontext mitgeben?',
          },
          guidance: {
            en: 'End customers must never be trapped in a bot loop, especially in complaints, vulnerable-customer or emergency situations. Check that escalation works on every channel, that triggers (repeated failure, negative sentiment, sensitive topics) are configurable and that the human sees the full context.',
            de: 'Endkunden dürfen nie in einer Bot-Schleife gefangen sein, insbesondere bei Beschwerden, schutzbedürftigen Kunden oder Notlagen. Prüfen Sie, ob die Eskalation in allen Kanälen funktioniert, ob Auslöser (wiederholtes Scheitern, negative Stimmung, sensible Themen) konfigurierbar sind und ob der Mensch den vollständigen Kontext sieht.',
          },
          evidence: {
            en: 'Product documentation of escalation and hand-off configuration per channel; demonstration or recording of a hand-off with context transfer; default escalation rules.',
            de: 'Produktdokumentation der Eskalations- und Übergabekonfiguration je Kanal; Vorführung oder Aufzeichnung einer Übergabe mit Kontextübermittlung; voreingestellte Eskalationsregeln.',
          },
          references: [
            { framework: 'EU AI Act', ref: 'Art. 14' },
            { framework: 'NIST AI RMF 1.0', ref: 'MAP 3.5' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.9.2' },
          ],
          weight: 5,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Do not deploy customer-facing AI agents without a tested hand-off to humans on every channel; make an always-available escalation path a contractual requirement.',
            de: 'Setzen Sie KI-Agenten mit Kundenkontakt nicht ohne getestete Übergabe an Menschen in allen Kanälen ein; machen Sie einen jederzeit verfügbaren Eskalationsweg zur vertraglichen Anforderung.',
          },
        },
        {
          id: 'AIE-DISCLOSURE',
          text: {
            en: 'Are end customers clearly told, at the latest at the start of the interaction, that they are communicating with an AI system, on voice as well as digital channels?',
            de: 'Werden Endkunden spätestens zu Beginn der Interaktion klar darauf hingewiesen, dass sie mit einem KI-System kommunizieren, und zwar in Sprach- wie in digitalen Kanälen?',
          },
          guidance: {
            en: 'Natural-sounding voice bots make it hard for callers to tell they are not speaking to a person. The platform should provide a default disclosure that cannot be removed by accident, with wording you can adapt per language.',
            de: 'Natürlich klingende Voicebots machen es Anrufenden schwer zu erkennen, dass sie nicht mit einem Menschen sprechen. Die Plattform sollte einen voreingestellten Hinweis bereitstellen, der nicht versehentlich entfernt werden kann und dessen Wortlaut Sie je Sprache anpassen können.',
          },
          evidence: {
            en: 'Product documentation of the AI disclosure feature and its defaults for voice and chat; sample greeting or chat banner; configuration screenshot.',
            de: 'Produktdokumentation des KI-Hinweises und seiner Voreinstellungen für Sprache und Chat; Beispielansage oder Chat-Banner; Bildschirmfoto der Konfiguration.',
          },
          references: [
            { framework: 'EU AI Act', ref: 'Art. 50(1)' },
            { framework: 'EU AI Act', ref: 'Art. 50(5)' },
            { framework: 'NIST AI RMF 1.0', ref: 'MEASURE 2.8' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Require a default AI disclosure in every customer-facing AI channel and include disclosure wording in your go-live acceptance tests.',
            de: 'Verlangen Sie einen voreingestellten KI-Hinweis in jedem KI-Kanal mit Kundenkontakt und nehmen Sie den Wortlaut des Hinweises in Ihre Abnahmetests vor dem Produktivstart auf.',
          },
        },
        {
          id: 'AIE-SYNTHETIC-VOICE',
          text: {
            en: 'Is synthetic speech and generated content produced by the platform marked as artificially generated, and is voice cloning limited to voices whose owners have given documented consent?',
            de: 'Werden von der Plattform erzeugte synthetische Sprache und generierte Inhalte als künstlich erzeugt gekennzeichnet, und ist das Klonen von Stimmen auf Stimmen beschränkt, deren Inhaber nachweislich eingewilligt haben?',
          },
          guidance: {
            en: 'Voice bots increasingly use cloned voices of real employees or voice actors. Without consent records and marking of generated audio, the buyer risks misuse claims and deceptive interactions.',
            de: 'Voicebots nutzen zunehmend geklonte Stimmen realer Beschäftigter oder Sprecher. Ohne Einwilligungsnachweise und Kennzeichnung erzeugter Audioinhalte drohen dem Auftraggeber Ansprüche wegen Missbrauchs und irreführende Interaktionen.',
          },
          evidence: {
            en: 'Documentation of watermarking or metadata marking of generated audio and text; voice cloning policy with consent procedure; terms of use restricting cloned voices.',
            de: 'Dokumentation der Wasserzeichen oder Metadatenkennzeichnung erzeugter Audio- und Textinhalte; Richtlinie zum Stimmenklonen mit Einwilligungsverfahren; Nutzungsbedingungen mit Beschränkungen für geklonte Stimmen.',
          },
          references: [
            { framework: 'EU AI Act', ref: 'Art. 50(2)' },
            { framework: 'GDPR', ref: 'Art. 7' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: true,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Require machine-readable marking of generated audio and a documented consent process before any voice is cloned for your service.',
            de: 'Verlangen Sie eine maschinenlesbare Kennzeichnung erzeugter Audioinhalte und ein dokumentiertes Einwilligungsverfahren, bevor eine Stimme für Ihren Dienst geklont wird.',
          },
        },
        {
          id: 'AIE-DECISION-REVIEW',
          text: {
            en: 'Where the AI takes decisions with legal or similarly significant effect on end customers (e.g. refusing a refund, blocking an account, rejecting a claim), can such decisions be routed to human review, and can the customer contest them?',
            de: 'Sofern die KI Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung für Endkunden trifft (z. B. Ablehnung einer Erstattung, Sperrung eines Kontos, Zurückweisung eines Antrags), können diese Entscheidungen einer menschlichen Prüfung zugeführt werden, und kann der Kunde sie anfechten?',
          },
          guidance: {
            en: 'Autonomous AI agents that act on accounts can make decisions to which the restrictions on solely automated decision-making apply. The platform must let you configure which decision types require human approval and record the customer\'s request for review.',
            de: 'Autonome KI-Agenten, die auf Kundenkonten handeln, können Entscheidungen treffen, für die die Beschränkungen ausschließlich automatisierter Entscheidungen gelten. Die Plattform muss festlegen lassen, welche Entscheidungsarten eine menschliche Freigabe erfordern, und den Prüfantrag des Kunden dokumentieren.',
          },
          evidence: {
            en: 'Configuration documentation of approval workflows for AI decisions; description of the review and contest process; sample audit trail of a human-reviewed decision.',
            de: 'Konfigurationsdokumentation der Freigabe-Workflows für KI-Entscheidungen; Beschreibung des Prüf- und Anfechtungsverfahrens; beispielhafter Prüfpfad einer menschlich überprüften Entscheidung.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 22' },
            { framework: 'EU AI Act', ref: 'Art. 14' },
            { framework: 'EU AI Act', ref: 'Art. 86' },
          ],
          weight: 5,
          answer: { type: 'yesNo' },
          allowNotApplicable: true,
          appliesWhen: AI_AUTONOMOUS,
          severity: 'high',
          remediation: {
            en: 'Configure mandatory human approval for decision types with significant effect and agree a documented process for customers to obtain human intervention and contest decisions.',
            de: 'Richten Sie für Entscheidungsarten mit erheblicher Wirkung eine verpflichtende menschliche Freigabe ein und vereinbaren Sie ein dokumentiertes Verfahren, mit dem Kunden ein menschliches Eingreifen erwirken und Entscheidungen anfechten können.',
          },
        },
        {
          id: 'AIE-ACTION-LIMITS',
          text: {
            en: 'Are the actions an autonomous AI agent may take in connected systems (refunds, cancellations, address or payment changes) restricted by configurable allow-lists, value limits and confirmation steps?',
            de: 'Sind die Aktionen, die ein autonomer KI-Agent in angebundenen Systemen ausführen darf (Erstattungen, Kündigungen, Adress- oder Zahlungsänderungen), durch konfigurierbare Positivlisten, Betragsgrenzen und Bestätigungsschritte beschränkt?',
          },
          guidance: {
            en: 'An AI agent with broad API permissions can be talked into issuing refunds or changing account details. Permissions should follow least privilege, with per-action limits and confirmation for high-impact steps.',
            de: 'Ein KI-Agent mit weitreichenden API-Berechtigungen kann dazu gebracht werden, Erstattungen auszulösen oder Kontodaten zu ändern. Die Berechtigungen sollten dem Prinzip der geringsten Rechte folgen, mit Grenzen je Aktion und Bestätigung bei folgenreichen Schritten.',
          },
          evidence: {
            en: 'Documentation of agent tool and action permissions; screenshots of limit and confirmation settings; description of how connector credentials are scoped.',
            de: 'Dokumentation der Werkzeug- und Aktionsberechtigungen des Agenten; Bildschirmfotos der Einstellungen zu Grenzen und Bestätigungen; Beschreibung, wie die Zugangsdaten der Konnektoren eingeschränkt sind.',
          },
          references: [
            { framework: 'OWASP Top 10 for LLM Applications 2025', ref: 'LLM06' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.15' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_AUTONOMOUS,
          severity: 'high',
          remediation: {
            en: 'Limit AI agent permissions to a documented allow-list of actions with value caps and require human confirmation above them; review the permissions before each new use case.',
            de: 'Beschränken Sie die Berechtigungen des KI-Agenten auf eine dokumentierte Positivliste von Aktionen mit Betragsobergrenzen und verlangen Sie darüber eine menschliche Bestätigung; überprüfen Sie die Berechtigungen vor jedem neuen Anwendungsfall.',
          },
        },
        {
          id: 'AIE-STOP',
          text: {
            en: 'Can your administrators stop an autonomous AI agent immediately, with conversations falling back to human agents or a safe default flow?',
            de: 'Können Ihre Administratoren einen autonomen KI-Agenten sofort stoppen, sodass Gespräche an menschliche Agenten oder einen sicheren Standardablauf zurückfallen?',
          },
          guidance: {
            en: 'If an AI agent starts giving wrong or harmful answers, every minute counts. A stop function should take effect within minutes, without a vendor ticket, and route traffic to a defined fallback.',
            de: 'Gibt ein KI-Agent falsche oder schädliche Antworten, zählt jede Minute. Eine Stoppfunktion sollte binnen Minuten wirken, ohne Ticket beim Anbieter, und den Verkehr auf einen festgelegten Ersatzablauf leiten.',
          },
          evidence: {
            en: 'Administration documentation of the stop or disable function; runbook for AI agent fallback routing; test record of a stop and fallback.',
            de: 'Administrationsdokumentation der Stopp- bzw. Deaktivierungsfunktion; Betriebshandbuch für das Ersatzrouting; Testnachweis eines Stopps mit Rückfall auf den Ersatzablauf.',
          },
          references: [
            { framework: 'EU AI Act', ref: 'Art. 14(4)(e)' },
            { framework: 'NIST AI RMF 1.0', ref: 'MANAGE 2.4' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_AUTONOMOUS,
          severity: 'high',
          remediation: {
            en: 'Require a self-service stop function with tested fallback routing and include it in your contact-centre business continuity exercises.',
            de: 'Verlangen Sie eine selbst bedienbare Stoppfunktion mit getestetem Ersatzrouting und nehmen Sie diese in Ihre Notfallübungen für das Contact Center auf.',
          },
        },
        {
          id: 'AIE-MODEL-CARDS',
          text: {
            en: 'What documentation does the vendor make available for each AI feature on intended use, limitations, supported languages and evaluation results?',
            de: 'Welche Dokumentation stellt der Anbieter für jede KI-Funktion zu bestimmungsgemäßer Verwendung, Grenzen, unterstützten Sprachen und Evaluierungsergebnissen bereit?',
          },
          guidance: {
            en: 'Model or system cards tell your CX and compliance teams where a feature must not be relied on, for example unsupported dialects or medical topics. Marketing collateral is not a substitute.',
            de: 'Modell- oder Systemkarten zeigen Ihren CX- und Compliance-Teams, wo man sich auf eine Funktion nicht verlassen darf, etwa bei nicht unterstützten Dialekten oder medizinischen Themen. Marketingunterlagen sind dafür kein Ersatz.',
          },
          evidence: {
            en: 'Model or system cards per AI feature; instructions for use; published limitations and known failure modes; version history.',
            de: 'Modell- oder Systemkarten je KI-Funktion; Betriebsanleitung; veröffentlichte Grenzen und bekannte Fehlerbilder; Versionshistorie.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.8.2' },
            { framework: 'EU AI Act', ref: 'Art. 13' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'perFeatureCards',
                label: {
                  en: 'Versioned model or system cards per feature, with limitations and evaluation results',
                  de: 'Versionierte Modell- oder Systemkarten je Funktion mit Grenzen und Evaluierungsergebnissen',
                },
                score: 1,
              },
              {
                id: 'genericDocs',
                label: {
                  en: 'General product documentation that mentions limitations without evaluation results',
                  de: 'Allgemeine Produktdokumentation, die Grenzen nennt, jedoch ohne Evaluierungsergebnisse',
                },
                score: 0.5,
              },
              {
                id: 'marketingOnly',
                label: {
                  en: 'Marketing material only, or nothing',
                  de: 'Nur Marketingunterlagen oder gar nichts',
                },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Require per-feature documentation of intended use, limitations and evaluation results as part of the service description, updated with each model change.',
            de: 'Verlangen Sie als Teil der Leistungsbeschreibung eine Dokumentation je Funktion zu bestimmungsgemäßer Verwendung, Grenzen und Evaluierungsergebnissen, die bei jeder Modelländerung aktualisiert wird.',
          },
        },
        {
          id: 'AIE-EXPLAIN',
          text: {
            en: 'Can your supervisors and quality teams see, for an individual interaction, why the AI produced a given answer, score or routing decision (sources used, detected intent, confidence, rules applied)?',
            de: 'Können Ihre Teamleitungen und Qualitätsteams für eine einzelne Interaktion nachvollziehen, warum die KI eine bestimmte Antwort, Bewertung oder Routing-Entscheidung erzeugt hat (verwendete Quellen, erkannte Absicht, Konfidenz, angewandte Regeln)?',
          },
          guidance: {
            en: 'Without per-interaction explanations you cannot handle complaints, correct an AI agent or answer a data subject asking how a decision was reached. Aggregate dashboards are not enough.',
            de: 'Ohne Erklärungen je Interaktion können Sie weder Beschwerden bearbeiten noch einen KI-Agenten korrigieren oder einer betroffenen Person beantworten, wie eine Entscheidung zustande kam. Aggregierte Dashboards reichen dafür nicht aus.',
          },
          evidence: {
            en: 'Screenshots of the interaction-level AI explanation or trace view; documentation of exported explanation fields; example trace of an AI agent conversation.',
            de: 'Bildschirmfotos der Erklärungs- oder Trace-Ansicht je Interaktion; Dokumentation der exportierbaren Erklärungsfelder; Beispiel-Trace eines Gesprächs mit einem KI-Agenten.',
          },
          references: [
            { framework: 'NIST AI RMF 1.0', ref: 'MEASURE 2.9' },
            { framework: 'GDPR', ref: 'Art. 15(1)(h)' },
            { framework: 'EU AI Act', ref: 'Art. 13' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'medium',
          remediation: {
            en: 'Require interaction-level explanation data (sources, intent, confidence) to be available in the user interface or via export before AI outputs are used in decisions about customers or agents.',
            de: 'Verlangen Sie, dass Erklärungsdaten je Interaktion (Quellen, Absicht, Konfidenz) in der Oberfläche oder per Export verfügbar sind, bevor KI-Ausgaben in Entscheidungen über Kunden oder Agenten einfließen.',
          },
        },
        {
          id: 'AIE-DECISION-LOG',
          text: {
            en: 'Does the platform log each AI interaction and decision (input, output, model version, guardrail interventions, human overrides) in a tamper-resistant way that you can export for at least six months?',
            de: 'Protokolliert die Plattform jede KI-Interaktion und -Entscheidung (Eingabe, Ausgabe, Modellversion, Eingriffe der Schutzmechanismen, menschliche Übersteuerungen) manipulationsgeschützt und für Sie mindestens sechs Monate exportierbar?',
          },
          guidance: {
            en: 'Logs are the basis for complaint handling, incident investigation and regulatory enquiries; without the model version you cannot tell whether a fault came from a model change. Balance retention against data minimisation and check that logs inherit the same redaction as transcripts.',
            de: 'Protokolle sind die Grundlage für Beschwerdebearbeitung, Vorfallsuntersuchung und behördliche Anfragen; ohne Modellversion lässt sich nicht erkennen, ob ein Fehler auf eine Modelländerung zurückgeht. Wägen Sie die Aufbewahrung gegen die Datenminimierung ab und prüfen Sie, ob für Protokolle dieselbe Schwärzung gilt wie für Transkripte.',
          },
          evidence: {
            en: 'Log schema documentation for AI events; retention settings; export or API documentation; description of integrity protection of logs.',
            de: 'Dokumentation des Protokollschemas für KI-Ereignisse; Aufbewahrungseinstellungen; Export- bzw. API-Dokumentation; Beschreibung des Integritätsschutzes der Protokolle.',
          },
          references: [
            { framework: 'EU AI Act', ref: 'Art. 12' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.6.2.8' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.15' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: AI_USED,
          severity: 'high',
          remediation: {
            en: 'Require AI event logging with model version and overrides, export to your SIEM or archive, and a retention period agreed with your data protection officer.',
            de: 'Verlangen Sie eine Protokollierung der KI-Ereignisse mit Modellversion und Übersteuerungen, einen Export in Ihr SIEM oder Archiv und eine mit Ihrem Datenschutzbeauftragten abgestimmte Aufbewahrungsfrist.',
          },
        },
      ],
    },
  ],
};
