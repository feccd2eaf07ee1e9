import type { DomainInput } from '../../schema';

/**
 * Data residency and sovereignty: where customer data of a CX platform is stored and
 * processed, who can reach it from where, on which legal basis it leaves the EU/EEA,
 * who holds the keys, how sub-processors and AI model training are governed, and how
 * data is retained, returned and deleted.
 */
export const dataResidency: DomainInput = {
  id: 'dataResidency',
  title: { en: 'Data residency and sovereignty', de: 'Datenresidenz und Datensouveränität' },
  description: {
    en: 'Assesses where calls, chats, recordings, transcripts and CRM data are stored and processed, which third-country transfers and foreign-law exposures exist, how vendor staff and government access to the data is controlled, who controls the encryption keys, how sub-processors and AI model training are governed, and whether data can be retained, exported and deleted on the buyer’s terms.',
    de: 'Bewertet, wo Anrufe, Chats, Aufzeichnungen, Transkripte und CRM-Daten gespeichert und verarbeitet werden, welche Drittlandübermittlungen und Zugriffsrisiken aus ausländischem Recht bestehen, wie Zugriffe von Personal des Anbieters und von Behörden kontrolliert werden, wer die Schlüsselhoheit besitzt, wie Unterauftragsverarbeiter und das Training von KI-Modellen gesteuert werden und ob Daten nach den Vorgaben des Auftraggebers aufbewahrt, exportiert und gelöscht werden können.',
  },
  defaultWeight: 3,
  sections: [
    {
      id: 'DAT-S-LOCATION',
      title: { en: 'Storage and processing locations', de: 'Speicher- und Verarbeitungsorte' },
      questions: [
        {
          id: 'DAT-EU-PROCESSING',
          text: {
            en: "Can all storage and processing of the customer's data be kept inside the EU/EEA?",
            de: 'Lassen sich sämtliche Speicherung und Verarbeitung der Daten des Auftraggebers auf die EU bzw. den EWR beschränken?',
          },
          guidance: {
            en: 'A contact-centre tenant is more than a database: media servers, transcription, analytics, AI services and support tooling all touch call and chat content. Only score “EU only” or “EU option” when the vendor confirms that every one of these components, not just the primary database, stays in the EU/EEA.',
            de: 'Ein Contact-Center-Mandant besteht nicht nur aus einer Datenbank: Mediaserver, Transkription, Analytik, KI-Dienste und Support-Werkzeuge greifen ebenfalls auf Gesprächs- und Chatinhalte zu. Bewerten Sie „nur EU“ oder „EU als Option“ nur, wenn der Anbieter bestätigt, dass alle diese Komponenten – nicht nur die Primärdatenbank – in der EU bzw. im EWR verbleiben.',
          },
          evidence: {
            en: 'Data residency statement or service description listing the EU region per component; DPA annex naming processing locations; tenant configuration screenshot showing the selected EU region.',
            de: 'Erklärung zur Datenresidenz oder Leistungsbeschreibung mit EU-Region je Komponente; Anlage zum Auftragsverarbeitungsvertrag mit den Verarbeitungsorten; Screenshot der Mandantenkonfiguration mit der gewählten EU-Region.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 44' },
            { framework: 'BSI C5:2020', ref: 'PSS-12' },
            { framework: 'DORA', ref: 'Art. 30(2)(b)' },
          ],
          weight: 5,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'euOnly',
                label: { en: 'Yes, by default for EU customers', de: 'Ja, standardmäßig für Kunden in der EU' },
                score: 1,
              },
              {
                id: 'euOption',
                label: { en: 'Yes, as a configurable option', de: 'Ja, als konfigurierbare Option' },
                score: 0.9,
              },
              {
                id: 'partial',
                label: {
                  en: 'Storage in the EU, but some processing or support outside the EU/EEA',
                  de: 'Speicherung in der EU, aber einzelne Verarbeitungen oder Support außerhalb der EU bzw. des EWR',
                },
                score: 0.4,
              },
              { id: 'none', label: { en: 'No EU/EEA option', de: 'Keine EU-/EWR-Option' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'critical',
          remediation: {
            en: 'Require a contractual commitment that storage and processing, including AI, analytics and support access, are confined to the EU/EEA, with any exception listed by component and subject to prior written approval.',
            de: 'Fordern Sie eine vertragliche Zusage, dass Speicherung und Verarbeitung einschließlich KI, Analytik und Supportzugriffen auf die EU bzw. den EWR beschränkt sind; Ausnahmen sind je Komponente aufzuführen und bedürfen Ihrer vorherigen schriftlichen Zustimmung.',
          },
        },
        {
          id: 'DAT-LOCATION-CONTROLS',
          text: {
            en: "Which parts of the service can the customer pin to its selected hosting region?",
            de: 'Welche Teile des Dienstes kann der Auftraggeber an die von ihm gewählte Hosting-Region binden?',
          },
          guidance: {
            en: 'Vendors often advertise a “region” that covers only data at rest, while media routing, AI inference, backups or logs run elsewhere. Each element the customer can pin closes one path by which call content or CRM data can leave the agreed jurisdiction.',
            de: 'Anbieter bewerben häufig eine „Region“, die nur ruhende Daten umfasst, während Medien-Routing, KI-Inferenz, Backups oder Protokolle anderswo laufen. Jedes Element, das sich an die Region binden lässt, schließt einen Weg, auf dem Gesprächsinhalte oder CRM-Daten den vereinbarten Rechtsraum verlassen können.',
          },
          evidence: {
            en: 'Product documentation on region pinning per feature; architecture or data-flow diagram; contract schedule that fixes the region for each selected element.',
            de: 'Produktdokumentation zur Regionsbindung je Funktion; Architektur- oder Datenflussdiagramm; Vertragsanlage, die die Region für jedes gewählte Element festlegt.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'PSS-12' },
            { framework: 'DORA', ref: 'Art. 30(2)(b)' },
          ],
          weight: 3,
          answer: {
            type: 'multiChoice',
            options: [
              {
                id: 'dataAtRest',
                label: {
                  en: 'Data at rest (recordings, transcripts, contact records, CRM data)',
                  de: 'Ruhende Daten (Aufzeichnungen, Transkripte, Kontaktdatensätze, CRM-Daten)',
                },
                score: 0.25,
              },
              {
                id: 'mediaProcessing',
                label: {
                  en: 'Real-time voice and chat media processing',
                  de: 'Echtzeitverarbeitung von Sprach- und Chatmedien',
                },
                score: 0.2,
              },
              {
                id: 'aiAnalytics',
                label: {
                  en: 'AI, transcription and analytics processing',
                  de: 'KI-, Transkriptions- und Analyseverarbeitung',
                },
                score: 0.2,
              },
              {
                id: 'backups',
                label: { en: 'Backups and disaster-recovery copies', de: 'Backups und Kopien für die Notfallwiederherstellung' },
                score: 0.15,
              },
              {
                id: 'logsSupport',
                label: {
                  en: 'Logs, telemetry and support tickets containing customer data',
                  de: 'Protokolle, Telemetrie und Supporttickets mit Kundendaten',
                },
                score: 0.2,
              },
              { id: 'nothing', label: { en: 'None of these', de: 'Keines davon' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Agree in the contract which elements are region-bound, require technical enforcement (not just policy) and ask for a roadmap with dates for the elements that cannot yet be pinned.',
            de: 'Vereinbaren Sie vertraglich, welche Elemente an die Region gebunden sind, verlangen Sie eine technische Durchsetzung (nicht nur eine Richtlinie) und fordern Sie für noch nicht bindbare Elemente eine terminierte Roadmap.',
          },
        },
        {
          id: 'DAT-COMPONENT-MAP',
          text: {
            en: 'Does the vendor provide a current, component-level map of the countries in which customer data is stored and processed, and commit to notify changes in advance?',
            de: 'Stellt der Anbieter eine aktuelle Übersicht je Komponente bereit, in welchen Ländern Kundendaten gespeichert und verarbeitet werden, und sagt er zu, Änderungen vorab mitzuteilen?',
          },
          guidance: {
            en: 'Without a location map per component (telephony, recording store, speech-to-text, AI models, reporting, ticketing) the buyer cannot maintain its records of processing or assess transfers. A silent move of one component can turn a compliant set-up into an unlawful transfer.',
            de: 'Ohne eine Standortübersicht je Komponente (Telefonie, Aufzeichnungsspeicher, Spracherkennung, KI-Modelle, Reporting, Ticketing) kann der Auftraggeber weder sein Verzeichnis der Verarbeitungstätigkeiten führen noch Übermittlungen beurteilen. Die unangekündigte Verlagerung einer einzigen Komponente kann eine zulässige Konstellation in eine unzulässige Übermittlung verwandeln.',
          },
          evidence: {
            en: 'Data-location register or data-flow diagram with country per component; DPA clause on advance notification of location changes; change log of past location notices.',
            de: 'Standortverzeichnis oder Datenflussdiagramm mit Land je Komponente; Klausel im Auftragsverarbeitungsvertrag zur Vorabinformation bei Standortänderungen; Verlauf bisheriger Standortmitteilungen.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 30(2)' },
            { framework: 'DORA', ref: 'Art. 30(2)(b)' },
            { framework: 'EU Data Act', ref: 'Art. 28' },
            { framework: 'BSI C5:2020', ref: 'PSS-12' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Make a component-level location register a contract annex, with at least 30 days’ advance notice of any change and a right to terminate without penalty if a change is unacceptable.',
            de: 'Nehmen Sie ein Standortverzeichnis je Komponente als Vertragsanlage auf, mit mindestens 30 Tagen Vorankündigung bei Änderungen und einem kostenfreien Kündigungsrecht, falls eine Änderung nicht akzeptabel ist.',
          },
        },
        {
          id: 'DAT-AI-LOCATION',
          text: {
            en: "Where are the platform's AI features (transcription, summarisation, agent assist, virtual agents) processed, including any third-party model provider?",
            de: 'Wo werden die KI-Funktionen der Plattform (Transkription, Zusammenfassung, Agentenassistenz, virtuelle Agenten) einschließlich etwaiger externer Modellanbieter verarbeitet?',
          },
          guidance: {
            en: 'Generative AI features frequently call large language models hosted by a separate provider in another region, so full call transcripts may leave the selected region even when storage does not. Treat “unknown” as a red flag: the vendor does not control its own data flows.',
            de: 'Generative KI-Funktionen rufen häufig große Sprachmodelle eines separaten Anbieters in einer anderen Region auf; vollständige Gesprächstranskripte können die gewählte Region also verlassen, selbst wenn die Speicherung dort verbleibt. Werten Sie „unbekannt“ als Warnsignal: Der Anbieter beherrscht seine eigenen Datenflüsse nicht.',
          },
          evidence: {
            en: 'AI feature documentation stating the inference region per feature; sub-processor entries for model providers with their locations; configuration showing regional model endpoints.',
            de: 'Dokumentation der KI-Funktionen mit Inferenzregion je Funktion; Einträge der Modellanbieter in der Unterauftragsverarbeiterliste mit Standorten; Konfiguration mit regionalen Modell-Endpunkten.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 44' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.10' },
            { framework: 'BSI C5:2020', ref: 'PSS-12' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'inRegion',
                label: {
                  en: 'Always within the customer’s selected region',
                  de: 'Stets innerhalb der vom Auftraggeber gewählten Region',
                },
                score: 1,
              },
              {
                id: 'configurable',
                label: {
                  en: 'In region only if the customer configures it or disables certain features',
                  de: 'Nur dann in der Region, wenn der Auftraggeber dies konfiguriert oder bestimmte Funktionen abschaltet',
                },
                score: 0.6,
              },
              {
                id: 'outsideRegion',
                label: {
                  en: 'Some AI processing takes place outside the region (disclosed)',
                  de: 'Ein Teil der KI-Verarbeitung erfolgt außerhalb der Region (offengelegt)',
                },
                score: 0.2,
              },
              {
                id: 'unknown',
                label: { en: 'The vendor cannot state the location', de: 'Der Anbieter kann den Ort nicht benennen' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: { field: 'aiAutonomy', in: ['assistive', 'autonomous'] },
          severity: 'high',
          remediation: {
            en: 'Require in-region inference for all AI features used, or keep out-of-region features disabled by contract until they can be run in region; list every model provider as a sub-processor with its location.',
            de: 'Verlangen Sie eine Inferenz innerhalb der Region für alle genutzten KI-Funktionen oder lassen Sie Funktionen außerhalb der Region vertraglich deaktiviert, bis sie regional betrieben werden können; jeder Modellanbieter ist als Unterauftragsverarbeiter mit Standort aufzuführen.',
          },
        },
        {
          id: 'DAT-BACKUP-LOCATION',
          text: {
            en: 'Are backups, disaster-recovery replicas and archives of customer data kept in the same jurisdiction as the primary data, and is that location fixed in the contract?',
            de: 'Werden Backups, Replikate für die Notfallwiederherstellung und Archive der Kundendaten im selben Rechtsraum wie die Primärdaten vorgehalten, und ist dieser Ort vertraglich festgelegt?',
          },
          guidance: {
            en: 'Backups of recordings and transcripts are complete copies of the most sensitive data and are often replicated to a distant region for resilience. A failover region outside the EU/EEA means a transfer, even if it is used only in a disaster.',
            de: 'Backups von Aufzeichnungen und Transkripten sind vollständige Kopien der sensibelsten Daten und werden aus Resilienzgründen oft in eine entfernte Region repliziert. Liegt die Ausweichregion außerhalb der EU bzw. des EWR, liegt eine Übermittlung vor – selbst wenn sie nur im Katastrophenfall genutzt wird.',
          },
          evidence: {
            en: 'Backup and DR description naming the backup and failover regions; DPA or service schedule fixing these locations; SOC 2 or C5 report section on backup processes.',
            de: 'Beschreibung von Backup und Notfallwiederherstellung mit Backup- und Ausweichregionen; Auftragsverarbeitungsvertrag oder Leistungsschein mit diesen Standorten; Abschnitt zu Backup-Prozessen im SOC-2- oder C5-Bericht.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'PSS-12' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.13' },
            { framework: 'DORA', ref: 'Art. 30(2)(b)' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require backup and failover regions within the same jurisdiction as production, named in the contract, with no change without prior notice and approval.',
            de: 'Fordern Sie Backup- und Ausweichregionen im selben Rechtsraum wie die Produktion, im Vertrag benannt und ohne vorherige Mitteilung und Zustimmung nicht änderbar.',
          },
        },
        {
          id: 'DAT-SOVEREIGN',
          text: {
            en: 'Does the vendor offer a sovereign deployment of the service that is operated and supported only by EU-resident staff of an EU-controlled entity and isolated from the non-EU group?',
            de: 'Bietet der Anbieter eine souveräne Betriebsvariante des Dienstes an, die ausschließlich von in der EU ansässigem Personal einer EU-kontrollierten Gesellschaft betrieben und betreut wird und vom außereuropäischen Konzern abgeschottet ist?',
          },
          guidance: {
            en: 'An “EU data boundary” keeps data in the EU but usually leaves the operator subject to its non-EU parent. For public-sector or highly sensitive contact centres, only a separately controlled and staffed operation materially reduces foreign-law access risk.',
            de: 'Eine „EU Data Boundary“ hält Daten in der EU, lässt den Betreiber aber meist dem außereuropäischen Mutterkonzern unterworfen. Für Contact Center der öffentlichen Hand oder mit hochsensiblen Daten senkt nur ein eigenständig kontrollierter und besetzter Betrieb das Zugriffsrisiko aus ausländischem Recht spürbar.',
          },
          evidence: {
            en: 'Description of the sovereign offering with its legal entity, ownership and staffing model; independent attestation (e.g. C5 report) covering the sovereign environment; contractual commitments on personnel location and control.',
            de: 'Beschreibung des souveränen Angebots mit Gesellschaft, Eigentümerstruktur und Personalmodell; unabhängiges Testat (z. B. C5-Bericht) für die souveräne Umgebung; vertragliche Zusagen zu Personalstandort und Kontrolle.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 48' },
            { framework: 'EU Data Act', ref: 'Art. 32' },
            { framework: 'EDPB', ref: 'Recommendations 01/2020' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'sovereignOperated',
                label: {
                  en: 'Yes, operated by an EU-controlled entity with EU-resident staff only',
                  de: 'Ja, betrieben von einer EU-kontrollierten Gesellschaft ausschließlich mit Personal in der EU',
                },
                score: 1,
              },
              {
                id: 'dataBoundary',
                label: {
                  en: 'EU data boundary only; the operator remains part of a non-EU group',
                  de: 'Nur EU Data Boundary; der Betreiber bleibt Teil eines außereuropäischen Konzerns',
                },
                score: 0.5,
              },
              { id: 'noSovereign', label: { en: 'No sovereign option', de: 'Keine souveräne Option' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: {
            any: [
              { field: 'sector', in: ['publicSector', 'healthcare'] },
              { field: 'requiresEuResidency', is: true },
            ],
          },
          severity: 'medium',
          remediation: {
            en: 'Where sovereignty is required, select the sovereign offering or compensate with customer-held keys and EU-only operations; otherwise record the residual foreign-access risk and have it accepted by the data owner.',
            de: 'Ist Souveränität gefordert, wählen Sie das souveräne Angebot oder gleichen Sie mit kundenseitig gehaltenen Schlüsseln und reinem EU-Betrieb aus; andernfalls dokumentieren Sie das verbleibende Zugriffsrisiko und lassen es vom Datenverantwortlichen akzeptieren.',
          },
        },
        {
          id: 'DAT-REGIONS-LIST',
          text: {
            en: 'List the hosting regions available for production, disaster recovery and backup (country, city and hosting provider).',
            de: 'Nennen Sie die verfügbaren Hosting-Regionen für Produktion, Notfallwiederherstellung und Backup (Land, Stadt und Rechenzentrumsbetreiber).',
          },
          guidance: {
            en: 'Record this for the file and to cross-check the other answers in this section; it is not scored. Watch for regions that are served from hyperscaler infrastructure of a different provider than the one named in the contract.',
            de: 'Dient der Dokumentation und dem Abgleich mit den übrigen Antworten dieses Abschnitts; die Angabe wird nicht bewertet. Achten Sie auf Regionen, die auf Infrastruktur eines anderen Hyperscalers laufen als des im Vertrag genannten.',
          },
          evidence: {
            en: 'Published region list or trust-centre page; sub-processor list entries for hosting providers.',
            de: 'Veröffentlichte Regionsliste oder Trust-Center-Seite; Einträge der Hosting-Anbieter in der Unterauftragsverarbeiterliste.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'PSS-12' },
            { framework: 'DORA', ref: 'Art. 30(2)(b)' },
          ],
          weight: 0,
          answer: { type: 'text' },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Ask the vendor to state the regions in writing and attach them to the contract.',
            de: 'Lassen Sie sich die Regionen schriftlich bestätigen und nehmen Sie sie als Vertragsanlage auf.',
          },
        },
      ],
    },
    {
      id: 'DAT-S-TRANSFERS',
      title: { en: 'Third-country transfers and government access', de: 'Drittlandübermittlungen und behördliche Zugriffe' },
      questions: [
        {
          id: 'DAT-TRANSFER-MECHANISM',
          text: {
            en: 'Which statement best describes the legal basis for the least protected transfer of customer personal data outside the EU/EEA, including remote access by support staff and sub-processors?',
            de: 'Welche Aussage beschreibt am besten die Rechtsgrundlage der am schwächsten abgesicherten Übermittlung personenbezogener Kundendaten außerhalb der EU bzw. des EWR, einschließlich Fernzugriffen durch Supportpersonal und Unterauftragsverarbeiter?',
          },
          guidance: {
            en: 'Remote viewing of a recording or transcript from a third country is a transfer just as much as copying it there. Judge the weakest link: a single sub-processor relying on Art. 49 derogations for routine transfers undermines the whole chain.',
            de: 'Das Abhören einer Aufzeichnung oder das Einsehen eines Transkripts aus einem Drittland ist ebenso eine Übermittlung wie das Kopieren dorthin. Bewerten Sie das schwächste Glied: Ein einziger Unterauftragsverarbeiter, der routinemäßige Übermittlungen auf Ausnahmen nach Art. 49 stützt, entwertet die gesamte Kette.',
          },
          evidence: {
            en: 'DPA transfer section; executed SCC modules with annexes; BCR approval decision; sub-processor list with transfer mechanism per entry; Data Privacy Framework certification where relied on.',
            de: 'Abschnitt zu Übermittlungen im Auftragsverarbeitungsvertrag; unterzeichnete SCC-Module mit Anlagen; Genehmigung der BCR; Unterauftragsverarbeiterliste mit Übermittlungsgrundlage je Eintrag; Zertifizierung nach dem Data Privacy Framework, sofern darauf gestützt.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 44' },
            { framework: 'GDPR', ref: 'Art. 45' },
            { framework: 'GDPR', ref: 'Art. 46' },
            { framework: 'GDPR', ref: 'Art. 47' },
            { framework: 'GDPR', ref: 'Art. 49' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'noTransfer',
                label: {
                  en: 'No customer personal data leaves the EU/EEA, including by remote access',
                  de: 'Keine personenbezogenen Kundendaten verlassen die EU bzw. den EWR, auch nicht per Fernzugriff',
                },
                score: 1,
              },
              {
                id: 'adequacy',
                label: {
                  en: 'Transfers only to countries covered by an adequacy decision (Art. 45)',
                  de: 'Übermittlungen nur in Länder mit Angemessenheitsbeschluss (Art. 45)',
                },
                score: 0.9,
              },
              {
                id: 'safeguards',
                label: {
                  en: 'Standard contractual clauses or binding corporate rules (Art. 46, 47) for at least one destination',
                  de: 'Standardvertragsklauseln oder verbindliche interne Datenschutzvorschriften (Art. 46, 47) für mindestens ein Zielland',
                },
                score: 0.7,
              },
              {
                id: 'derogations',
                label: {
                  en: 'Derogations under Art. 49 relied on for some regular transfers',
                  de: 'Für einzelne regelmäßige Übermittlungen werden Ausnahmen nach Art. 49 herangezogen',
                },
                score: 0.2,
              },
              {
                id: 'noMechanism',
                label: { en: 'No documented transfer mechanism', de: 'Kein dokumentiertes Übermittlungsinstrument' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'critical',
          remediation: {
            en: 'Require an Art. 46 safeguard (current SCC modules or approved BCRs) for every transfer not covered by adequacy, forbid reliance on Art. 49 for regular transfers, and make the mechanism per sub-processor part of the DPA.',
            de: 'Fordern Sie für jede nicht durch einen Angemessenheitsbeschluss gedeckte Übermittlung eine Garantie nach Art. 46 (aktuelle SCC-Module oder genehmigte BCR), schließen Sie Art. 49 für regelmäßige Übermittlungen aus und nehmen Sie das Instrument je Unterauftragsverarbeiter in den Auftragsverarbeitungsvertrag auf.',
          },
        },
        {
          id: 'DAT-TIA',
          text: {
            en: 'Has the vendor documented a transfer impact assessment for each transfer based on SCCs or BCRs, including supplementary measures, and will it share it with the customer?',
            de: 'Hat der Anbieter für jede auf SCC oder BCR gestützte Übermittlung eine Transferfolgenabschätzung (TIA) einschließlich ergänzender Maßnahmen dokumentiert, und stellt er diese dem Auftraggeber zur Verfügung?',
          },
          guidance: {
            en: 'SCCs alone are not enough where the destination country’s surveillance laws can override them; the assessment must show why access to call content is unlikely or technically blocked. A generic two-page memo that does not name destinations, data types and measures should be scored as partial at best.',
            de: 'SCC allein genügen nicht, wenn Überwachungsgesetze im Zielland sie aushebeln können; die Abschätzung muss darlegen, warum ein Zugriff auf Gesprächsinhalte unwahrscheinlich oder technisch verhindert ist. Ein allgemeines zweiseitiges Memo ohne Zielländer, Datenarten und Maßnahmen ist höchstens als teilweise erfüllt zu werten.',
          },
          evidence: {
            en: 'Transfer impact assessment per destination and data category; description of supplementary technical measures (encryption with EU-held keys, pseudonymisation); date of last review.',
            de: 'Transferfolgenabschätzung je Zielland und Datenkategorie; Beschreibung der ergänzenden technischen Maßnahmen (Verschlüsselung mit in der EU gehaltenen Schlüsseln, Pseudonymisierung); Datum der letzten Überprüfung.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 46' },
            { framework: 'EU SCC (2021/914)', ref: 'Clause 14' },
            { framework: 'EDPB', ref: 'Recommendations 01/2020' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: true,
          severity: 'high',
          remediation: {
            en: 'Require a destination-specific transfer impact assessment before go-live, reviewed at least annually and on legal changes, and make its availability to the customer a DPA obligation.',
            de: 'Fordern Sie vor Produktivstart eine zielland-spezifische Transferfolgenabschätzung, die mindestens jährlich und bei Rechtsänderungen überprüft wird, und verankern Sie deren Bereitstellung als Pflicht im Auftragsverarbeitungsvertrag.',
          },
        },
        {
          id: 'DAT-FOREIGN-LAW',
          text: {
            en: 'Is the contracting entity, or any parent company, subject to non-EU laws that can compel disclosure of customer data stored in the EU?',
            de: 'Unterliegt die vertragschließende Gesellschaft oder eine Muttergesellschaft außereuropäischen Gesetzen, die zur Herausgabe von in der EU gespeicherten Kundendaten verpflichten können?',
          },
          guidance: {
            en: 'Residency in an EU data centre does not prevent a foreign authority from ordering the parent to produce data it can technically reach. The risk is mitigated mainly by technical measures that leave the vendor unable to read the data, not by contractual promises alone.',
            de: 'Die Speicherung in einem EU-Rechenzentrum hindert eine ausländische Behörde nicht daran, die Muttergesellschaft zur Herausgabe technisch erreichbarer Daten zu verpflichten. Das Risiko wird vor allem durch technische Maßnahmen gemindert, die dem Anbieter das Lesen der Daten unmöglich machen, nicht durch vertragliche Zusagen allein.',
          },
          evidence: {
            en: 'Group structure chart with jurisdictions of incorporation; vendor’s legal analysis of applicable foreign disclosure laws; description of technical measures that limit the vendor’s ability to access plaintext data.',
            de: 'Konzernstrukturübersicht mit Sitzstaaten; rechtliche Analyse des Anbieters zu einschlägigen ausländischen Herausgabegesetzen; Beschreibung der technischen Maßnahmen, die den Klartextzugriff des Anbieters begrenzen.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 48' },
            { framework: 'EDPB', ref: 'Recommendations 01/2020' },
            { framework: 'EU Data Act', ref: 'Art. 28' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'notSubject',
                label: { en: 'Not subject to such laws', de: 'Keinen solchen Gesetzen unterworfen' },
                score: 1,
              },
              {
                id: 'subjectMitigated',
                label: {
                  en: 'Subject to such laws, but technical measures prevent the vendor from accessing plaintext data',
                  de: 'Solchen Gesetzen unterworfen, technische Maßnahmen verhindern aber den Klartextzugriff des Anbieters',
                },
                score: 0.6,
              },
              {
                id: 'subjectUnmitigated',
                label: {
                  en: 'Subject to such laws without technical mitigation',
                  de: 'Solchen Gesetzen unterworfen, ohne technische Gegenmaßnahmen',
                },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Compensate with customer-held keys and EU-only operations for the most sensitive data, or document and formally accept the residual risk; include a commitment to challenge and notify (see government access policy).',
            de: 'Gleichen Sie für die sensibelsten Daten mit kundenseitig gehaltenen Schlüsseln und reinem EU-Betrieb aus oder dokumentieren und akzeptieren Sie das Restrisiko förmlich; verlangen Sie zudem eine Zusage zur Anfechtung und Benachrichtigung (siehe Richtlinie zu Behördenanfragen).',
          },
        },
        {
          id: 'DAT-GOV-ACCESS-POLICY',
          text: {
            en: 'Does the vendor follow a documented procedure for government and law-enforcement requests that requires legal review, challenge of overbroad or unlawful requests, disclosure of the minimum data, and notification of the customer unless legally prohibited?',
            de: 'Folgt der Anbieter einem dokumentierten Verfahren für Anfragen von Behörden und Strafverfolgung, das eine rechtliche Prüfung, die Anfechtung überschießender oder rechtswidriger Anfragen, die Herausgabe nur des Mindestumfangs und die Benachrichtigung des Auftraggebers – soweit rechtlich zulässig – vorsieht?',
          },
          guidance: {
            en: 'Contact-centre data (recordings, caller identities, chat histories) is attractive to investigators. A credible policy first redirects the authority to the customer as controller and commits the vendor to contest requests it believes to be unlawful.',
            de: 'Contact-Center-Daten (Aufzeichnungen, Anruferidentitäten, Chatverläufe) sind für Ermittler attraktiv. Eine belastbare Richtlinie verweist die Behörde zunächst an den Auftraggeber als Verantwortlichen und verpflichtet den Anbieter, aus seiner Sicht rechtswidrige Anfragen anzufechten.',
          },
          evidence: {
            en: 'Government request policy or law-enforcement guidelines; DPA clause mirroring SCC Clause 15; C5 report results for the INQ criteria.',
            de: 'Richtlinie zu Behördenanfragen bzw. Leitfaden für Strafverfolgungsbehörden; Klausel im Auftragsverarbeitungsvertrag entsprechend SCC-Klausel 15; C5-Prüfergebnisse zu den INQ-Kriterien.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'INQ-01' },
            { framework: 'BSI C5:2020', ref: 'INQ-02' },
            { framework: 'BSI C5:2020', ref: 'INQ-04' },
            { framework: 'EU SCC (2021/914)', ref: 'Clause 15' },
            { framework: 'GDPR', ref: 'Art. 48' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Add a DPA clause obliging the vendor to redirect requests to the customer, assess legality, challenge unlawful requests, disclose only the minimum, and notify the customer promptly unless prohibited.',
            de: 'Ergänzen Sie den Auftragsverarbeitungsvertrag um eine Klausel, die den Anbieter verpflichtet, Anfragen an den Auftraggeber zu verweisen, die Rechtmäßigkeit zu prüfen, rechtswidrige Anfragen anzufechten, nur den Mindestumfang herauszugeben und den Auftraggeber – soweit zulässig – unverzüglich zu informieren.',
          },
        },
        {
          id: 'DAT-TRANSPARENCY-REPORT',
          text: {
            en: 'On what date did the vendor publish its most recent transparency report on government requests for customer data?',
            de: 'An welchem Datum hat der Anbieter seinen jüngsten Transparenzbericht zu behördlichen Anfragen nach Kundendaten veröffentlicht?',
          },
          guidance: {
            en: 'A regular report shows that requests are tracked and how often data was actually disclosed, broken down by country. A report older than about two years, or none at all, gives the buyer nothing to test the policy against.',
            de: 'Ein regelmäßiger Bericht belegt, dass Anfragen erfasst werden und wie oft tatsächlich Daten herausgegeben wurden, aufgeschlüsselt nach Ländern. Ein Bericht, der älter als etwa zwei Jahre ist, oder gar keiner bietet keinen Maßstab, an dem sich die Richtlinie prüfen lässt.',
          },
          evidence: {
            en: 'Link to the published transparency report with its reporting period and per-country figures.',
            de: 'Link zum veröffentlichten Transparenzbericht mit Berichtszeitraum und Zahlen je Land.',
          },
          references: [
            { framework: 'EU SCC (2021/914)', ref: 'Clause 15' },
            { framework: 'EU Data Act', ref: 'Art. 28' },
          ],
          weight: 2,
          answer: {
            type: 'date',
            ageBands: [
              { atMost: 450, score: 1 },
              { atMost: 800, score: 0.5 },
            ],
          },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Ask for at least annual aggregate reporting of requests received and data disclosed, provided to the customer on request if not published.',
            de: 'Fordern Sie mindestens jährlich eine aggregierte Aufstellung der erhaltenen Anfragen und herausgegebenen Daten, die dem Auftraggeber auf Anfrage bereitgestellt wird, falls sie nicht veröffentlicht ist.',
          },
        },
      ],
    },
    {
      id: 'DAT-S-ACCESS',
      title: { en: 'Vendor access and key control', de: 'Zugriffe des Anbieters und Schlüsselhoheit' },
      questions: [
        {
          id: 'DAT-SUPPORT-LOCATIONS',
          text: {
            en: "From which locations can the vendor's personnel (support, operations, engineering) access the customer's data under the service as it would be contracted?",
            de: 'Von welchen Standorten aus kann Personal des Anbieters (Support, Betrieb, Entwicklung) im vorgesehenen Vertragsumfang auf die Daten des Auftraggebers zugreifen?',
          },
          guidance: {
            en: 'Follow-the-sun support means that an engineer in a third country may open recordings or transcripts at night-time in Europe. Score against the configuration the buyer will actually contract, not the best option on the price list.',
            de: 'Follow-the-Sun-Support bedeutet, dass nachts europäischer Zeit ein Techniker in einem Drittland Aufzeichnungen oder Transkripte öffnen kann. Bewerten Sie die Konstellation, die der Auftraggeber tatsächlich beauftragt, nicht die beste Option der Preisliste.',
          },
          evidence: {
            en: 'Support model description with support centre locations; DPA annex listing countries from which access occurs; contract option for EU-only support where offered.',
            de: 'Beschreibung des Supportmodells mit Standorten der Supportzentren; Anlage zum Auftragsverarbeitungsvertrag mit den Ländern, aus denen zugegriffen wird; Vertragsoption für reinen EU-Support, sofern angeboten.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 44' },
            { framework: 'BSI C5:2020', ref: 'IDM-06' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.2' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              { id: 'euOnly', label: { en: 'EU/EEA only', de: 'Nur EU/EWR' }, score: 1 },
              {
                id: 'euAndAdequate',
                label: {
                  en: 'EU/EEA and countries with an adequacy decision',
                  de: 'EU/EWR und Länder mit Angemessenheitsbeschluss',
                },
                score: 0.8,
              },
              {
                id: 'followTheSun',
                label: {
                  en: 'Global follow-the-sun, including third countries without adequacy',
                  de: 'Weltweiter Follow-the-Sun-Support, auch aus Drittländern ohne Angemessenheitsbeschluss',
                },
                score: 0.3,
              },
              { id: 'undisclosed', label: { en: 'Not disclosed', de: 'Nicht offengelegt' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Contract EU-only support where available, including out-of-hours escalation; otherwise limit third-country access to approved, logged sessions and cover it by SCCs and a transfer impact assessment.',
            de: 'Beauftragen Sie, sofern verfügbar, reinen EU-Support einschließlich Eskalationen außerhalb der Geschäftszeiten; andernfalls beschränken Sie Drittlandzugriffe auf freigegebene, protokollierte Sitzungen und sichern Sie diese durch SCC und eine Transferfolgenabschätzung ab.',
          },
        },
        {
          id: 'DAT-JIT-ACCESS',
          text: {
            en: "How is vendor personnel's access to customer content such as recordings, transcripts and chat histories controlled?",
            de: 'Wie wird der Zugriff von Personal des Anbieters auf Kundeninhalte wie Aufzeichnungen, Transkripte und Chatverläufe gesteuert?',
          },
          guidance: {
            en: 'Standing administrator access to a multi-tenant contact-centre platform exposes every tenant’s conversations. Time-bound access that the customer approves case by case gives the buyer direct control and an audit trail.',
            de: 'Dauerhafte Administratorrechte auf einer mandantenfähigen Contact-Center-Plattform legen die Gespräche aller Mandanten offen. Zeitlich befristete Zugriffe, die der Auftraggeber im Einzelfall freigibt, verschaffen ihm unmittelbare Kontrolle und einen Prüfpfad.',
          },
          evidence: {
            en: 'Privileged access management procedure; screenshots of the customer approval workflow; SOC 2 or C5 report results on privileged access; sample access log.',
            de: 'Verfahren für privilegierte Zugriffe; Screenshots des Freigabe-Workflows für den Auftraggeber; SOC-2- oder C5-Prüfergebnisse zu privilegierten Zugriffen; Beispiel eines Zugriffsprotokolls.',
          },
          references: [
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.2' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.3' },
            { framework: 'BSI C5:2020', ref: 'IDM-06' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC6.3' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'customerApproved',
                label: {
                  en: 'Just-in-time, time-limited access that the customer approves per case, fully logged',
                  de: 'Befristeter Just-in-Time-Zugriff, den der Auftraggeber im Einzelfall freigibt, vollständig protokolliert',
                },
                score: 1,
              },
              {
                id: 'internalApproval',
                label: {
                  en: 'Just-in-time, time-limited access approved internally by the vendor, fully logged',
                  de: 'Befristeter Just-in-Time-Zugriff mit interner Freigabe durch den Anbieter, vollständig protokolliert',
                },
                score: 0.7,
              },
              {
                id: 'standingAccess',
                label: {
                  en: 'Standing role-based access for authorised staff',
                  de: 'Dauerhafte rollenbasierte Berechtigungen für autorisiertes Personal',
                },
                score: 0.2,
              },
              { id: 'uncontrolled', label: { en: 'No specific control', de: 'Keine besondere Steuerung' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require just-in-time access with customer approval for any access to content, automatic expiry, and logs delivered to the customer; at minimum, internal dual approval and quarterly access reviews.',
            de: 'Fordern Sie für jeden Zugriff auf Inhalte einen Just-in-Time-Zugriff mit Freigabe durch den Auftraggeber, automatischem Ablauf und Protokollen, die dem Auftraggeber bereitgestellt werden; mindestens aber eine interne Vier-Augen-Freigabe und quartalsweise Berechtigungsprüfungen.',
          },
        },
        {
          id: 'DAT-ACCESS-TRANSPARENCY',
          text: {
            en: 'Does the vendor record every access by its personnel to customer data and make these records available to the customer promptly (for example within 72 hours)?',
            de: 'Protokolliert der Anbieter jeden Zugriff seines Personals auf Kundendaten und stellt er diese Aufzeichnungen dem Auftraggeber zeitnah (etwa innerhalb von 72 Stunden) zur Verfügung?',
          },
          guidance: {
            en: 'Access records let the buyer verify that support staff only opened the recordings needed for a ticket and detect misuse. Records kept only for the vendor’s internal audit should be scored as partial.',
            de: 'Zugriffsprotokolle ermöglichen dem Auftraggeber zu prüfen, ob Supportpersonal nur die für ein Ticket nötigen Aufzeichnungen geöffnet hat, und Missbrauch zu erkennen. Protokolle, die nur für die interne Revision des Anbieters geführt werden, sind als teilweise erfüllt zu werten.',
          },
          evidence: {
            en: 'Access transparency feature documentation or sample report showing who, when, why and what was accessed; contractual commitment on delivery time.',
            de: 'Dokumentation der Zugriffstransparenz-Funktion oder Beispielbericht mit wer, wann, warum und worauf zugegriffen wurde; vertragliche Zusage zur Bereitstellungsfrist.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'IDM-07' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.15' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require access records (person, time, reason, data accessed) to be available to the customer within 72 hours, and a right to request an investigation of any access it does not recognise.',
            de: 'Fordern Sie, dass Zugriffsprotokolle (Person, Zeitpunkt, Anlass, betroffene Daten) dem Auftraggeber innerhalb von 72 Stunden vorliegen, sowie das Recht, jeden nicht nachvollziehbaren Zugriff untersuchen zu lassen.',
          },
        },
        {
          id: 'DAT-CMK',
          text: {
            en: "Who controls the keys that encrypt the customer's stored data (recordings, transcripts, contact records)?",
            de: 'Wer kontrolliert die Schlüssel, mit denen die gespeicherten Daten des Auftraggebers (Aufzeichnungen, Transkripte, Kontaktdatensätze) verschlüsselt werden?',
          },
          guidance: {
            en: 'Customer-managed keys let the buyer revoke the vendor’s ability to read its data and are a recognised supplementary measure against foreign access. Check that the keys also cover recordings, search indices and AI caches, not only the main database.',
            de: 'Kundenseitig verwaltete Schlüssel erlauben es dem Auftraggeber, dem Anbieter die Lesbarkeit seiner Daten zu entziehen, und gelten als anerkannte ergänzende Maßnahme gegen ausländische Zugriffe. Prüfen Sie, ob die Schlüssel auch Aufzeichnungen, Suchindizes und KI-Zwischenspeicher abdecken, nicht nur die Hauptdatenbank.',
          },
          evidence: {
            en: 'Encryption and key management whitepaper; documentation of the customer-managed key feature with supported key stores; list of data stores covered; test of key revocation.',
            de: 'Whitepaper zu Verschlüsselung und Schlüsselverwaltung; Dokumentation der Funktion für kundenseitig verwaltete Schlüssel mit unterstützten Schlüsselspeichern; Liste der abgedeckten Datenspeicher; Test eines Schlüsselwiderrufs.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'CRY-03' },
            { framework: 'BSI C5:2020', ref: 'CRY-04' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.24' },
            { framework: 'EDPB', ref: 'Recommendations 01/2020' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'hyok',
                label: {
                  en: 'Hold your own key: keys stay in a customer-operated key store outside the vendor',
                  de: 'Hold Your Own Key: Schlüssel verbleiben in einem vom Auftraggeber betriebenen Schlüsselspeicher außerhalb des Anbieters',
                },
                score: 1,
              },
              {
                id: 'customerManaged',
                label: {
                  en: 'Customer-managed keys in a key management service the customer controls and can revoke',
                  de: 'Kundenseitig verwaltete Schlüssel in einem Schlüsselverwaltungsdienst, den der Auftraggeber kontrolliert und widerrufen kann',
                },
                score: 0.8,
              },
              {
                id: 'byokImport',
                label: {
                  en: 'Bring your own key: customer key material imported into a vendor-operated key service',
                  de: 'Bring Your Own Key: Schlüsselmaterial des Auftraggebers wird in einen vom Anbieter betriebenen Schlüsseldienst importiert',
                },
                score: 0.5,
              },
              {
                id: 'vendorOnly',
                label: { en: 'Vendor-managed keys only', de: 'Ausschließlich vom Anbieter verwaltete Schlüssel' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Where the data is sensitive or foreign-law exposure exists, require customer-managed keys covering all stores of conversation data, with documented revocation effects; otherwise require dedicated per-tenant keys and annual key management audits.',
            de: 'Bei sensiblen Daten oder Zugriffsrisiken aus ausländischem Recht fordern Sie kundenseitig verwaltete Schlüssel für alle Speicher mit Gesprächsdaten und dokumentierte Folgen eines Widerrufs; andernfalls mandantenspezifische Schlüssel und jährliche Prüfungen der Schlüsselverwaltung.',
          },
        },
        {
          id: 'DAT-KEY-LOCATION',
          text: {
            en: "Are the keys protecting the customer's data generated, stored and used only in key stores located in the customer's selected region, without export of key material to other regions?",
            de: 'Werden die Schlüssel zum Schutz der Daten des Auftraggebers ausschließlich in Schlüsselspeichern innerhalb der gewählten Region erzeugt, gespeichert und verwendet, ohne dass Schlüsselmaterial in andere Regionen gelangt?',
          },
          guidance: {
            en: 'Encryption only protects against foreign access if the keys are out of that jurisdiction’s reach. Keys replicated to a global key service for convenience undo the benefit of regional storage.',
            de: 'Verschlüsselung schützt nur dann vor ausländischen Zugriffen, wenn die Schlüssel außerhalb der Reichweite dieses Rechtsraums liegen. Schlüssel, die der Einfachheit halber in einen globalen Schlüsseldienst repliziert werden, heben den Vorteil der regionalen Speicherung auf.',
          },
          evidence: {
            en: 'Key management documentation naming HSM or KMS locations; HSM certification (e.g. FIPS 140-3 level); description of key replication and backup.',
            de: 'Dokumentation der Schlüsselverwaltung mit Standorten der HSM bzw. KMS; Zertifizierung der HSM (z. B. FIPS-140-3-Stufe); Beschreibung von Schlüsselreplikation und -sicherung.',
          },
          references: [
            { framework: 'BSI C5:2020', ref: 'CRY-04' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.24' },
            { framework: 'EDPB', ref: 'Recommendations 01/2020' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Require in-region key generation and storage in certified HSMs, with key backups kept in the same jurisdiction and no cross-region key replication without approval.',
            de: 'Fordern Sie die Erzeugung und Speicherung der Schlüssel in zertifizierten HSM innerhalb der Region, Schlüsselsicherungen im selben Rechtsraum und keine regionsübergreifende Replikation ohne Zustimmung.',
          },
        },
      ],
    },
    {
      id: 'DAT-S-PROCESSOR',
      title: {
        en: 'Processor terms, sub-processors and use of data for AI',
        de: 'Auftragsverarbeitung, Unterauftragsverarbeiter und Datennutzung für KI',
      },
      questions: [
        {
          id: 'DAT-DPA',
          text: {
            en: 'Does the vendor offer a data processing agreement that covers every element required by Art. 28(3) GDPR for the contact-centre service?',
            de: 'Bietet der Anbieter für den Contact-Center-Dienst einen Auftragsverarbeitungsvertrag an, der alle nach Art. 28 Abs. 3 DSGVO erforderlichen Inhalte abdeckt?',
          },
          guidance: {
            en: 'Without a compliant processor agreement the buyer has no lawful basis to hand customer calls and CRM data to the vendor. Check in particular instructions, confidentiality, security, sub-processing, assistance with data subject rights, deletion or return, and audit rights; missing elements mean “partial”.',
            de: 'Ohne einen ordnungsgemäßen Auftragsverarbeitungsvertrag darf der Auftraggeber Kundengespräche und CRM-Daten nicht an den Anbieter geben. Prüfen Sie insbesondere Weisungsbindung, Vertraulichkeit, Sicherheit, Unterbeauftragung, Unterstützung bei Betroffenenrechten, Löschung oder Rückgabe sowie Kontrollrechte; fehlende Elemente bedeuten „teilweise“.',
          },
          evidence: {
            en: 'Signed or signable DPA with technical and organisational measures annex, list of sub-processors and description of processing (data categories, data subjects, purposes, duration).',
            de: 'Unterzeichneter oder unterschriftsreifer Auftragsverarbeitungsvertrag mit Anlage zu technischen und organisatorischen Maßnahmen, Unterauftragsverarbeiterliste und Beschreibung der Verarbeitung (Datenkategorien, Betroffene, Zwecke, Dauer).',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.34' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'critical',
          remediation: {
            en: 'Do not go live without a DPA that meets Art. 28(3); use the buyer’s own template or the Commission’s standard contractual clauses for processors if the vendor’s draft is incomplete.',
            de: 'Gehen Sie nicht ohne einen Auftragsverarbeitungsvertrag nach Art. 28 Abs. 3 in Produktion; verwenden Sie Ihre eigene Vorlage oder die Standardvertragsklauseln der Kommission für Auftragsverarbeiter, falls der Entwurf des Anbieters unvollständig ist.',
          },
        },
        {
          id: 'DAT-SUBPROCESSORS',
          text: {
            en: 'Does the vendor maintain a list of sub-processors (name, purpose, data, location) with advance notice of changes and a right for the customer to object?',
            de: 'Führt der Anbieter eine Liste der Unterauftragsverarbeiter (Name, Zweck, Daten, Standort) mit Vorabinformation über Änderungen und einem Widerspruchsrecht des Auftraggebers?',
          },
          guidance: {
            en: 'CX platforms rely on carriers, cloud hosts, speech and AI providers and ticketing tools, each of which may see conversation data. A right to object is only real if it leads to a remedy, such as not using the new sub-processor for the customer or termination without penalty.',
            de: 'CX-Plattformen stützen sich auf Carrier, Cloud-Hoster, Sprach- und KI-Anbieter sowie Ticketing-Werkzeuge, die jeweils Gesprächsdaten einsehen können. Ein Widerspruchsrecht ist nur dann wirksam, wenn es zu einer Abhilfe führt, etwa dem Verzicht auf den neuen Unterauftragsverarbeiter für den Auftraggeber oder einer Kündigung ohne Vertragsstrafe.',
          },
          evidence: {
            en: 'Published or customer-accessible sub-processor list with locations; subscription mechanism for change notices; DPA clause on objection and its consequences.',
            de: 'Veröffentlichte oder für Kunden zugängliche Unterauftragsverarbeiterliste mit Standorten; Abonnementfunktion für Änderungsmitteilungen; Klausel im Auftragsverarbeitungsvertrag zum Widerspruch und seinen Folgen.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(2)' },
            { framework: 'EU SCC (2021/914)', ref: 'Clause 9' },
            { framework: 'BSI C5:2020', ref: 'SSO-03' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'listNoticeObjection',
                label: {
                  en: 'Complete list, advance notice and an effective right to object',
                  de: 'Vollständige Liste, Vorabinformation und wirksames Widerspruchsrecht',
                },
                score: 1,
              },
              {
                id: 'listNotice',
                label: {
                  en: 'List and advance notice, but no effective right to object',
                  de: 'Liste und Vorabinformation, aber kein wirksames Widerspruchsrecht',
                },
                score: 0.6,
              },
              {
                id: 'listOnly',
                label: {
                  en: 'List only, changes are not notified proactively',
                  de: 'Nur eine Liste, Änderungen werden nicht aktiv mitgeteilt',
                },
                score: 0.3,
              },
              { id: 'noList', label: { en: 'No list available', de: 'Keine Liste verfügbar' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require a complete list with locations as a DPA annex, written notice before any change, and a right to object that allows termination of the affected service without penalty.',
            de: 'Fordern Sie eine vollständige Liste mit Standorten als Anlage zum Auftragsverarbeitungsvertrag, eine schriftliche Mitteilung vor jeder Änderung und ein Widerspruchsrecht, das eine Kündigung des betroffenen Dienstes ohne Vertragsstrafe erlaubt.',
          },
        },
        {
          id: 'DAT-SUBPROC-NOTICE',
          text: {
            en: 'How many days before a new or replacement sub-processor starts processing customer data does the vendor notify the customer?',
            de: 'Wie viele Tage bevor ein neuer oder ersetzter Unterauftragsverarbeiter mit der Verarbeitung von Kundendaten beginnt, informiert der Anbieter den Auftraggeber?',
          },
          guidance: {
            en: 'The notice period must leave time to assess the new party, update transfer assessments and object. Thirty days is a common market standard; anything under two weeks is hard to act on.',
            de: 'Die Frist muss Zeit lassen, den neuen Dienstleister zu prüfen, Transferfolgenabschätzungen zu aktualisieren und zu widersprechen. Dreißig Tage sind marktüblich; weniger als zwei Wochen lassen kaum eine Reaktion zu.',
          },
          evidence: {
            en: 'DPA clause stating the notice period; examples of past sub-processor change notices with dates.',
            de: 'Klausel im Auftragsverarbeitungsvertrag mit der Frist; Beispiele früherer Änderungsmitteilungen mit Datum.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(2)' },
            { framework: 'EU SCC (2021/914)', ref: 'Clause 9' },
          ],
          weight: 2,
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
          severity: 'medium',
          remediation: {
            en: 'Negotiate a notice period of at least 30 days, with shorter periods allowed only for emergency replacements that are notified immediately and justified in writing.',
            de: 'Verhandeln Sie eine Frist von mindestens 30 Tagen; kürzere Fristen nur bei Notfallersatz, der unverzüglich mitgeteilt und schriftlich begründet wird.',
          },
        },
        {
          id: 'DAT-SUBPROC-FLOWDOWN',
          text: {
            en: 'Does the vendor impose the same data protection obligations on each sub-processor by written contract and remain fully liable to the customer for their performance?',
            de: 'Erlegt der Anbieter jedem Unterauftragsverarbeiter vertraglich dieselben Datenschutzpflichten auf und haftet er dem Auftraggeber gegenüber uneingeschränkt für deren Erfüllung?',
          },
          guidance: {
            en: 'A recording that leaks at a transcription subcontractor is the buyer’s breach as much as the vendor’s. The flow-down must include location limits, deletion duties and the ban on using customer data for the sub-processor’s own purposes.',
            de: 'Gelangt eine Aufzeichnung bei einem Transkriptionsdienstleister in falsche Hände, ist das ebenso ein Vorfall des Auftraggebers wie des Anbieters. Die Weitergabe der Pflichten muss Standortbeschränkungen, Löschpflichten und das Verbot der Nutzung von Kundendaten für eigene Zwecke des Unterauftragsverarbeiters umfassen.',
          },
          evidence: {
            en: 'DPA clause on flow-down and liability; template sub-processor agreement or summary of its data protection terms; supplier assurance reports.',
            de: 'Klausel im Auftragsverarbeitungsvertrag zu Pflichtenweitergabe und Haftung; Muster des Vertrags mit Unterauftragsverarbeitern oder Zusammenfassung seiner Datenschutzregelungen; Nachweise zur Lieferantenüberwachung.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(4)' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.5.20' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'CC9.2' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require explicit flow-down of all DPA obligations, full liability of the vendor for sub-processors, and a right to receive the relevant assurance reports.',
            de: 'Fordern Sie die ausdrückliche Weitergabe aller Pflichten aus dem Auftragsverarbeitungsvertrag, die volle Haftung des Anbieters für Unterauftragsverarbeiter und ein Recht auf Vorlage der einschlägigen Prüfnachweise.',
          },
        },
        {
          id: 'DAT-TRAINING-USE',
          text: {
            en: 'Is customer data used to train or improve models shared with other customers?',
            de: 'Werden Kundendaten genutzt, um Modelle zu trainieren oder zu verbessern, die auch anderen Kunden zur Verfügung stehen?',
          },
          guidance: {
            en: 'Training shared speech, intent or language models on the buyer’s calls and chats means the vendor uses the data for its own purposes, which goes beyond processing on instructions and can expose customer content to other tenants. Opt-out by default is weak because the data may already have been used before anyone notices.',
            de: 'Werden gemeinsame Sprach-, Intent- oder Sprachmodelle mit Gesprächen und Chats des Auftraggebers trainiert, nutzt der Anbieter die Daten für eigene Zwecke; das geht über eine weisungsgebundene Verarbeitung hinaus und kann Kundeninhalte gegenüber anderen Mandanten offenlegen. Ein standardmäßiges Opt-out ist schwach, weil die Daten bereits genutzt sein können, bevor es jemand bemerkt.',
          },
          evidence: {
            en: 'AI and data use policy; DPA or product terms clause on model training; tenant setting screenshot showing the training opt-in/opt-out state; description of de-identification where data is used.',
            de: 'Richtlinie zu KI und Datennutzung; Klausel zum Modelltraining im Auftragsverarbeitungsvertrag oder in den Produktbedingungen; Screenshot der Mandanteneinstellung zum Opt-in/Opt-out; Beschreibung der Anonymisierung, falls Daten genutzt werden.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(3)(a)' },
            { framework: 'GDPR', ref: 'Art. 28(10)' },
            { framework: 'ISO/IEC 42001:2023', ref: 'A.7' },
          ],
          weight: 5,
          answer: {
            type: 'choice',
            options: [
              { id: 'never', label: { en: 'Never', de: 'Niemals' }, score: 1 },
              {
                id: 'optIn',
                label: {
                  en: 'Only with the customer’s explicit opt-in',
                  de: 'Nur mit ausdrücklicher Einwilligung (Opt-in) des Auftraggebers',
                },
                score: 1,
              },
              {
                id: 'optOut',
                label: {
                  en: 'Used by default; the customer can opt out',
                  de: 'Standardmäßig genutzt; der Auftraggeber kann widersprechen (Opt-out)',
                },
                score: 0.4,
              },
              {
                id: 'noOptOut',
                label: { en: 'Used with no way to opt out', de: 'Genutzt ohne Möglichkeit des Widerspruchs' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'critical',
          remediation: {
            en: 'Require a contractual prohibition on using customer data, including recordings, transcripts and derived features, to train or improve models available to other customers unless the customer opts in in writing; if opt-out exists, exercise it before any data is loaded.',
            de: 'Fordern Sie ein vertragliches Verbot, Kundendaten einschließlich Aufzeichnungen, Transkripten und abgeleiteter Merkmale zum Training oder zur Verbesserung von Modellen für andere Kunden zu verwenden, sofern der Auftraggeber nicht schriftlich einwilligt; besteht ein Opt-out, üben Sie es aus, bevor Daten eingespielt werden.',
          },
        },
        {
          id: 'DAT-AI-PROVIDER-TERMS',
          text: {
            en: 'Are third-party model providers used by the platform bound, contractually and technically, not to retain prompts, transcripts or outputs beyond processing and not to use them for their own purposes?',
            de: 'Sind die von der Plattform genutzten externen Modellanbieter vertraglich und technisch daran gebunden, Prompts, Transkripte und Ausgaben nicht über die Verarbeitung hinaus zu speichern und nicht für eigene Zwecke zu nutzen?',
          },
          guidance: {
            en: 'Many LLM APIs keep inputs for abuse monitoring or improvement unless the customer has negotiated otherwise. Score “yes” only if the vendor can show zero or strictly bounded retention and a no-training commitment in its contract with the model provider.',
            de: 'Viele LLM-Schnittstellen speichern Eingaben zur Missbrauchserkennung oder Verbesserung, sofern nichts anderes vereinbart ist. Werten Sie nur dann mit „ja“, wenn der Anbieter eine Null- oder streng begrenzte Speicherdauer und einen Trainingsausschluss in seinem Vertrag mit dem Modellanbieter nachweisen kann.',
          },
          evidence: {
            en: 'Extract or summary of the model provider terms on retention and training; configuration evidence of zero-retention endpoints; sub-processor entries for each model provider.',
            de: 'Auszug oder Zusammenfassung der Bedingungen des Modellanbieters zu Speicherung und Training; Konfigurationsnachweis für Endpunkte ohne Datenspeicherung; Einträge jedes Modellanbieters in der Unterauftragsverarbeiterliste.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.10' },
            { framework: 'GDPR', ref: 'Art. 28(4)' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'aiAutonomy', in: ['assistive', 'autonomous'] },
          severity: 'high',
          remediation: {
            en: 'Require the vendor to use model endpoints with no retention and no training on inputs, to list each model provider as a sub-processor, and to warrant these terms in the DPA.',
            de: 'Verlangen Sie, dass der Anbieter Modell-Endpunkte ohne Datenspeicherung und ohne Training auf Eingaben nutzt, jeden Modellanbieter als Unterauftragsverarbeiter führt und diese Bedingungen im Auftragsverarbeitungsvertrag zusichert.',
          },
        },
        {
          id: 'DAT-DERIVED-DATA',
          text: {
            en: 'Does the vendor treat data derived from customer content (embeddings, analytics, customer-specific tuned models, search indices) as customer data that is subject to the same location, access and deletion terms?',
            de: 'Behandelt der Anbieter aus Kundeninhalten abgeleitete Daten (Embeddings, Analysen, kundenspezifisch angepasste Modelle, Suchindizes) als Kundendaten, für die dieselben Regelungen zu Standort, Zugriff und Löschung gelten?',
          },
          guidance: {
            en: 'Speech analytics and AI agents create embeddings, topic models and tuned models from conversations, and these can reveal personal data. If the contract only covers “content”, such derivatives may escape region pinning and deletion on exit.',
            de: 'Sprachanalytik und KI-Agenten erzeugen aus Gesprächen Embeddings, Themenmodelle und angepasste Modelle, die personenbezogene Daten offenbaren können. Erfasst der Vertrag nur „Inhalte“, können solche Ableitungen der Regionsbindung und der Löschung bei Vertragsende entgehen.',
          },
          evidence: {
            en: 'Contract definition of customer data that includes derived data; data-flow description of AI and analytics stores; deletion procedure covering these stores.',
            de: 'Vertragliche Definition von Kundendaten, die abgeleitete Daten einschließt; Beschreibung der Datenflüsse in KI- und Analysespeicher; Löschverfahren, das diese Speicher umfasst.',
          },
          references: [
            { framework: 'ISO/IEC 42001:2023', ref: 'A.7' },
            { framework: 'GDPR', ref: 'Art. 28(3)(g)' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Broaden the contractual definition of customer data to include all derived data and models specific to the customer, with the same residency and deletion commitments.',
            de: 'Erweitern Sie die vertragliche Definition der Kundendaten um alle abgeleiteten Daten und kundenspezifischen Modelle, mit denselben Zusagen zu Datenresidenz und Löschung.',
          },
        },
      ],
    },
    {
      id: 'DAT-S-LIFECYCLE',
      title: {
        en: 'Retention, deletion, exit and sensitive data',
        de: 'Aufbewahrung, Löschung, Exit und besonders schutzwürdige Daten',
      },
      questions: [
        {
          id: 'DAT-RETENTION-CONFIG',
          text: {
            en: 'Can the customer set retention periods for recordings, transcripts, chat logs and AI interaction logs, with automatic deletion when they expire?',
            de: 'Kann der Auftraggeber Aufbewahrungsfristen für Aufzeichnungen, Transkripte, Chatprotokolle und KI-Interaktionsprotokolle festlegen, nach deren Ablauf automatisch gelöscht wird?',
          },
          guidance: {
            en: 'Different records have different legal retention needs: a recorded trade instruction may have to be kept for years, a routine service call only weeks. Granular, automatic retention is the practical way to meet storage limitation without manual clean-up.',
            de: 'Unterschiedliche Datensätze unterliegen unterschiedlichen Aufbewahrungspflichten: Eine aufgezeichnete Handelsorder kann jahrelang aufzubewahren sein, ein gewöhnliches Servicegespräch nur wenige Wochen. Fein steuerbare, automatische Fristen sind der praktikable Weg, die Speicherbegrenzung ohne manuelle Bereinigung einzuhalten.',
          },
          evidence: {
            en: 'Admin documentation and screenshots of retention policies per data type, queue or channel; description of how expired data is purged, including from indices and backups.',
            de: 'Administrationsdokumentation und Screenshots der Aufbewahrungsregeln je Datenart, Warteschlange oder Kanal; Beschreibung, wie abgelaufene Daten einschließlich Indizes und Backups bereinigt werden.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 5(1)(e)' },
            { framework: 'GDPR', ref: 'Art. 25(2)' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.10' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'granular',
                label: {
                  en: 'Configurable per data type and queue or channel, deleted automatically',
                  de: 'Je Datenart und Warteschlange bzw. Kanal konfigurierbar, automatische Löschung',
                },
                score: 1,
              },
              {
                id: 'tenantWide',
                label: {
                  en: 'One tenant-wide retention period, deleted automatically',
                  de: 'Eine einheitliche Frist für den gesamten Mandanten, automatische Löschung',
                },
                score: 0.6,
              },
              {
                id: 'onRequest',
                label: {
                  en: 'Set or deleted by the vendor on request',
                  de: 'Festlegung oder Löschung durch den Anbieter auf Anfrage',
                },
                score: 0.3,
              },
              {
                id: 'fixed',
                label: { en: 'Fixed by the vendor, not configurable', de: 'Vom Anbieter fest vorgegeben, nicht konfigurierbar' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require configurable retention per data type before go-live, or a contractual schedule under which the vendor deletes data on fixed dates and confirms deletion in writing.',
            de: 'Fordern Sie vor Produktivstart konfigurierbare Fristen je Datenart oder einen vertraglichen Löschplan, nach dem der Anbieter zu festen Terminen löscht und die Löschung schriftlich bestätigt.',
          },
        },
        {
          id: 'DAT-DELETION-EXIT',
          text: {
            en: 'Within how many days after the end of the contract are all customer data, including backups and derived data, irreversibly deleted?',
            de: 'Innerhalb wie vieler Tage nach Vertragsende werden sämtliche Kundendaten einschließlich Backups und abgeleiteter Daten unwiederbringlich gelöscht?',
          },
          guidance: {
            en: 'Years of recordings and transcripts left with a former vendor remain a breach risk for the buyer. Judge the end-to-end period including backup expiry, not just deletion from the live system.',
            de: 'Jahrelange Bestände an Aufzeichnungen und Transkripten bei einem früheren Anbieter bleiben ein Datenschutzrisiko für den Auftraggeber. Bewerten Sie die gesamte Frist einschließlich des Auslaufens der Backups, nicht nur die Löschung im Produktivsystem.',
          },
          evidence: {
            en: 'Exit and deletion clause with the period; deletion procedure describing backup expiry and deletion method; C5 or SOC 2 report results on data disposal.',
            de: 'Exit- und Löschklausel mit Frist; Löschverfahren mit Beschreibung des Backup-Ablaufs und der Löschmethode; C5- oder SOC-2-Prüfergebnisse zur Datenentsorgung.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(3)(g)' },
            { framework: 'BSI C5:2020', ref: 'PI-03' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.10' },
            { framework: 'SOC 2 (TSC 2017)', ref: 'C1.2' },
          ],
          weight: 3,
          answer: {
            type: 'number',
            unit: { en: 'days', de: 'Tage' },
            min: 0,
            bands: [
              { atMost: 30, score: 1 },
              { atMost: 90, score: 0.7 },
              { atMost: 180, score: 0.3 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Fix in the contract a deletion period of no more than 90 days after the export window, including backups, with deletion methods that prevent forensic recovery.',
            de: 'Legen Sie vertraglich eine Löschfrist von höchstens 90 Tagen nach Ende des Exportfensters fest, einschließlich Backups und mit Löschverfahren, die eine forensische Wiederherstellung ausschließen.',
          },
        },
        {
          id: 'DAT-DELETION-CERT',
          text: {
            en: 'Does the vendor issue a written certificate confirming the deletion of all customer data, including backups and sub-processor copies, at the end of the contract?',
            de: 'Stellt der Anbieter bei Vertragsende eine schriftliche Bestätigung über die Löschung sämtlicher Kundendaten einschließlich Backups und Kopien bei Unterauftragsverarbeitern aus?',
          },
          guidance: {
            en: 'The certificate is the buyer’s evidence to auditors and supervisory authorities that its obligations under the processor agreement were closed out. It should name the data stores and sub-processors covered, the method and the date.',
            de: 'Die Bestätigung ist der Nachweis des Auftraggebers gegenüber Prüfern und Aufsichtsbehörden, dass die Pflichten aus der Auftragsverarbeitung abgeschlossen wurden. Sie sollte die erfassten Datenspeicher und Unterauftragsverarbeiter, das Verfahren und das Datum benennen.',
          },
          evidence: {
            en: 'Sample deletion certificate; DPA clause obliging the vendor to provide it.',
            de: 'Muster einer Löschbestätigung; Klausel im Auftragsverarbeitungsvertrag, die den Anbieter dazu verpflichtet.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(3)(g)' },
            { framework: 'GDPR', ref: 'Art. 28(3)(h)' },
            { framework: 'BSI C5:2020', ref: 'PI-03' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Add an obligation to provide a signed deletion certificate, covering sub-processors, within a fixed period after deletion.',
            de: 'Nehmen Sie die Pflicht auf, innerhalb einer festen Frist nach der Löschung eine unterzeichnete Löschbestätigung einschließlich der Unterauftragsverarbeiter vorzulegen.',
          },
        },
        {
          id: 'DAT-EXPORT',
          text: {
            en: 'Can the customer export all of its data on exit (recordings with metadata, transcripts, contact records, configuration and flows) in documented, machine-readable formats?',
            de: 'Kann der Auftraggeber bei Vertragsende sämtliche Daten (Aufzeichnungen mit Metadaten, Transkripte, Kontaktdatensätze, Konfiguration und Abläufe) in dokumentierten, maschinenlesbaren Formaten exportieren?',
          },
          guidance: {
            en: 'Recordings often have to be retained for regulatory reasons long after switching vendors, so they must leave the platform with their metadata intact. Exports that cover only reports, or recordings without call context, lock the buyer in.',
            de: 'Aufzeichnungen müssen aus regulatorischen Gründen häufig noch lange nach einem Anbieterwechsel aufbewahrt werden und daher mit vollständigen Metadaten aus der Plattform herausgelöst werden können. Exporte, die nur Berichte oder Aufzeichnungen ohne Gesprächskontext umfassen, binden den Auftraggeber an den Anbieter.',
          },
          evidence: {
            en: 'Export and API documentation listing data types and formats; exit plan or switching clause with timelines and assistance; results of a trial export.',
            de: 'Export- und API-Dokumentation mit Datenarten und Formaten; Exit-Plan oder Wechselklausel mit Fristen und Unterstützungsleistungen; Ergebnis eines Testexports.',
          },
          references: [
            { framework: 'EU Data Act', ref: 'Art. 25' },
            { framework: 'BSI C5:2020', ref: 'PI-02' },
            { framework: 'DORA', ref: 'Art. 30(2)(d)' },
            { framework: 'GDPR', ref: 'Art. 28(3)(g)' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'fullSelfService',
                label: {
                  en: 'Full self-service export of all data types via bulk export or API',
                  de: 'Vollständiger Self-Service-Export aller Datenarten per Massenexport oder API',
                },
                score: 1,
              },
              {
                id: 'vendorAssisted',
                label: {
                  en: 'Full export, but only with vendor assistance',
                  de: 'Vollständiger Export, aber nur mit Unterstützung des Anbieters',
                },
                score: 0.7,
              },
              {
                id: 'partialExport',
                label: {
                  en: 'Only some data types, or proprietary formats',
                  de: 'Nur einzelne Datenarten oder proprietäre Formate',
                },
                score: 0.3,
              },
              { id: 'noExport', label: { en: 'No export on exit', de: 'Kein Export bei Vertragsende' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Agree an exit clause with a complete export of all data types in documented formats, an export window of at least 30 days after termination, vendor assistance at agreed rates, and a trial export before go-live.',
            de: 'Vereinbaren Sie eine Exit-Klausel mit vollständigem Export aller Datenarten in dokumentierten Formaten, einem Exportzeitraum von mindestens 30 Tagen nach Vertragsende, Unterstützung des Anbieters zu vereinbarten Sätzen und einem Testexport vor Produktivstart.',
          },
        },
        {
          id: 'DAT-RECORDING-CONTROLS',
          text: {
            en: 'Does the platform let the customer restrict call and screen recording (per queue or channel, pause and resume, automatic redaction of sensitive segments in recordings and transcripts, role-based playback with an audit trail)?',
            de: 'Ermöglicht die Plattform dem Auftraggeber, Gesprächs- und Bildschirmaufzeichnungen einzuschränken (je Warteschlange oder Kanal, Pausieren und Fortsetzen, automatisches Schwärzen sensibler Passagen in Aufzeichnungen und Transkripten, rollenbasiertes Abspielen mit Prüfpfad)?',
          },
          guidance: {
            en: 'Recordings capture far more than needed: health details, card numbers, third parties in the background. Data protection by design means recording only where justified, redacting what is not needed and restricting who may listen.',
            de: 'Aufzeichnungen erfassen weit mehr als nötig: Gesundheitsangaben, Kartennummern, Dritte im Hintergrund. Datenschutz durch Technikgestaltung heißt, nur dort aufzuzeichnen, wo es gerechtfertigt ist, Unnötiges zu schwärzen und den Kreis der Zuhörenden zu beschränken.',
          },
          evidence: {
            en: 'Admin documentation and screenshots of recording policies, redaction settings and playback permissions; sample playback audit log.',
            de: 'Administrationsdokumentation und Screenshots der Aufzeichnungsregeln, Schwärzungseinstellungen und Abspielberechtigungen; Beispiel eines Abspielprotokolls.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 25' },
            { framework: 'GDPR', ref: 'Art. 32' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.11' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'dataCategories', includes: ['recordingsBiometrics'] },
          severity: 'high',
          remediation: {
            en: 'Require recording policies per queue, automatic redaction in recordings and transcripts, and role-based playback with logging before recordings are enabled; until then, limit recording to documented legal needs.',
            de: 'Fordern Sie Aufzeichnungsregeln je Warteschlange, automatische Schwärzung in Aufzeichnungen und Transkripten sowie rollenbasiertes Abspielen mit Protokollierung, bevor Aufzeichnungen aktiviert werden; bis dahin beschränken Sie Aufzeichnungen auf dokumentierte rechtliche Erfordernisse.',
          },
        },
        {
          id: 'DAT-VOICEPRINTS',
          text: {
            en: 'Where voice biometrics are used, are voiceprints created only after explicit consent, stored separately and encrypted in the selected region, never used across customers or for model training, and deletable per individual?',
            de: 'Werden bei Einsatz von Stimmbiometrie Stimmabdrücke nur nach ausdrücklicher Einwilligung erstellt, getrennt und verschlüsselt in der gewählten Region gespeichert, nie kundenübergreifend oder zum Modelltraining verwendet und sind sie je Person löschbar?',
          },
          guidance: {
            en: 'A voiceprint used to identify callers is biometric data under Art. 9 and cannot be changed like a password once leaked. Mark as not applicable only if the buyer will not use voice biometrics at all.',
            de: 'Ein Stimmabdruck zur Identifizierung von Anrufenden ist ein biometrisches Datum nach Art. 9 und lässt sich nach einem Abfluss nicht wie ein Passwort ändern. Kennzeichnen Sie die Frage nur dann als nicht anwendbar, wenn der Auftraggeber keinerlei Stimmbiometrie einsetzen wird.',
          },
          evidence: {
            en: 'Voice biometrics documentation on enrolment consent capture, template storage, encryption and deletion; DPIA input from the vendor; configuration showing the storage region.',
            de: 'Dokumentation der Stimmbiometrie zu Einwilligung bei der Registrierung, Speicherung der Templates, Verschlüsselung und Löschung; Zuarbeit des Anbieters zur Datenschutz-Folgenabschätzung; Konfiguration mit Speicherregion.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 9(1)' },
            { framework: 'GDPR', ref: 'Art. 9(2)(a)' },
            { framework: 'GDPR', ref: 'Art. 35(3)(b)' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: true,
          appliesWhen: { field: 'dataCategories', includes: ['recordingsBiometrics'] },
          severity: 'critical',
          remediation: {
            en: 'Do not enable voice biometrics until explicit consent capture, segregated encrypted storage, per-person deletion and a no-training commitment are in place and a DPIA has been completed.',
            de: 'Aktivieren Sie keine Stimmbiometrie, bevor ausdrückliche Einwilligung, getrennte verschlüsselte Speicherung, personenbezogene Löschung und ein Trainingsausschluss umgesetzt sind und eine Datenschutz-Folgenabschätzung abgeschlossen ist.',
          },
        },
        {
          id: 'DAT-SPECIAL-CATEGORY',
          text: {
            en: 'Can special categories of personal data disclosed in conversations (for example health details) be detected and masked in transcripts, restricted to authorised roles, and excluded from analytics and AI improvement?',
            de: 'Können in Gesprächen offengelegte besondere Kategorien personenbezogener Daten (etwa Gesundheitsangaben) in Transkripten erkannt und maskiert, auf berechtigte Rollen beschränkt und von Analytik und KI-Verbesserung ausgeschlossen werden?',
          },
          guidance: {
            en: 'Callers volunteer health, religious or union details even when the service does not ask for them, and transcription turns that speech into searchable text. The platform must let the buyer limit who sees such data and keep it out of secondary uses.',
            de: 'Anrufende nennen Gesundheits-, Religions- oder Gewerkschaftsangaben, auch wenn der Dienst danach nicht fragt, und die Transkription macht daraus durchsuchbaren Text. Die Plattform muss es dem Auftraggeber ermöglichen, den Kreis der Einsichtsberechtigten zu begrenzen und diese Daten von Sekundärnutzungen fernzuhalten.',
          },
          evidence: {
            en: 'Documentation of sensitive-data detection and masking (entity types supported, languages); role and permission model for sensitive interactions; settings excluding such data from analytics and AI.',
            de: 'Dokumentation der Erkennung und Maskierung sensibler Daten (unterstützte Kategorien, Sprachen); Rollen- und Berechtigungsmodell für sensible Interaktionen; Einstellungen zum Ausschluss solcher Daten aus Analytik und KI.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 9' },
            { framework: 'GDPR', ref: 'Art. 32' },
            { framework: 'ISO/IEC 27001:2022', ref: 'A.8.11' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'dataCategories', includes: ['specialCategory'] },
          severity: 'high',
          remediation: {
            en: 'Require masking of special-category data in transcripts for the languages used, restricted access roles and a contractual exclusion from analytics and model improvement; validate masking quality in a pilot.',
            de: 'Fordern Sie die Maskierung besonderer Datenkategorien in Transkripten für die genutzten Sprachen, eingeschränkte Zugriffsrollen und einen vertraglichen Ausschluss aus Analytik und Modellverbesserung; prüfen Sie die Qualität der Maskierung in einem Pilotbetrieb.',
          },
        },
        {
          id: 'DAT-DPIA-SUPPORT',
          text: {
            en: "Does the vendor provide the information the customer needs for its data protection impact assessment (data flows, locations, risks, safeguards) for the recording, biometric or special-category processing?",
            de: 'Stellt der Anbieter die Informationen bereit, die der Auftraggeber für seine Datenschutz-Folgenabschätzung (Datenflüsse, Standorte, Risiken, Schutzmaßnahmen) zur Verarbeitung von Aufzeichnungen, biometrischen oder besonderen Kategorien von Daten benötigt?',
          },
          guidance: {
            en: 'Large-scale processing of recordings, voiceprints or health data in a contact centre will normally require a DPIA, which the buyer cannot complete without the vendor’s input. A ready-made DPIA support pack signals maturity; refusal to assist is a breach of processor duties.',
            de: 'Die umfangreiche Verarbeitung von Aufzeichnungen, Stimmabdrücken oder Gesundheitsdaten im Contact Center erfordert in der Regel eine Datenschutz-Folgenabschätzung, die der Auftraggeber ohne Zuarbeit des Anbieters nicht abschließen kann. Ein fertiges Unterstützungspaket zeugt von Reife; die Verweigerung der Mitwirkung verletzt Pflichten des Auftragsverarbeiters.',
          },
          evidence: {
            en: 'DPIA support pack or template completed by the vendor; DPA clause on assistance with DPIAs and prior consultation.',
            de: 'Vom Anbieter ausgefülltes Unterstützungspaket oder Muster zur Datenschutz-Folgenabschätzung; Klausel im Auftragsverarbeitungsvertrag zur Mitwirkung bei Folgenabschätzungen und vorheriger Konsultation.',
          },
          references: [
            { framework: 'GDPR', ref: 'Art. 28(3)(f)' },
            { framework: 'GDPR', ref: 'Art. 35' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'dataCategories', includes: ['specialCategory', 'recordingsBiometrics'] },
          severity: 'medium',
          remediation: {
            en: 'Make DPIA assistance an explicit DPA obligation with a response time, and obtain the vendor’s input before enabling the affected features.',
            de: 'Verankern Sie die Mitwirkung an Datenschutz-Folgenabschätzungen mit Antwortfrist ausdrücklich im Auftragsverarbeitungsvertrag und holen Sie die Zuarbeit des Anbieters ein, bevor die betroffenen Funktionen aktiviert werden.',
          },
        },
      ],
    },
  ],
};
