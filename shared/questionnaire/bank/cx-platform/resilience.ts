import type { DomainInput } from '../../schema';

/**
 * Resilience and SLAs for CX platforms (contact centre, digital channels, AI agents):
 * service levels, redundancy, recovery, change and incident transparency, and the
 * NIS2 / DORA duties a buyer has to pass through to the vendor.
 */
export const resilience: DomainInput = {
  id: 'resilience',
  title: { en: 'Resilience and SLAs', de: 'Resilienz und SLAs' },
  description: {
    en: 'Whether the vendor can keep voice, digital channels and AI agents available when customers need them most, recover quickly and transparently from failures, and support the buyer\'s own regulatory obligations on continuity, incident reporting and exit.',
    de: 'Ob der Anbieter Sprachkanal, digitale Kanäle und KI-Agenten gerade in Spitzenzeiten verfügbar hält, sich nach Störungen rasch und nachvollziehbar erholt und den Auftraggeber bei dessen regulatorischen Pflichten zu Betriebskontinuität, Vorfallmeldung und Ausstieg unterstützt.',
  },
  defaultWeight: 2,
  sections: [
    // ------------------------------------------------------------------
    {
      id: 'RSL-S-SLA',
      title: { en: 'Service levels and commitments', de: 'Service-Level-Zusagen' },
      questions: [
        {
          id: 'RSL-SLA',
          text: {
            en: 'What monthly availability does the vendor contractually commit to for the production service, expressed as a percentage?',
            de: 'Welche monatliche Verfügbarkeit sichert der Anbieter für den Produktivbetrieb vertraglich zu (in Prozent)?',
          },
          guidance: {
            en: 'A contact centre that is down cannot take calls or chats, so every tenth of a percent matters: 99.9 % still allows about 43 minutes of outage a month, 99.99 % about four. Record only the figure written into the contract or SLA schedule, not marketing claims or historical uptime.',
            de: 'Fällt das Contact Center aus, gehen Anrufe und Chats verloren; jede Nachkommastelle zählt: 99,9 % erlauben rund 43 Minuten Ausfall pro Monat, 99,99 % nur etwa vier. Erfassen Sie ausschließlich den im Vertrag oder SLA-Anhang festgeschriebenen Wert, nicht Werbeaussagen oder die historische Verfügbarkeit.',
          },
          evidence: {
            en: 'Signed SLA schedule or service description stating the availability percentage, the measurement period, the calculation method and the exclusions.',
            de: 'Unterzeichneter SLA-Anhang oder Leistungsbeschreibung mit Verfügbarkeitswert, Messzeitraum, Berechnungsmethode und Ausschlüssen.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.20' },
            { framework: 'BSI C5:2020', ref: 'OPS-02' },
            { framework: 'DORA', ref: 'Art. 30(3)(a)' },
          ],
          weight: 5,
          answer: {
            type: 'number',
            unit: { en: '%', de: '%' },
            min: 90,
            max: 100,
            bands: [
              { atLeast: 99.99, score: 1 },
              { atLeast: 99.95, score: 0.85 },
              { atLeast: 99.9, score: 0.6 },
              { atLeast: 99.5, score: 0.3 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Negotiate a contractual availability of at least 99.95 % (99.99 % for critical contact centres), measured monthly per region, with narrowly defined exclusions and an explicit calculation formula.',
            de: 'Verhandeln Sie eine vertragliche Verfügbarkeit von mindestens 99,95 % (99,99 % bei kritischen Contact Centern), monatlich je Region gemessen, mit eng gefassten Ausschlüssen und einer ausdrücklichen Berechnungsformel.',
          },
        },
        {
          id: 'RSL-SLA-SCOPE',
          text: {
            en: 'Which parts of the service are covered by the availability commitment?',
            de: 'Welche Bestandteile des Dienstes sind von der Verfügbarkeitszusage erfasst?',
          },
          guidance: {
            en: 'Many SLAs cover only the web application or administration console, while the voice media path, routing engine or AI agents fall outside. An SLA only protects you for the components your customers actually experience.',
            de: 'Viele SLAs erfassen nur die Weboberfläche oder Administrationskonsole, während Sprachübertragung, Routing oder KI-Agenten ausgenommen sind. Ein SLA schützt Sie nur für die Komponenten, die Ihre Kundschaft tatsächlich nutzt.',
          },
          evidence: {
            en: 'SLA definition of "service" or "availability" listing the covered components, and the list of exclusions (e.g. third-party carriers, beta features).',
            de: 'SLA-Definition von „Dienst“ bzw. „Verfügbarkeit“ mit Aufzählung der erfassten Komponenten sowie die Liste der Ausschlüsse (z. B. Drittanbieter-Carrier, Beta-Funktionen).',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.20' },
            { framework: 'DORA', ref: 'Art. 30(2)(e)' },
          ],
          weight: 3,
          answer: {
            type: 'multiChoice',
            options: [
              { id: 'voice', label: { en: 'Inbound and outbound voice, including media path', de: 'Ein- und ausgehende Telefonie einschließlich Sprachübertragung' }, score: 0.3 },
              { id: 'routing', label: { en: 'Routing, queuing and agent desktop', de: 'Routing, Warteschlangen und Agenten-Arbeitsplatz' }, score: 0.25 },
              { id: 'digital', label: { en: 'Digital channels (chat, messaging, e-mail)', de: 'Digitale Kanäle (Chat, Messaging, E-Mail)' }, score: 0.2 },
              { id: 'aiAgents', label: { en: 'AI agents and bots', de: 'KI-Agenten und Bots' }, score: 0.15 },
              { id: 'apis', label: { en: 'APIs and CRM integrations', de: 'Programmierschnittstellen und CRM-Anbindungen' }, score: 0.1 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require the SLA to apply end to end to every channel in use, including voice media, routing and AI agents, and limit exclusions to events genuinely outside the vendor\'s control.',
            de: 'Fordern Sie, dass das SLA durchgängig für alle genutzten Kanäle gilt – einschließlich Sprachübertragung, Routing und KI-Agenten – und Ausschlüsse auf Ereignisse beschränkt werden, die tatsächlich außerhalb des Einflussbereichs des Anbieters liegen.',
          },
        },
        {
          id: 'RSL-CREDITS',
          text: {
            en: 'What remedies does the contract provide when the availability commitment is missed?',
            de: 'Welche Rechtsfolgen sieht der Vertrag vor, wenn die zugesicherte Verfügbarkeit unterschritten wird?',
          },
          guidance: {
            en: 'Service credits are rarely compensation for lost contacts, but they show whether the vendor puts money behind its promise. Look for credits that escalate with the shortfall, are granted without lengthy claim procedures and are backed by a termination right for repeated breaches.',
            de: 'Gutschriften ersetzen selten den Schaden verlorener Kundenkontakte, zeigen aber, ob der Anbieter finanziell für seine Zusage einsteht. Achten Sie auf Gutschriften, die mit dem Ausmaß der Unterschreitung steigen, ohne aufwendiges Antragsverfahren gewährt werden und durch ein Kündigungsrecht bei wiederholten Verstößen ergänzt sind.',
          },
          evidence: {
            en: 'SLA credit table, claim procedure and deadlines, credit cap, and the termination clause for chronic SLA failure.',
            de: 'Gutschriftentabelle des SLA, Antragsverfahren und -fristen, Obergrenze der Gutschriften sowie die Kündigungsklausel bei dauerhafter SLA-Verfehlung.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.20' },
            { framework: 'DORA', ref: 'Art. 30(3)(a)' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'tieredWithTermination',
                label: { en: 'Tiered credits granted automatically, plus a termination right for repeated breaches', de: 'Gestaffelte Gutschriften ohne Antrag sowie Kündigungsrecht bei wiederholten Verstößen' },
                score: 1,
              },
              {
                id: 'tieredOnClaim',
                label: { en: 'Tiered credits, but only on claim and without a termination right', de: 'Gestaffelte Gutschriften, jedoch nur auf Antrag und ohne Kündigungsrecht' },
                score: 0.6,
              },
              {
                id: 'nominal',
                label: { en: 'Nominal credits only (low cap, flat amount)', de: 'Nur geringfügige Gutschriften (niedrige Obergrenze, Pauschalbetrag)' },
                score: 0.3,
              },
              { id: 'none', label: { en: 'No remedies', de: 'Keine Rechtsfolgen' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Negotiate credits that escalate with the shortfall and are applied without a claim, a cap of at least a meaningful share of the monthly fee, and an extraordinary termination right after repeated misses within twelve months.',
            de: 'Verhandeln Sie mit der Unterschreitung steigende Gutschriften, die ohne Antrag verrechnet werden, eine Obergrenze, die einen spürbaren Anteil der Monatsgebühr erreicht, sowie ein außerordentliches Kündigungsrecht bei wiederholter Verfehlung innerhalb von zwölf Monaten.',
          },
        },
        {
          id: 'RSL-SLA-REPORT',
          text: {
            en: 'Does the vendor provide regular availability and performance reports for the buyer\'s own tenant and region, measured against the SLA?',
            de: 'Stellt der Anbieter regelmäßig Berichte zu Verfügbarkeit und Leistung für den Mandanten und die Region des Auftraggebers bereit, gemessen am SLA?',
          },
          guidance: {
            en: 'Platform-wide averages can hide outages that hit a single region or a single carrier. Tenant-level reporting is what lets you verify credits, spot degradation in call quality or bot response times, and feed your own service reviews.',
            de: 'Plattformweite Durchschnittswerte können Ausfälle verdecken, die nur eine Region oder einen Carrier betreffen. Erst mandantenbezogene Berichte erlauben es, Gutschriften zu prüfen, nachlassende Sprachqualität oder Antwortzeiten von Bots zu erkennen und die Ergebnisse in eigene Leistungsbewertungen einfließen zu lassen.',
          },
          evidence: {
            en: 'Sample monthly SLA report or dashboard screenshot showing tenant- or region-specific availability, incident minutes and quality metrics.',
            de: 'Beispiel eines monatlichen SLA-Berichts oder Screenshot des Dashboards mit mandanten- bzw. regionsbezogener Verfügbarkeit, Ausfallminuten und Qualitätskennzahlen.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.22' },
            { framework: 'BSI C5:2020', ref: 'OPS-02' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Require monthly tenant-level SLA reports as a contractual deliverable and include them in quarterly service reviews.',
            de: 'Vereinbaren Sie monatliche mandantenbezogene SLA-Berichte als vertragliche Leistung und nehmen Sie diese in die quartalsweisen Service-Reviews auf.',
          },
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: 'RSL-S-ARCH',
      title: { en: 'Architecture, redundancy and capacity', de: 'Architektur, Redundanz und Kapazität' },
      questions: [
        {
          id: 'RSL-REDUNDANCY',
          text: {
            en: 'How is the production platform serving the buyer made redundant across availability zones and regions?',
            de: 'Wie ist die für den Auftraggeber genutzte Produktivplattform über Verfügbarkeitszonen und Regionen hinweg redundant ausgelegt?',
          },
          guidance: {
            en: 'Voice and digital channels need a design that survives the loss of a data centre and, for critical contact centres, of a whole region. Active-active operation avoids the long, error-prone switchover that a cold standby needs; ask separately for voice and for digital channels if the designs differ.',
            de: 'Sprach- und Digitalkanäle benötigen eine Architektur, die den Ausfall eines Rechenzentrums und bei kritischen Contact Centern auch einer ganzen Region übersteht. Ein Aktiv-aktiv-Betrieb vermeidet die langwierige und fehleranfällige Umschaltung auf einen kalten Standby; fragen Sie bei abweichenden Konzepten getrennt nach Sprach- und Digitalkanälen.',
          },
          evidence: {
            en: 'Architecture and redundancy description for the buyer\'s region, audit report section on redundancy (e.g. C5 PS-02 or SOC 2 A1.2 testing), and the list of regions and availability zones used.',
            de: 'Architektur- und Redundanzbeschreibung für die Region des Auftraggebers, Abschnitt des Prüfberichts zur Redundanz (z. B. Prüfung zu C5 PS-02 oder SOC 2 A1.2) sowie Liste der genutzten Regionen und Verfügbarkeitszonen.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.14' },
            { framework: 'BSI C5:2020', ref: 'PS-02' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'A1.2' },
          ],
          weight: 5,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'multiRegionActiveActive',
                label: { en: 'Active-active across several regions for voice and digital channels', de: 'Aktiv-aktiv über mehrere Regionen für Sprach- und Digitalkanäle' },
                score: 1,
              },
              {
                id: 'multiZonePlusStandbyRegion',
                label: { en: 'Active-active across zones in one region, with a standby region', de: 'Aktiv-aktiv über Zonen einer Region, mit Standby-Region' },
                score: 0.75,
              },
              {
                id: 'multiZoneOnly',
                label: { en: 'Several zones in a single region, no second region', de: 'Mehrere Zonen in einer Region, keine zweite Region' },
                score: 0.4,
              },
              { id: 'singleSite', label: { en: 'Single data centre or single zone', de: 'Einzelnes Rechenzentrum oder einzelne Zone' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require at least multi-zone active-active operation with a documented and tested failover to a second region, and make the redundancy design a contractual service characteristic that cannot be reduced without notice.',
            de: 'Fordern Sie mindestens einen Aktiv-aktiv-Betrieb über mehrere Zonen mit dokumentierter und getesteter Umschaltung in eine zweite Region und verankern Sie das Redundanzkonzept als vertragliche Leistungseigenschaft, die nicht ohne Ankündigung reduziert werden darf.',
          },
        },
        {
          id: 'RSL-FAILOVER',
          text: {
            en: 'When a zone or region fails, are calls and digital conversations automatically re-routed to healthy infrastructure, without agents having to log in again and with in-progress interactions preserved where technically possible?',
            de: 'Werden Anrufe und digitale Konversationen beim Ausfall einer Zone oder Region automatisch auf funktionsfähige Infrastruktur umgeleitet, ohne dass sich Agenten neu anmelden müssen und unter Erhalt laufender Interaktionen, soweit technisch möglich?',
          },
          guidance: {
            en: 'Redundancy on paper is of little use if failover needs manual decisions or drops every live call. Ask how long the switchover takes in practice and what callers and agents experience during it.',
            de: 'Redundanz auf dem Papier nützt wenig, wenn die Umschaltung manuelle Entscheidungen erfordert oder alle laufenden Gespräche abbricht. Fragen Sie, wie lange die Umschaltung in der Praxis dauert und was Anrufende und Agenten währenddessen erleben.',
          },
          evidence: {
            en: 'Failover runbook or technical whitepaper, measured switchover times from the last failover test, and post-incident reports where failover was triggered.',
            de: 'Betriebshandbuch für die Umschaltung oder technisches Whitepaper, gemessene Umschaltzeiten aus dem letzten Test sowie Nachberichte zu Vorfällen, in denen die Umschaltung ausgelöst wurde.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.14' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.30' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require automated failover for voice and digital routing with a committed switchover time, and ask for the measured results of the next failover test to be shared.',
            de: 'Fordern Sie eine automatisierte Umschaltung für Sprach- und Digital-Routing mit zugesicherter Umschaltzeit und lassen Sie sich die Messergebnisse des nächsten Umschalttests vorlegen.',
          },
        },
        {
          id: 'RSL-CARRIER',
          text: {
            en: 'How many independent PSTN or SIP carriers does the vendor use to deliver telephony in the buyer\'s countries, and how is traffic moved between them when one fails?',
            de: 'Wie viele voneinander unabhängige PSTN- bzw. SIP-Netzbetreiber nutzt der Anbieter für die Telefonie in den Ländern des Auftraggebers, und wie wird der Verkehr bei Ausfall eines Netzbetreibers verlagert?',
          },
          guidance: {
            en: 'Carrier outages are one of the most common causes of contact-centre downtime and are often excluded from the SLA. Check that both inbound numbers and outbound calling can move to a second carrier, and whether number porting or routing changes are needed to do so.',
            de: 'Störungen bei Netzbetreibern gehören zu den häufigsten Ursachen für Ausfälle im Contact Center und sind oft vom SLA ausgenommen. Prüfen Sie, ob sowohl eingehende Rufnummern als auch abgehende Anrufe auf einen zweiten Netzbetreiber wechseln können und ob dafür Portierungen oder Routing-Änderungen nötig sind.',
          },
          evidence: {
            en: 'Carrier list per country, network diagram of the interconnects, and description of the carrier failover mechanism including test results.',
            de: 'Liste der Netzbetreiber je Land, Netzplan der Zusammenschaltungen sowie Beschreibung des Umschaltmechanismus einschließlich Testergebnissen.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.14' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.21' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'multiCarrierAutomatic',
                label: { en: 'Two or more carriers with automatic failover', de: 'Zwei oder mehr Netzbetreiber mit automatischer Umschaltung' },
                score: 1,
              },
              {
                id: 'multiCarrierManual',
                label: { en: 'Two or more carriers, switchover by manual intervention', de: 'Zwei oder mehr Netzbetreiber, Umschaltung durch manuellen Eingriff' },
                score: 0.6,
              },
              {
                id: 'singleCarrierRedundantLinks',
                label: { en: 'One carrier with redundant interconnects', de: 'Ein Netzbetreiber mit redundanten Zusammenschaltungen' },
                score: 0.3,
              },
              { id: 'singleCarrier', label: { en: 'One carrier without redundancy', de: 'Ein Netzbetreiber ohne Redundanz' }, score: 0 },
            ],
          },
          allowNotApplicable: true,
          severity: 'medium',
          remediation: {
            en: 'Require at least two independent carriers per country with automatic failover for inbound and outbound traffic, or plan a buyer-owned carrier (bring your own carrier) as a second path.',
            de: 'Fordern Sie mindestens zwei unabhängige Netzbetreiber je Land mit automatischer Umschaltung für ein- und ausgehenden Verkehr oder planen Sie einen eigenen Netzbetreiber des Auftraggebers als zweiten Weg ein.',
          },
        },
        {
          id: 'RSL-EMERGENCY',
          text: {
            en: 'Can agents, including remote agents, place emergency calls (112 and national emergency numbers) through the platform, with correct caller location passed to the emergency service and a redundant routing path?',
            de: 'Können Agenten – auch im Homeoffice – über die Plattform Notrufe (112 und nationale Notrufnummern) absetzen, wobei der korrekte Standort an die Notrufabfragestelle übermittelt wird und ein redundanter Leitweg besteht?',
          },
          guidance: {
            en: 'Where the platform replaces desk phones, it becomes the agents\' only way to call for help. Emergency calls from home workers are a known weak spot because the location is not the office address.',
            de: 'Ersetzt die Plattform das Tischtelefon, ist sie für Agenten der einzige Weg, Hilfe zu rufen. Notrufe aus dem Homeoffice gelten als Schwachstelle, weil der Standort nicht der Büroadresse entspricht.',
          },
          evidence: {
            en: 'Product documentation on emergency calling per country, configuration of location data for remote agents, and the carrier route used for emergency calls.',
            de: 'Produktdokumentation zum Notruf je Land, Konfiguration der Standortdaten für Agenten im Homeoffice sowie der für Notrufe genutzte Leitweg.',
          },
          references: [
            { framework: 'EECC', ref: 'Art. 109' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.31' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: true,
          severity: 'high',
          remediation: {
            en: 'Require documented emergency-calling support with location handling for every country and work model in use; otherwise keep an independent phone line available to agents.',
            de: 'Fordern Sie eine dokumentierte Notruffähigkeit mit Standortübermittlung für jedes genutzte Land und Arbeitsmodell; andernfalls muss den Agenten ein unabhängiger Telefonanschluss zur Verfügung stehen.',
          },
        },
        {
          id: 'RSL-HYPERSCALER',
          text: {
            en: 'How has the vendor analysed and reduced its dependency on a single hyperscaler or other critical infrastructure provider?',
            de: 'Wie hat der Anbieter seine Abhängigkeit von einem einzelnen Hyperscaler oder einem anderen kritischen Infrastrukturanbieter analysiert und verringert?',
          },
          guidance: {
            en: 'Most CX platforms run on one hyperscaler, and large AI agents often depend on a single model provider; an outage there takes the whole platform down regardless of zones. Multi-cloud is not required, but the vendor should know which services it cannot do without and have a tested contingency.',
            de: 'Die meisten CX-Plattformen laufen bei einem einzigen Hyperscaler, KI-Agenten hängen oft von einem einzigen Modellanbieter ab; ein Ausfall dort legt die gesamte Plattform unabhängig von Zonen lahm. Multi-Cloud ist nicht zwingend, der Anbieter sollte aber wissen, auf welche Dienste er nicht verzichten kann, und eine getestete Ausweichlösung haben.',
          },
          evidence: {
            en: 'Dependency and concentration-risk analysis, list of critical infrastructure and model providers, and the contingency or portability plan for each.',
            de: 'Abhängigkeits- und Konzentrationsrisikoanalyse, Liste der kritischen Infrastruktur- und Modellanbieter sowie Ausweich- oder Portabilitätsplan für jeden davon.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.23' },
            { framework: 'BSI C5:2020', ref: 'SSO-02' },
            { framework: 'DORA', ref: 'Art. 29' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'mitigatedTested',
                label: { en: 'Analysed; critical services can be restored on an alternative provider, tested', de: 'Analysiert; kritische Dienste bei einem alternativen Anbieter wiederherstellbar, getestet' },
                score: 1,
              },
              {
                id: 'singleProviderMultiRegion',
                label: { en: 'Analysed; one provider, spread across independent regions', de: 'Analysiert; ein Anbieter, verteilt auf unabhängige Regionen' },
                score: 0.6,
              },
              {
                id: 'singleProviderUnmitigated',
                label: { en: 'Dependency known but not mitigated', de: 'Abhängigkeit bekannt, aber nicht gemindert' },
                score: 0.2,
              },
              { id: 'notAnalysed', label: { en: 'Not analysed or not disclosed', de: 'Nicht analysiert oder nicht offengelegt' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: {
            any: [
              { field: 'criticality', in: ['high', 'critical'] },
              { field: 'regulatoryScope', includes: ['dora'] },
            ],
          },
          severity: 'medium',
          remediation: {
            en: 'Ask for a written concentration-risk analysis and a contingency plan for the loss of the main hyperscaler or model provider, and include it in your own exit and continuity planning.',
            de: 'Verlangen Sie eine schriftliche Konzentrationsrisikoanalyse und einen Notfallplan für den Ausfall des wichtigsten Hyperscalers oder Modellanbieters und berücksichtigen Sie diese in Ihrer eigenen Ausstiegs- und Kontinuitätsplanung.',
          },
        },
        {
          id: 'RSL-SCALE',
          text: {
            en: 'How does the platform absorb sudden surges in contact volume, such as seasonal peaks or a wave of calls after an outage or product recall?',
            de: 'Wie fängt die Plattform plötzliche Anstiege des Kontaktvolumens auf, etwa saisonale Spitzen oder eine Anrufwelle nach einer Störung oder einem Produktrückruf?',
          },
          guidance: {
            en: 'Contact centres are busiest exactly when something has gone wrong for their customers. Look for elastic capacity in telephony ports, concurrent sessions and AI agent throughput, and for any need to book capacity in advance.',
            de: 'Contact Center sind gerade dann am stärksten ausgelastet, wenn bei ihren Kunden etwas schiefgelaufen ist. Achten Sie auf elastische Kapazität bei Sprachkanälen, gleichzeitigen Sitzungen und dem Durchsatz von KI-Agenten sowie darauf, ob Kapazität im Voraus gebucht werden muss.',
          },
          evidence: {
            en: 'Capacity management description, documented burst headroom, and examples of peak events handled (volumes, duration, any degradation).',
            de: 'Beschreibung des Kapazitätsmanagements, dokumentierte Lastreserven und Beispiele bewältigter Spitzenereignisse (Volumen, Dauer, etwaige Einschränkungen).',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.6' },
            { framework: 'BSI C5:2020', ref: 'OPS-01' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'A1.1' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'elasticNoNotice',
                label: { en: 'Elastic scaling with documented headroom, no advance notice needed', de: 'Elastische Skalierung mit dokumentierter Reserve, ohne Vorankündigung' },
                score: 1,
              },
              {
                id: 'elasticWithNotice',
                label: { en: 'Elastic, but large peaks must be announced in advance', de: 'Elastisch, große Spitzen müssen jedoch vorab angekündigt werden' },
                score: 0.6,
              },
              {
                id: 'fixedCapacity',
                label: { en: 'Fixed capacity (licences, trunks) raised manually', de: 'Feste Kapazität (Lizenzen, Leitungen), manuelle Erhöhung' },
                score: 0.2,
              },
              { id: 'unknown', label: { en: 'Not documented', de: 'Nicht dokumentiert' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Agree a contractual burst allowance above your forecast peak and a short lead time for larger increases, and share your seasonal forecast with the vendor.',
            de: 'Vereinbaren Sie vertraglich eine Lastreserve oberhalb Ihrer prognostizierten Spitzenlast sowie eine kurze Vorlaufzeit für größere Erhöhungen und teilen Sie Ihre saisonale Prognose mit dem Anbieter.',
          },
        },
        {
          id: 'RSL-CAPACITY-TEST',
          text: {
            en: 'Which scenarios do the vendor\'s regular load and performance tests cover?',
            de: 'Welche Szenarien decken die regelmäßigen Last- und Performancetests des Anbieters ab?',
          },
          guidance: {
            en: 'Claims of elastic scale are only credible if they are tested against realistic peaks. Tests should include telephony concurrency and AI agent inference, not only web traffic, and their results should inform capacity planning.',
            de: 'Aussagen zur elastischen Skalierung sind nur glaubwürdig, wenn sie gegen realistische Spitzen getestet werden. Die Tests sollten gleichzeitige Sprachverbindungen und die Rechenlast von KI-Agenten umfassen, nicht nur Webverkehr, und ihre Ergebnisse in die Kapazitätsplanung einfließen.',
          },
          evidence: {
            en: 'Test plan and summary of the most recent load test with target volumes, results and follow-up actions.',
            de: 'Testplan und Zusammenfassung des letzten Lasttests mit Zielvolumen, Ergebnissen und Folgemaßnahmen.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.6' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'A1.1' },
            { framework: 'DORA', ref: 'Art. 25' },
          ],
          weight: 2,
          answer: {
            type: 'multiChoice',
            options: [
              { id: 'seasonalPeak', label: { en: 'Forecast seasonal peak with safety margin', de: 'Prognostizierte saisonale Spitze mit Sicherheitszuschlag' }, score: 0.3 },
              { id: 'surge', label: { en: 'Sudden surge (e.g. call storm after an outage)', de: 'Plötzlicher Lastanstieg (z. B. Anrufwelle nach einer Störung)' }, score: 0.25 },
              { id: 'voiceConcurrency', label: { en: 'Concurrent voice sessions and media processing', de: 'Gleichzeitige Sprachverbindungen und Medienverarbeitung' }, score: 0.2 },
              { id: 'aiInference', label: { en: 'AI agent and model inference throughput', de: 'Durchsatz von KI-Agenten und Modellinferenz' }, score: 0.15 },
              { id: 'degradedMode', label: { en: 'Load during a failover (reduced capacity)', de: 'Last während einer Umschaltung (verminderte Kapazität)' }, score: 0.1 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require at least annual load tests at a defined multiple of peak, covering voice and AI agents, with a summary shared with customers.',
            de: 'Fordern Sie mindestens jährliche Lasttests mit einem festgelegten Vielfachen der Spitzenlast, die Sprachkanal und KI-Agenten umfassen, und eine Zusammenfassung für die Kunden.',
          },
        },
        {
          id: 'RSL-LIMITS',
          text: {
            en: 'Are the platform\'s hard limits (concurrent calls, API rate limits, AI agent concurrency, queue sizes) documented per tenant, and can they be raised at short notice?',
            de: 'Sind die festen Obergrenzen der Plattform (gleichzeitige Anrufe, API-Ratenlimits, parallele KI-Agenten-Sitzungen, Warteschlangengrößen) je Mandant dokumentiert, und lassen sie sich kurzfristig anheben?',
          },
          guidance: {
            en: 'Undocumented limits surface only during a peak, when calls are rejected or CRM integrations are throttled. Knowing them in advance lets you size integrations and plan escalations.',
            de: 'Nicht dokumentierte Obergrenzen zeigen sich erst in der Spitze, wenn Anrufe abgewiesen oder CRM-Anbindungen gedrosselt werden. Wer sie vorab kennt, kann Schnittstellen passend auslegen und Eskalationen planen.',
          },
          evidence: {
            en: 'Published service quotas and rate limits, the process and lead time for raising them, and the tenant\'s current values.',
            de: 'Veröffentlichte Kontingente und Ratenlimits, Verfahren und Vorlaufzeit für deren Anhebung sowie die aktuellen Werte des Mandanten.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.6' },
            { framework: 'BSI C5:2020', ref: 'OPS-03' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Obtain the current tenant limits in writing, agree a maximum lead time for increases, and monitor utilisation against them.',
            de: 'Lassen Sie sich die aktuellen Mandantengrenzen schriftlich bestätigen, vereinbaren Sie eine maximale Vorlaufzeit für Erhöhungen und überwachen Sie die Auslastung im Verhältnis dazu.',
          },
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: 'RSL-S-RECOVERY',
      title: { en: 'Recovery and disaster readiness', de: 'Wiederherstellung und Notfallvorsorge' },
      questions: [
        {
          id: 'RSL-RTO',
          text: {
            en: 'What recovery time objective (RTO), in hours, does the vendor commit to for restoring the full service after a disaster affecting the primary region?',
            de: 'Welche Wiederanlaufzeit (RTO) in Stunden sichert der Anbieter für die vollständige Wiederherstellung des Dienstes nach einem Katastrophenfall in der primären Region zu?',
          },
          guidance: {
            en: 'The RTO tells you how long the contact centre could be dark in a worst case. Compare it with your own maximum tolerable downtime; for customer-facing voice, anything above a few hours usually needs a separate fallback on your side.',
            de: 'Die Wiederanlaufzeit zeigt, wie lange das Contact Center im ungünstigsten Fall nicht erreichbar sein kann. Vergleichen Sie sie mit Ihrer eigenen maximal tolerierbaren Ausfallzeit; bei kundennaher Telefonie erfordert alles über wenige Stunden in der Regel eine eigene Rückfalllösung.',
          },
          evidence: {
            en: 'Business continuity or disaster recovery plan summary stating RTO per service component, and the test report showing the RTO actually achieved.',
            de: 'Zusammenfassung des Notfall- bzw. Wiederanlaufplans mit RTO je Dienstkomponente sowie Testbericht mit der tatsächlich erreichten Wiederanlaufzeit.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.30' },
            { framework: 'BSI C5:2020', ref: 'BCM-02' },
          ],
          weight: 4,
          answer: {
            type: 'number',
            unit: { en: 'hours', de: 'Stunden' },
            min: 0,
            max: 720,
            bands: [
              { atMost: 1, score: 1 },
              { atMost: 4, score: 0.7 },
              { atMost: 8, score: 0.4 },
              { atMost: 24, score: 0.15 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require a contractual RTO that fits your maximum tolerable downtime (typically one hour or less for voice), proven by a test, or build a documented fallback such as overflow routing to another site.',
            de: 'Fordern Sie eine vertragliche Wiederanlaufzeit, die zu Ihrer maximal tolerierbaren Ausfallzeit passt (bei Telefonie meist höchstens eine Stunde) und durch einen Test belegt ist, oder schaffen Sie eine dokumentierte Rückfalllösung, etwa eine Überlaufsteuerung an einen anderen Standort.',
          },
        },
        {
          id: 'RSL-RPO',
          text: {
            en: 'What recovery point objective (RPO), in minutes, applies to customer data held on the platform (interaction records, recordings, transcripts, configuration)?',
            de: 'Welcher maximal tolerierbare Datenverlust (RPO) in Minuten gilt für die auf der Plattform gespeicherten Kundendaten (Interaktionsdaten, Aufzeichnungen, Transkripte, Konfiguration)?',
          },
          guidance: {
            en: 'The RPO defines how much data may be lost in a disaster: lost interaction records break reporting and complaint handling, lost recordings can breach retention duties. If RPOs differ by data type, record the weakest one that matters to you.',
            de: 'Der RPO legt fest, wie viele Daten im Katastrophenfall verloren gehen dürfen: Fehlende Interaktionsdaten beeinträchtigen Reporting und Beschwerdebearbeitung, fehlende Aufzeichnungen können Aufbewahrungspflichten verletzen. Unterscheiden sich die Werte je Datenart, erfassen Sie den ungünstigsten für Sie relevanten Wert.',
          },
          evidence: {
            en: 'Backup and replication concept stating RPO per data type, and restore or failover test results confirming it.',
            de: 'Datensicherungs- und Replikationskonzept mit RPO je Datenart sowie Ergebnisse von Wiederherstellungs- oder Umschalttests, die ihn belegen.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.13' },
            { framework: 'BSI C5:2020', ref: 'OPS-06' },
            { framework: 'BSI C5:2020', ref: 'BCM-02' },
          ],
          weight: 4,
          answer: {
            type: 'number',
            unit: { en: 'minutes', de: 'Minuten' },
            min: 0,
            max: 10080,
            bands: [
              { atMost: 5, score: 1 },
              { atMost: 15, score: 0.8 },
              { atMost: 60, score: 0.5 },
              { atMost: 240, score: 0.2 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require near-continuous replication (RPO of 15 minutes or less) for interaction data and recordings, or export critical records to your own systems in near real time.',
            de: 'Fordern Sie eine nahezu kontinuierliche Replikation (RPO von höchstens 15 Minuten) für Interaktionsdaten und Aufzeichnungen oder exportieren Sie kritische Datensätze nahezu in Echtzeit in eigene Systeme.',
          },
        },
        {
          id: 'RSL-DR-TEST',
          text: {
            en: 'On what date did the vendor last complete a full disaster recovery test of the production service used by the buyer?',
            de: 'An welchem Datum hat der Anbieter zuletzt einen vollständigen Notfallwiederherstellungstest des vom Auftraggeber genutzten Produktivdienstes abgeschlossen?',
          },
          guidance: {
            en: 'A recovery plan that has not been exercised is an assumption. A full test should recover voice and digital channels in the secondary location and measure RTO and RPO; at least one test per year is the norm.',
            de: 'Ein nicht geübter Wiederanlaufplan ist eine Annahme. Ein vollständiger Test sollte Sprach- und Digitalkanäle am Ausweichstandort wiederherstellen und RTO sowie RPO messen; mindestens ein Test pro Jahr ist üblich.',
          },
          evidence: {
            en: 'DR test report or summary with date, scope, achieved RTO/RPO and remediation of findings, or the relevant section of the SOC 2 or C5 report.',
            de: 'Testbericht oder -zusammenfassung mit Datum, Umfang, erreichter RTO/RPO und Behebung der Feststellungen oder der entsprechende Abschnitt des SOC-2- bzw. C5-Berichts.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.30' },
            { framework: 'BSI C5:2020', ref: 'BCM-04' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'A1.3' },
            { framework: 'ISO 22301:2019', ref: '8.5' },
          ],
          weight: 4,
          answer: {
            type: 'date',
            ageBands: [
              { atMost: 365, score: 1 },
              { atMost: 548, score: 0.6 },
              { atMost: 730, score: 0.3 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require an annual full DR test as a contractual obligation, with a summary report shared with customers within a defined period after each test.',
            de: 'Verpflichten Sie den Anbieter vertraglich zu einem jährlichen vollständigen Notfalltest und zur Übermittlung eines zusammenfassenden Berichts innerhalb einer festgelegten Frist nach jedem Test.',
          },
        },
        {
          id: 'RSL-DR-SCOPE',
          text: {
            en: 'What was the scope of the most recent disaster recovery test?',
            de: 'Welchen Umfang hatte der letzte Notfallwiederherstellungstest?',
          },
          guidance: {
            en: 'Tabletop exercises check the plan, not the technology. Only a failover of production or a production-equivalent environment shows whether the secondary site really carries the load.',
            de: 'Planspiele prüfen den Plan, nicht die Technik. Nur eine Umschaltung der Produktion oder einer gleichwertigen Umgebung zeigt, ob der Ausweichstandort die Last tatsächlich trägt.',
          },
          evidence: {
            en: 'Test plan and report describing the environment, components failed over, duration and results.',
            de: 'Testplan und -bericht mit Beschreibung der Umgebung, der umgeschalteten Komponenten, der Dauer und der Ergebnisse.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'BCM-04' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.30' },
            { framework: 'DORA', ref: 'Art. 30(3)(c)' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'productionFailover',
                label: { en: 'Failover of production to another region or site', de: 'Umschaltung der Produktion in eine andere Region bzw. an einen anderen Standort' },
                score: 1,
              },
              {
                id: 'partialOrEquivalent',
                label: { en: 'Partial failover or failover of a production-equivalent environment', de: 'Teilweise Umschaltung oder Umschaltung einer produktionsgleichen Umgebung' },
                score: 0.6,
              },
              { id: 'tabletopOnly', label: { en: 'Tabletop or walkthrough exercise only', de: 'Nur Planspiel oder Durchsprache' }, score: 0.25 },
              { id: 'noTest', label: { en: 'No test performed', de: 'Kein Test durchgeführt' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require that at least one test per year fails over production or a production-equivalent environment, covering voice and digital channels.',
            de: 'Fordern Sie, dass mindestens ein Test pro Jahr die Produktion oder eine produktionsgleiche Umgebung einschließlich Sprach- und Digitalkanälen umschaltet.',
          },
        },
        {
          id: 'RSL-BACKUP-RESTORE',
          text: {
            en: 'Are customer configuration (IVR flows, routing rules, bot and AI agent definitions) and interaction data backed up to a separate location, protected against alteration, and restored in regular tests?',
            de: 'Werden die Kundenkonfiguration (IVR-Abläufe, Routing-Regeln, Bot- und KI-Agenten-Definitionen) und die Interaktionsdaten an einem getrennten Ort gesichert, gegen Veränderung geschützt und regelmäßig testweise wiederhergestellt?',
          },
          guidance: {
            en: 'Replication does not help against corrupted configuration or ransomware, which are copied to every site. Rebuilding complex call flows by hand can take days, so restorable, versioned configuration backups matter as much as data backups.',
            de: 'Replikation schützt nicht vor fehlerhafter Konfiguration oder Ransomware, da beides an alle Standorte kopiert wird. Komplexe Anrufabläufe von Hand neu aufzubauen kann Tage dauern; wiederherstellbare, versionierte Konfigurationssicherungen sind daher ebenso wichtig wie Datensicherungen.',
          },
          evidence: {
            en: 'Backup policy covering configuration and data, description of immutable or logically separated storage, and the latest restore test record.',
            de: 'Datensicherungsrichtlinie für Konfiguration und Daten, Beschreibung des unveränderlichen oder logisch getrennten Speichers sowie Nachweis des letzten Wiederherstellungstests.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.13' },
            { framework: 'BSI C5:2020', ref: 'OPS-08' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'A1.2' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require versioned, immutable backups of configuration and data with annual restore tests, and keep your own export of critical flows and routing rules.',
            de: 'Fordern Sie versionierte, unveränderliche Sicherungen von Konfiguration und Daten mit jährlichen Wiederherstellungstests und halten Sie einen eigenen Export kritischer Abläufe und Routing-Regeln vor.',
          },
        },
        {
          id: 'RSL-SURVIVABILITY',
          text: {
            en: 'Does the vendor give the buyer independent fallback options for a total platform outage, such as redirecting inbound numbers to an alternative destination or playing an emergency announcement?',
            de: 'Bietet der Anbieter dem Auftraggeber unabhängige Rückfalloptionen für einen Totalausfall der Plattform, etwa die Umleitung eingehender Rufnummern auf ein alternatives Ziel oder eine Notfallansage?',
          },
          guidance: {
            en: 'For critical contact centres the question is not only how fast the vendor recovers, but what callers hear in the meantime. A fallback that works outside the platform, controlled by the buyer, keeps emergency and high-value lines reachable.',
            de: 'Bei kritischen Contact Centern geht es nicht nur darum, wie schnell der Anbieter den Betrieb wiederherstellt, sondern auch darum, was Anrufende in der Zwischenzeit hören. Eine vom Auftraggeber steuerbare Rückfalllösung außerhalb der Plattform hält Notfall- und besonders wichtige Rufnummern erreichbar.',
          },
          evidence: {
            en: 'Documentation of the fallback feature or carrier-level redirect, the activation procedure and who can trigger it, and results of a joint exercise.',
            de: 'Dokumentation der Rückfallfunktion bzw. der Umleitung auf Netzbetreiberebene, Aktivierungsverfahren und Berechtigte sowie Ergebnisse einer gemeinsamen Übung.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.30' },
            { framework: 'BSI C5:2020', ref: 'BCM-03' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'criticality', in: ['high', 'critical'] },
          severity: 'medium',
          remediation: {
            en: 'Set up a buyer-controlled redirect of critical numbers at carrier level and rehearse it together with the vendor at least once a year.',
            de: 'Richten Sie eine vom Auftraggeber steuerbare Umleitung kritischer Rufnummern auf Netzbetreiberebene ein und üben Sie diese mindestens einmal jährlich gemeinsam mit dem Anbieter.',
          },
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: 'RSL-S-OPS',
      title: { en: 'Changes, incidents and transparency', de: 'Änderungen, Störungen und Transparenz' },
      questions: [
        {
          id: 'RSL-RELEASES',
          text: {
            en: 'How does the vendor deploy updates to the production platform?',
            de: 'Wie spielt der Anbieter Aktualisierungen in die Produktivplattform ein?',
          },
          guidance: {
            en: 'Contact centres often run around the clock, so releases that need downtime hit someone\'s peak. Staged roll-outs with automatic rollback also limit the blast radius of a faulty release across tenants.',
            de: 'Contact Center laufen häufig rund um die Uhr; Aktualisierungen mit Ausfallzeit treffen daher immer irgendwo eine Spitzenzeit. Schrittweise Einführungen mit automatischem Rückfall begrenzen zudem die Auswirkungen einer fehlerhaften Version auf andere Mandanten.',
          },
          evidence: {
            en: 'Release and change management procedure, description of the deployment method (rolling, blue-green, canary), and maintenance statistics for the last twelve months.',
            de: 'Release- und Änderungsmanagementverfahren, Beschreibung des Einführungsverfahrens (schrittweise, Blue-Green, Canary) sowie Wartungsstatistik der letzten zwölf Monate.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.32' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC8.1' },
            { framework: 'BSI C5:2020', ref: 'DEV-03' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'zeroDowntime',
                label: { en: 'Staged roll-out without downtime, with automatic rollback', de: 'Schrittweise Einführung ohne Ausfallzeit, mit automatischem Rückfall' },
                score: 1,
              },
              {
                id: 'shortWindowsOffPeak',
                label: { en: 'Short maintenance windows outside the buyer\'s business hours', de: 'Kurze Wartungsfenster außerhalb der Geschäftszeiten des Auftraggebers' },
                score: 0.6,
              },
              {
                id: 'regularDowntime',
                label: { en: 'Regular maintenance windows fixed by the vendor', de: 'Regelmäßige, vom Anbieter festgelegte Wartungsfenster' },
                score: 0.2,
              },
              { id: 'undefined', label: { en: 'No defined approach', de: 'Kein definiertes Vorgehen' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require zero-downtime deployment for routine releases, maintenance windows that count against the SLA unless agreed in advance, and the option to stay on a region or ring that receives updates later.',
            de: 'Fordern Sie Aktualisierungen ohne Ausfallzeit für den Regelbetrieb, die Anrechnung von Wartungsfenstern auf das SLA, sofern nicht vorab vereinbart, und die Möglichkeit, einer später aktualisierten Region oder Gruppe zugeordnet zu werden.',
          },
        },
        {
          id: 'RSL-MAINT-NOTICE',
          text: {
            en: 'How many days\' notice does the vendor contractually give before planned maintenance that may affect availability or performance?',
            de: 'Mit welcher vertraglichen Frist in Tagen kündigt der Anbieter geplante Wartungsarbeiten an, die Verfügbarkeit oder Leistung beeinträchtigen können?',
          },
          guidance: {
            en: 'Advance notice lets you move campaigns, warn agents and inform customers. If the vendor never takes the service down for maintenance, this question can be marked not applicable.',
            de: 'Eine rechtzeitige Ankündigung erlaubt es, Kampagnen zu verschieben, Agenten vorzubereiten und Kunden zu informieren. Nimmt der Anbieter den Dienst nie für Wartungsarbeiten außer Betrieb, kann die Frage als nicht anwendbar markiert werden.',
          },
          evidence: {
            en: 'SLA or terms clause on planned maintenance with the notice period, and examples of recent maintenance notifications.',
            de: 'SLA- oder Vertragsklausel zu geplanten Wartungsarbeiten mit Ankündigungsfrist sowie Beispiele aktueller Wartungsankündigungen.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'DEV-03' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.22' },
          ],
          weight: 2,
          answer: {
            type: 'number',
            unit: { en: 'days', de: 'Tage' },
            min: 0,
            max: 365,
            bands: [
              { atLeast: 14, score: 1 },
              { atLeast: 7, score: 0.6 },
              { atLeast: 2, score: 0.2 },
            ],
          },
          allowNotApplicable: true,
          severity: 'low',
          remediation: {
            en: 'Agree at least 14 days\' notice for planned maintenance with potential impact, delivered to named contacts, and treat maintenance without due notice as unplanned downtime under the SLA.',
            de: 'Vereinbaren Sie eine Ankündigungsfrist von mindestens 14 Tagen für geplante Wartungsarbeiten mit möglicher Auswirkung an benannte Ansprechpersonen und werten Sie nicht fristgerecht angekündigte Wartung als ungeplante Ausfallzeit im Sinne des SLA.',
          },
        },
        {
          id: 'RSL-DEPRECATION',
          text: {
            en: 'What minimum notice does the vendor commit to before removing features or making breaking changes to APIs and integrations?',
            de: 'Welche Mindestfrist sichert der Anbieter zu, bevor Funktionen entfallen oder inkompatible Änderungen an Schnittstellen und Integrationen vorgenommen werden?',
          },
          guidance: {
            en: 'CRM connectors, workforce management feeds and custom bots break when an API is retired at short notice. Six to twelve months is what integration teams realistically need to adapt and test.',
            de: 'CRM-Konnektoren, Anbindungen an die Personaleinsatzplanung und eigene Bots fallen aus, wenn eine Schnittstelle kurzfristig abgekündigt wird. Integrationsteams benötigen realistischerweise sechs bis zwölf Monate für Anpassung und Test.',
          },
          evidence: {
            en: 'Published API versioning and deprecation policy, contract clause on material changes, and recent deprecation notices.',
            de: 'Veröffentlichte Richtlinie zur Versionierung und Abkündigung von Schnittstellen, Vertragsklausel zu wesentlichen Änderungen sowie aktuelle Abkündigungen.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'OIS-03' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.22' },
          ],
          weight: 2,
          answer: {
            type: 'choice',
            options: [
              { id: 'twelveMonthsOrMore', label: { en: '12 months or more', de: '12 Monate oder mehr' }, score: 1 },
              { id: 'sixToElevenMonths', label: { en: '6 to 11 months', de: '6 bis 11 Monate' }, score: 0.6 },
              { id: 'underSixMonths', label: { en: 'Less than 6 months', de: 'Weniger als 6 Monate' }, score: 0.2 },
              { id: 'noCommitment', label: { en: 'No commitment', de: 'Keine Zusage' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Negotiate at least twelve months\' notice for removal of features or breaking API changes, or a right to terminate without penalty if a change materially impairs the service.',
            de: 'Verhandeln Sie eine Frist von mindestens zwölf Monaten für den Wegfall von Funktionen oder inkompatible Schnittstellenänderungen oder ein Kündigungsrecht ohne Vertragsstrafe, falls eine Änderung den Dienst wesentlich beeinträchtigt.',
          },
        },
        {
          id: 'RSL-STATUS-PAGE',
          text: {
            en: 'Does the vendor run a public status page showing the current state of each service component and region, with a history of past incidents and the option to subscribe to updates?',
            de: 'Betreibt der Anbieter eine öffentliche Statusseite, die den aktuellen Zustand jeder Dienstkomponente und Region zeigt, vergangene Störungen dokumentiert und ein Abonnement von Benachrichtigungen ermöglicht?',
          },
          guidance: {
            en: 'During an outage your supervisors need to know within minutes whether the problem is local or at the vendor. An incident history of at least a year also shows how often and how long the platform really fails, independent of the SLA figure.',
            de: 'Bei einem Ausfall müssen Ihre Teamleitungen binnen Minuten erkennen, ob das Problem lokal oder beim Anbieter liegt. Eine Störungshistorie über mindestens ein Jahr zeigt zudem unabhängig vom SLA-Wert, wie oft und wie lange die Plattform tatsächlich ausfällt.',
          },
          evidence: {
            en: 'URL of the status page, screenshot of component and region breakdown, and the incident history for the last twelve months.',
            de: 'Adresse der Statusseite, Screenshot der Aufschlüsselung nach Komponenten und Regionen sowie die Störungshistorie der letzten zwölf Monate.',
          },
          references: [
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC2.3' },
            { framework: 'BSI C5:2020', ref: 'OPS-21' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require a status page with per-component and per-region detail and at least twelve months of history, or a tenant-specific status feed that can be integrated into your own monitoring.',
            de: 'Fordern Sie eine Statusseite mit Angaben je Komponente und Region und einer Historie von mindestens zwölf Monaten oder einen mandantenbezogenen Status-Feed, der sich in Ihr eigenes Monitoring einbinden lässt.',
          },
        },
        {
          id: 'RSL-INCIDENT-NOTIFY',
          text: {
            en: 'Within how many minutes of detecting a major incident affecting the buyer does the vendor commit to notify the buyer\'s named contacts?',
            de: 'Innerhalb wie vieler Minuten nach Erkennen eines schwerwiegenden Vorfalls mit Auswirkung auf den Auftraggeber verpflichtet sich der Anbieter, die benannten Ansprechpersonen des Auftraggebers zu benachrichtigen?',
          },
          guidance: {
            en: 'Fast, direct notification lets you switch to fallback routing and inform your own customers; it is also the starting point for any regulatory reporting clock you may have. A status page alone is not a notification.',
            de: 'Eine schnelle, direkte Benachrichtigung ermöglicht es, auf eine Rückfalllösung umzuschalten und die eigenen Kunden zu informieren; sie ist zudem Ausgangspunkt etwaiger regulatorischer Meldefristen. Eine Statusseite allein ersetzt keine Benachrichtigung.',
          },
          evidence: {
            en: 'Incident communication procedure or contract clause stating the notification time, channels and escalation contacts.',
            de: 'Verfahren zur Vorfallkommunikation oder Vertragsklausel mit Benachrichtigungsfrist, Kommunikationswegen und Eskalationskontakten.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'SIM-01' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.24' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC7.4' },
          ],
          weight: 3,
          answer: {
            type: 'number',
            unit: { en: 'minutes', de: 'Minuten' },
            min: 0,
            max: 10080,
            bands: [
              { atMost: 30, score: 1 },
              { atMost: 60, score: 0.7 },
              { atMost: 240, score: 0.3 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Agree proactive notification of major incidents to named contacts within 30 minutes of detection, with regular updates until resolution.',
            de: 'Vereinbaren Sie eine proaktive Benachrichtigung benannter Ansprechpersonen über schwerwiegende Vorfälle innerhalb von 30 Minuten nach Erkennung sowie regelmäßige Zwischenstände bis zur Behebung.',
          },
        },
        {
          id: 'RSL-RCA',
          text: {
            en: 'Within how many calendar days after a major incident does the vendor commit to deliver a written root cause analysis to affected customers?',
            de: 'Innerhalb wie vieler Kalendertage nach einem schwerwiegenden Vorfall verpflichtet sich der Anbieter, betroffenen Kunden eine schriftliche Ursachenanalyse vorzulegen?',
          },
          guidance: {
            en: 'A good post-incident report explains the cause, the customer impact by channel and region, and the corrective actions with dates. It is the basis for your own lessons learned and, where applicable, for final regulatory reports.',
            de: 'Ein guter Nachbericht erläutert die Ursache, die Auswirkungen je Kanal und Region sowie die Korrekturmaßnahmen mit Terminen. Er bildet die Grundlage für Ihre eigene Auswertung und gegebenenfalls für regulatorische Abschlussberichte.',
          },
          evidence: {
            en: 'Contract or SLA clause on post-incident reports, and one or two recent redacted root cause analyses.',
            de: 'Vertrags- oder SLA-Klausel zu Nachberichten sowie ein bis zwei aktuelle, geschwärzte Ursachenanalysen.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.27' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC7.5' },
            { framework: 'BSI C5:2020', ref: 'SIM-03' },
          ],
          weight: 2,
          answer: {
            type: 'number',
            unit: { en: 'calendar days', de: 'Kalendertage' },
            min: 0,
            max: 180,
            bands: [
              { atMost: 5, score: 1 },
              { atMost: 10, score: 0.7 },
              { atMost: 20, score: 0.4 },
              { atMost: 30, score: 0.2 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require a preliminary incident summary within two business days and a full root cause analysis with corrective actions within ten calendar days of every major incident.',
            de: 'Fordern Sie nach jedem schwerwiegenden Vorfall eine vorläufige Zusammenfassung innerhalb von zwei Arbeitstagen und eine vollständige Ursachenanalyse mit Korrekturmaßnahmen innerhalb von zehn Kalendertagen.',
          },
        },
        {
          id: 'RSL-HISTORY',
          text: {
            en: 'Which major incidents affected the service in the last 24 months, and for each one: date, duration, affected channels and regions, and the main corrective action?',
            de: 'Welche schwerwiegenden Vorfälle haben den Dienst in den letzten 24 Monaten beeinträchtigt, jeweils mit Datum, Dauer, betroffenen Kanälen und Regionen sowie der wichtigsten Korrekturmaßnahme?',
          },
          guidance: {
            en: 'The real track record is more telling than the SLA. Look for recurring causes (carrier, deployment, capacity) and whether the corrective actions actually prevented repeats.',
            de: 'Die tatsächliche Betriebshistorie ist aussagekräftiger als das SLA. Achten Sie auf wiederkehrende Ursachen (Netzbetreiber, Einführungen, Kapazität) und darauf, ob die Korrekturmaßnahmen Wiederholungen tatsächlich verhindert haben.',
          },
          evidence: {
            en: 'Incident list from the status page history or the vendor\'s incident register, with links to the corresponding post-incident reports.',
            de: 'Vorfallliste aus der Historie der Statusseite oder dem Vorfallregister des Anbieters mit Verweisen auf die zugehörigen Nachberichte.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.27' },
            { framework: 'BSI C5:2020', ref: 'SIM-05' },
          ],
          weight: 0,
          answer: { type: 'text' },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'If the vendor will not disclose its incident history, treat the SLA figure with caution and ask for references from customers of similar size in your region.',
            de: 'Legt der Anbieter seine Vorfallhistorie nicht offen, sollten Sie den SLA-Wert mit Vorsicht bewerten und Referenzen von Kunden vergleichbarer Größe in Ihrer Region einholen.',
          },
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: 'RSL-S-REG',
      title: { en: 'Regulatory duties (NIS2, DORA)', de: 'Regulatorische Pflichten (NIS2, DORA)' },
      questions: [
        {
          id: 'RSL-NIS2-REPORTING',
          text: {
            en: 'Does the contract oblige the vendor to inform the buyer of significant incidents quickly enough, and with enough detail, for the buyer to submit its NIS2 early warning within 24 hours and its incident notification within 72 hours?',
            de: 'Verpflichtet der Vertrag den Anbieter, den Auftraggeber so rechtzeitig und ausführlich über erhebliche Sicherheitsvorfälle zu informieren, dass dieser seine NIS2-Frühwarnung binnen 24 Stunden und seine Meldung binnen 72 Stunden abgeben kann?',
          },
          guidance: {
            en: 'Under NIS2 the clock starts when the buyer becomes aware of a significant incident, and an outage or breach at the CX platform can be exactly that. The vendor must therefore notify within hours and supply impact, suspected cause and cross-border effects, followed by the material needed for the final report.',
            de: 'Nach NIS2 beginnt die Frist, sobald der Auftraggeber von einem erheblichen Sicherheitsvorfall Kenntnis erlangt – ein Ausfall oder eine Datenpanne der CX-Plattform kann genau das sein. Der Anbieter muss daher binnen weniger Stunden informieren und Auswirkungen, vermutete Ursache und grenzüberschreitende Folgen liefern, anschließend die Angaben für den Abschlussbericht.',
          },
          evidence: {
            en: 'Contract clause or NIS2 addendum with notification deadlines and content, and the vendor\'s incident notification template.',
            de: 'Vertragsklausel oder NIS2-Zusatzvereinbarung mit Meldefristen und Inhalten sowie die Meldevorlage des Anbieters.',
          },
          references: [
            { framework: 'NIS2', ref: 'Art. 23' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.24' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'regulatoryScope', includes: ['nis2'] },
          severity: 'high',
          remediation: {
            en: 'Add a clause requiring notification of potentially significant incidents without undue delay and in any case within a few hours, with defined content and ongoing cooperation until the final report is submitted.',
            de: 'Ergänzen Sie eine Klausel, die eine Meldung potenziell erheblicher Vorfälle unverzüglich, in jedem Fall binnen weniger Stunden, mit festgelegtem Inhalt sowie die fortlaufende Mitwirkung bis zur Abgabe des Abschlussberichts verlangt.',
          },
        },
        {
          id: 'RSL-NIS2-SUPPLY',
          text: {
            en: 'Does the vendor manage the security and resilience of its own suppliers (hyperscalers, carriers, AI model providers, subcontractors) and give the buyer the information it needs for its NIS2 supply-chain risk assessment?',
            de: 'Steuert der Anbieter die Sicherheit und Resilienz seiner eigenen Zulieferer (Hyperscaler, Netzbetreiber, KI-Modellanbieter, Unterauftragnehmer) und stellt er dem Auftraggeber die Informationen für dessen NIS2-Risikobewertung der Lieferkette bereit?',
          },
          guidance: {
            en: 'NIS2 makes supply-chain security part of the buyer\'s own risk-management duties, and a CX platform is a long chain in itself. Expect a supplier inventory, flow-down of security requirements, and monitoring of critical suppliers.',
            de: 'NIS2 macht die Sicherheit der Lieferkette zum Bestandteil der eigenen Risikomanagementpflichten des Auftraggebers, und eine CX-Plattform ist selbst eine lange Kette. Erwarten Sie ein Verzeichnis der Zulieferer, die Weitergabe von Sicherheitsanforderungen und die Überwachung kritischer Zulieferer.',
          },
          evidence: {
            en: 'Supplier and subcontractor list with services and locations, third-party risk management policy, and audit evidence on supplier monitoring (e.g. C5 SSO controls).',
            de: 'Liste der Zulieferer und Unterauftragnehmer mit Leistungen und Standorten, Richtlinie zum Lieferantenrisikomanagement sowie Prüfnachweise zur Lieferantenüberwachung (z. B. C5-SSO-Kriterien).',
          },
          references: [
            { framework: 'NIS2', ref: 'Art. 21(2)(d)' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.21' },
            { framework: 'BSI C5:2020', ref: 'SSO-03' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'regulatoryScope', includes: ['nis2'] },
          severity: 'medium',
          remediation: {
            en: 'Require a current list of critical suppliers, contractual flow-down of security and notification duties, and advance notice of changes to critical suppliers.',
            de: 'Fordern Sie eine aktuelle Liste kritischer Zulieferer, die vertragliche Weitergabe von Sicherheits- und Meldepflichten sowie eine Vorabinformation bei Wechseln kritischer Zulieferer.',
          },
        },
        {
          id: 'RSL-DORA-CONTRACT',
          text: {
            en: 'Does the contract contain the provisions DORA requires for ICT services, including the additional provisions for services supporting critical or important functions?',
            de: 'Enthält der Vertrag die nach DORA für IKT-Dienstleistungen vorgeschriebenen Regelungen, einschließlich der zusätzlichen Regelungen für Dienstleistungen, die kritische oder wichtige Funktionen unterstützen?',
          },
          guidance: {
            en: 'Financial entities may only use ICT providers under contracts that meet DORA\'s minimum content. A contact centre that handles account servicing or payment queries will often support a critical or important function, which triggers the stricter set.',
            de: 'Finanzunternehmen dürfen IKT-Drittdienstleister nur auf Grundlage von Verträgen nutzen, die den Mindestinhalt nach DORA erfüllen. Ein Contact Center für Kontoservice oder Zahlungsanfragen unterstützt häufig eine kritische oder wichtige Funktion und unterliegt damit den strengeren Anforderungen.',
          },
          evidence: {
            en: 'DORA addendum or contract with a clause-by-clause mapping to the DORA contractual requirements.',
            de: 'DORA-Zusatzvereinbarung oder Vertrag mit einer Zuordnung jeder Klausel zu den vertraglichen DORA-Anforderungen.',
          },
          references: [{ framework: 'DORA', ref: 'Art. 30' }],
          weight: 5,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'fullIncludingCritical',
                label: { en: 'All provisions, including those for critical or important functions', de: 'Alle Regelungen, einschließlich derer für kritische oder wichtige Funktionen' },
                score: 1,
              },
              {
                id: 'baseOnly',
                label: { en: 'Base provisions only, not those for critical or important functions', de: 'Nur die Grundregelungen, nicht die für kritische oder wichtige Funktionen' },
                score: 0.5,
              },
              { id: 'partialGaps', label: { en: 'Partially, with material gaps', de: 'Teilweise, mit wesentlichen Lücken' }, score: 0.2 },
              { id: 'none', label: { en: 'No DORA provisions', de: 'Keine DORA-Regelungen' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: { field: 'regulatoryScope', includes: ['dora'] },
          severity: 'critical',
          remediation: {
            en: 'Do not sign without a DORA addendum that covers all mandatory contractual provisions; map each clause to the regulation and have the mapping checked by your legal and compliance functions.',
            de: 'Unterzeichnen Sie nicht ohne DORA-Zusatzvereinbarung, die alle verpflichtenden Vertragsinhalte abdeckt; ordnen Sie jede Klausel der Verordnung zu und lassen Sie die Zuordnung von Rechtsabteilung und Compliance prüfen.',
          },
        },
        {
          id: 'RSL-EXIT',
          text: {
            en: 'Does the vendor have a documented and tested exit strategy that includes an adequate transition period with continued service, return of all data and configuration in usable formats, and active support for migration to another provider?',
            de: 'Verfügt der Anbieter über eine dokumentierte und erprobte Ausstiegsstrategie mit angemessenem Übergangszeitraum bei fortgesetzter Leistung, Rückgabe aller Daten und Konfigurationen in nutzbaren Formaten und aktiver Unterstützung bei der Migration zu einem anderen Anbieter?',
          },
          guidance: {
            en: 'Leaving a CX platform means moving phone numbers, recordings, routing logic and bot designs, often under time pressure after a failure or insolvency. Without contractual transition support an exit can take many months and leave customers unreachable.',
            de: 'Der Wechsel einer CX-Plattform bedeutet, Rufnummern, Aufzeichnungen, Routing-Logik und Bot-Designs zu übertragen – oft unter Zeitdruck nach einem Ausfall oder einer Insolvenz. Ohne vertragliche Übergangsunterstützung kann ein Ausstieg viele Monate dauern und die Erreichbarkeit gefährden.',
          },
          evidence: {
            en: 'Exit and transition clauses (transition period, assistance, fees), data export formats and tools, number porting procedure, and evidence of a completed exit test or customer migration.',
            de: 'Ausstiegs- und Übergangsklauseln (Übergangszeitraum, Unterstützung, Entgelte), Exportformate und -werkzeuge, Verfahren zur Rufnummernportierung sowie Nachweis eines durchgeführten Ausstiegstests oder einer Kundenmigration.',
          },
          references: [
            { framework: 'DORA', ref: 'Art. 28(8)' },
            { framework: 'DORA', ref: 'Art. 30(3)(f)' },
            { framework: 'BSI C5:2020', ref: 'PI-02' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: {
            any: [
              { field: 'regulatoryScope', includes: ['dora'] },
              { field: 'criticality', in: ['high', 'critical'] },
            ],
          },
          severity: 'high',
          remediation: {
            en: 'Agree a transition period of at least six to twelve months with continued service at current terms, pre-priced migration support, complete data and configuration export, and cooperation on number porting; test the export before go-live.',
            de: 'Vereinbaren Sie einen Übergangszeitraum von mindestens sechs bis zwölf Monaten mit fortgesetzter Leistung zu unveränderten Konditionen, vorab bepreiste Migrationsunterstützung, den vollständigen Export von Daten und Konfiguration sowie Mitwirkung bei der Rufnummernportierung; testen Sie den Export vor Produktivstart.',
          },
        },
        {
          id: 'RSL-DORA-AUDIT',
          text: {
            en: 'Does the contract grant the buyer, auditors appointed by it and the competent authorities unrestricted rights of access, inspection and audit, with the vendor obliged to cooperate fully?',
            de: 'Räumt der Vertrag dem Auftraggeber, von ihm beauftragten Prüfern und den zuständigen Behörden uneingeschränkte Zugangs-, Einsichts- und Prüfrechte ein und verpflichtet den Anbieter zur vollständigen Mitwirkung?',
          },
          guidance: {
            en: 'For services supporting critical or important functions DORA expects full access, inspection and audit rights; a clause that only promises a SOC 2 report is not enough on its own. Pooled audits with other financial customers are an accepted way to make such rights workable for a multi-tenant platform.',
            de: 'Bei Dienstleistungen für kritische oder wichtige Funktionen verlangt DORA umfassende Zugangs-, Einsichts- und Prüfrechte; eine Klausel, die lediglich die Übergabe eines SOC-2-Berichts zusagt, reicht für sich genommen nicht aus. Gemeinsame Prüfungen mit anderen Finanzkunden sind ein anerkannter Weg, solche Rechte bei einer mandantenfähigen Plattform praktikabel zu machen.',
          },
          evidence: {
            en: 'Audit and access clause covering the buyer, appointed third parties and supervisors, including on-site rights and cooperation duties; description of the pooled audit programme if offered.',
            de: 'Prüf- und Zugangsklausel für Auftraggeber, beauftragte Dritte und Aufsichtsbehörden einschließlich Vor-Ort-Rechten und Mitwirkungspflichten; Beschreibung des Programms für gemeinsame Prüfungen, sofern angeboten.',
          },
          references: [{ framework: 'DORA', ref: 'Art. 30(3)(e)' }],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'regulatoryScope', includes: ['dora'] },
          severity: 'high',
          remediation: {
            en: 'Insist on audit, access and inspection rights for you, your appointed auditors and supervisors; accept pooled audits or alternative assurance only as a supplement, not a replacement.',
            de: 'Bestehen Sie auf Prüf-, Zugangs- und Einsichtsrechten für sich, Ihre beauftragten Prüfer und die Aufsicht; akzeptieren Sie gemeinsame Prüfungen oder alternative Nachweise nur als Ergänzung, nicht als Ersatz.',
          },
        },
        {
          id: 'RSL-DORA-REGISTER',
          text: {
            en: 'Does the vendor supply, and keep up to date, the information the buyer needs for its DORA register of information, including identifiers, service locations and the subcontracting chain?',
            de: 'Liefert der Anbieter die Angaben, die der Auftraggeber für sein DORA-Informationsregister benötigt – einschließlich Kennungen, Leistungsorten und Unterauftragskette – und hält er sie aktuell?',
          },
          guidance: {
            en: 'The register must be kept current and submitted to supervisors on request, and the buyer depends on the vendor for much of its content. A vendor that already provides a structured data sheet saves considerable effort each reporting cycle.',
            de: 'Das Register ist laufend zu pflegen und der Aufsicht auf Anforderung vorzulegen; der Auftraggeber ist dabei für einen Großteil der Inhalte auf den Anbieter angewiesen. Ein Anbieter, der bereits ein strukturiertes Datenblatt bereitstellt, erspart in jedem Meldezyklus erheblichen Aufwand.',
          },
          evidence: {
            en: 'Register-of-information data sheet or template completed by the vendor, and a contractual commitment to update it when facts change.',
            de: 'Vom Anbieter ausgefülltes Datenblatt bzw. Vorlage für das Informationsregister sowie eine vertragliche Zusage zur Aktualisierung bei Änderungen.',
          },
          references: [{ framework: 'DORA', ref: 'Art. 28(3)' }],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'regulatoryScope', includes: ['dora'] },
          severity: 'medium',
          remediation: {
            en: 'Make delivery and annual update of the register data a contractual obligation, with prompt updates when subcontractors or locations change.',
            de: 'Verankern Sie die Lieferung und jährliche Aktualisierung der Registerangaben vertraglich, mit zeitnaher Anpassung bei Änderungen von Unterauftragnehmern oder Standorten.',
          },
        },
        {
          id: 'RSL-DORA-INCIDENT',
          text: {
            en: 'Does the vendor commit to notify and assist the buyer with ICT-related incidents so that the buyer can classify them and meet its DORA reporting deadlines for major incidents?',
            de: 'Verpflichtet sich der Anbieter, den Auftraggeber über IKT-bezogene Vorfälle zu informieren und ihn so zu unterstützen, dass dieser die Vorfälle klassifizieren und seine DORA-Meldefristen für schwerwiegende Vorfälle einhalten kann?',
          },
          guidance: {
            en: 'The initial report for a major ICT-related incident is due within hours, so the buyer needs facts on affected customers, duration, data and geography almost at once. DORA also requires the contract to oblige the provider to assist with such incidents at no extra cost or at a cost agreed in advance.',
            de: 'Die Erstmeldung eines schwerwiegenden IKT-bezogenen Vorfalls ist binnen Stunden fällig; der Auftraggeber benötigt daher nahezu sofort Angaben zu betroffenen Kunden, Dauer, Daten und geografischer Ausbreitung. DORA verlangt zudem eine vertragliche Pflicht des Anbieters, bei solchen Vorfällen ohne Zusatzkosten oder zu vorab vereinbarten Kosten zu unterstützen.',
          },
          evidence: {
            en: 'Incident notification clause with deadlines and data fields aligned to DORA classification criteria, and the assistance and cost provisions.',
            de: 'Klausel zur Vorfallmeldung mit Fristen und Datenfeldern entsprechend den DORA-Klassifizierungskriterien sowie Regelungen zu Unterstützung und Kosten.',
          },
          references: [
            { framework: 'DORA', ref: 'Art. 19' },
            { framework: 'DORA', ref: 'Art. 30(2)(f)' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'regulatoryScope', includes: ['dora'] },
          severity: 'high',
          remediation: {
            en: 'Add a clause with notification within a few hours, a defined set of data matching the DORA classification criteria, follow-up information for intermediate and final reports, and assistance at no or pre-agreed cost.',
            de: 'Ergänzen Sie eine Klausel mit Meldung binnen weniger Stunden, festgelegten Datenfeldern entsprechend den DORA-Klassifizierungskriterien, Folgeinformationen für Zwischen- und Abschlussbericht sowie Unterstützung ohne oder zu vorab vereinbarten Kosten.',
          },
        },
        {
          id: 'RSL-DORA-SUBCONTRACT',
          text: {
            en: 'How does the contract govern subcontracting of services that support the buyer\'s critical or important functions?',
            de: 'Wie regelt der Vertrag die Unterauftragsvergabe von Leistungen, die kritische oder wichtige Funktionen des Auftraggebers unterstützen?',
          },
          guidance: {
            en: 'Contact-centre platforms rely on carriers, hyperscalers and AI model providers, and each of them can become a point of failure or a supervisory issue. The buyer must know the chain, be told of changes in advance and be able to object or exit.',
            de: 'Contact-Center-Plattformen stützen sich auf Netzbetreiber, Hyperscaler und KI-Modellanbieter; jeder davon kann zum Ausfallpunkt oder zum aufsichtlichen Thema werden. Der Auftraggeber muss die Kette kennen, vorab über Änderungen informiert werden und widersprechen oder aussteigen können.',
          },
          evidence: {
            en: 'Subcontracting clause, list of subcontractors supporting critical functions with locations, change notification procedure, and objection or termination rights.',
            de: 'Klausel zur Unterauftragsvergabe, Liste der Unterauftragnehmer für kritische Funktionen mit Standorten, Verfahren zur Änderungsmitteilung sowie Widerspruchs- oder Kündigungsrechte.',
          },
          references: [
            { framework: 'DORA', ref: 'Art. 30(2)(a)' },
            { framework: 'DORA', ref: 'Art. 29(2)' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'disclosedNoticeObjection',
                label: { en: 'Chain disclosed, advance notice of changes, right to object or terminate', de: 'Kette offengelegt, Vorabinformation bei Änderungen, Widerspruchs- oder Kündigungsrecht' },
                score: 1,
              },
              {
                id: 'disclosedNoticeOnly',
                label: { en: 'Chain disclosed and changes notified, but no objection right', de: 'Kette offengelegt und Änderungen mitgeteilt, jedoch kein Widerspruchsrecht' },
                score: 0.5,
              },
              { id: 'notDisclosed', label: { en: 'Subcontracting not disclosed or not regulated', de: 'Unterauftragsvergabe nicht offengelegt oder nicht geregelt' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: {
            all: [
              { field: 'regulatoryScope', includes: ['dora'] },
              { field: 'criticality', in: ['high', 'critical'] },
            ],
          },
          severity: 'high',
          remediation: {
            en: 'Require disclosure of the full subcontracting chain for critical functions, prior notice of material changes with enough time to assess them, and a right to object or terminate if the risk becomes unacceptable.',
            de: 'Fordern Sie die Offenlegung der vollständigen Unterauftragskette für kritische Funktionen, eine Vorabinformation über wesentliche Änderungen mit ausreichender Prüffrist sowie ein Widerspruchs- oder Kündigungsrecht, falls das Risiko untragbar wird.',
          },
        },
      ],
    },
  ],
};
