import type { DomainInput } from '../../schema';

/*
 * Security and certifications domain for CX platform vendors (contact-centre and AI-agent platforms).
 * Framework names are kept identical across the file so references can be grouped in reports.
 */
const ISO27001 = 'ISO/IEC 27001:2022';
const ISO27017 = 'ISO/IEC 27017:2015';
const C5 = 'BSI C5:2020';
const SOC2 = 'SOC 2 (TSC 2017)';
const CCM = 'CSA CCM v4';
const GDPR = 'GDPR';
const NIS2 = 'NIS2';
const DORA = 'DORA';
const PCI = 'PCI DSS v4.0';
const ENS = 'ENS (RD 311/2022)';
const AIACT = 'EU AI Act';

export const security: DomainInput = {
  id: 'security',
  title: { en: 'Security and certifications', de: 'Sicherheit und Zertifizierungen' },
  description: {
    en: 'Independent certifications and attestations, and the security controls that protect calls, chats, recordings, AI-agent interactions and CRM data on the platform: identity and access, encryption and tenant isolation, secure development and testing, monitoring, incident response and breach notification.',
    de: 'Unabhängige Zertifizierungen und Testate sowie die Sicherheitsmaßnahmen, die Anrufe, Chats, Aufzeichnungen, Interaktionen mit KI-Agenten und CRM-Daten auf der Plattform schützen: Identitäts- und Zugriffsmanagement, Verschlüsselung und Mandantentrennung, sichere Entwicklung und Sicherheitstests, Überwachung, Vorfallbehandlung und Meldung von Sicherheitsverletzungen.',
  },
  defaultWeight: 3,
  sections: [
    // ------------------------------------------------------------------
    {
      id: 'SEC-S-CERTS',
      title: { en: 'Certifications and attestations', de: 'Zertifizierungen und Testate' },
      questions: [
        {
          id: 'SEC-ISO27001',
          text: {
            en: 'Does the vendor hold a valid ISO/IEC 27001 certificate from an accredited certification body whose scope covers the CX platform service you are buying, including the locations and teams that operate it?',
            de: 'Verfügt der Anbieter über ein gültiges ISO/IEC-27001-Zertifikat einer akkreditierten Zertifizierungsstelle, dessen Geltungsbereich die angebotene CX-Plattform einschließlich der betreibenden Standorte und Teams umfasst?',
          },
          guidance: {
            en: 'A certificate limited to head-office functions or to another product line says little about the platform that will hold your call recordings, chat transcripts and CRM data. Compare the scope statement and the Statement of Applicability version with the service and hosting regions in the offer, and confirm the certification body is accredited.',
            de: 'Ein Zertifikat, das nur die Unternehmenszentrale oder eine andere Produktlinie erfasst, sagt wenig über die Plattform aus, auf der Ihre Gesprächsaufzeichnungen, Chatverläufe und CRM-Daten liegen werden. Gleichen Sie Geltungsbereich und Version der Erklärung zur Anwendbarkeit mit dem angebotenen Dienst und den Hosting-Regionen ab und vergewissern Sie sich, dass die Zertifizierungsstelle akkreditiert ist.',
          },
          evidence: {
            en: 'Copy of the certificate with number, scope, issue and expiry dates; matching entry in the certification body\'s register or IAF CertSearch; reference to the current Statement of Applicability; confirmation of the latest surveillance audit.',
            de: 'Kopie des Zertifikats mit Zertifikatsnummer, Geltungsbereich, Ausstellungs- und Ablaufdatum; übereinstimmender Eintrag im Register der Zertifizierungsstelle oder in IAF CertSearch; Verweis auf die aktuelle Erklärung zur Anwendbarkeit; Bestätigung des letzten Überwachungsaudits.',
          },
          references: [
            { framework: ISO27001, ref: 'Clause 4.3' },
            { framework: ISO27001, ref: 'A.5.22' },
            { framework: C5, ref: 'OIS-01' },
          ],
          weight: 5,
          answer: { type: 'certification', kind: 'certificate' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Make a valid ISO/IEC 27001 certification covering the contracted service a contractual obligation, with notice of any suspension, withdrawal or scope reduction within ten business days and a termination right if certification is not restored within an agreed period. If no certificate exists yet, require a dated certification roadmap and interim independent assurance.',
            de: 'Verpflichten Sie den Anbieter vertraglich zur Aufrechterhaltung einer gültigen ISO/IEC-27001-Zertifizierung für den beauftragten Dienst, zur Mitteilung jeder Aussetzung, jedes Entzugs oder jeder Einschränkung des Geltungsbereichs binnen zehn Arbeitstagen und vereinbaren Sie ein Kündigungsrecht, falls die Zertifizierung nicht fristgerecht wiederhergestellt wird. Fehlt das Zertifikat noch, verlangen Sie einen terminierten Zertifizierungsfahrplan und bis dahin eine anderweitige unabhängige Prüfung.',
          },
        },
        {
          id: 'SEC-SOC2T2',
          text: {
            en: 'Can the vendor provide a SOC 2 Type II report covering at least the Security criteria, with an observation period of six months or more, for the system that delivers the CX platform?',
            de: 'Kann der Anbieter einen SOC-2-Typ-2-Bericht vorlegen, der mindestens die Sicherheitskriterien abdeckt, einen Berichtszeitraum von sechs Monaten oder mehr umfasst und sich auf das System bezieht, mit dem die CX-Plattform erbracht wird?',
          },
          guidance: {
            en: 'A Type II report shows whether controls actually operated over time, not merely that they were designed. Use the system description to confirm that the contact-centre, telephony and AI components are in scope, note which subservice organisations (such as the hosting provider) are carved out, and review every exception and the complementary user entity controls you will have to operate yourself.',
            de: 'Ein Typ-2-Bericht belegt, dass die Kontrollen über einen Zeitraum tatsächlich gewirkt haben, und nicht nur, dass sie angemessen ausgestaltet sind. Prüfen Sie anhand der Systembeschreibung, ob Contact-Center-, Telefonie- und KI-Komponenten erfasst sind, welche Unterdienstleister (etwa der Hosting-Anbieter) ausgeklammert wurden, und werten Sie alle Abweichungen sowie die komplementären Kontrollen aus, die Sie selbst erbringen müssen.',
          },
          evidence: {
            en: 'The full SOC 2 Type II report (not a SOC 3 or a summary) with the auditor\'s opinion, the period it covers and the date it was issued, system description, exceptions and management responses; a bridge letter where the period ended more than three months ago.',
            de: 'Der vollständige SOC-2-Typ-2-Bericht (kein SOC-3-Bericht und keine Zusammenfassung) mit Prüfungsurteil, Prüfzeitraum und Ausstellungsdatum, Systembeschreibung, Abweichungen und Stellungnahmen des Managements; liegt das Ende des Prüfzeitraums mehr als drei Monate zurück, zusätzlich eine Überbrückungserklärung (Bridge Letter).',
          },
          references: [
            { framework: SOC2, ref: 'CC9.2' },
            { framework: ISO27001, ref: 'A.5.22' },
            { framework: C5, ref: 'SSO-04' },
          ],
          weight: 5,
          answer: { type: 'certification', kind: 'report', reportValidityMonths: 12 },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require an annual SOC 2 Type II report with no gaps between periods, delivered within a fixed time after each period ends, plus bridge letters on request. Where exceptions concern access control, change management or monitoring, agree a dated remediation plan and ask for evidence of closure.',
            de: 'Verlangen Sie einen jährlichen SOC-2-Typ-2-Bericht ohne Lücken zwischen den Berichtszeiträumen, der innerhalb einer festen Frist nach Ende des Zeitraums übergeben wird, sowie Überbrückungserklärungen auf Anforderung. Betreffen Abweichungen die Zugriffskontrolle, das Änderungsmanagement oder die Überwachung, vereinbaren Sie einen terminierten Maßnahmenplan und lassen Sie sich die Behebung nachweisen.',
          },
        },
        {
          id: 'SEC-C5',
          text: {
            en: 'Does the vendor hold a current BSI C5 Type 2 attestation for the CX platform, covering the basic criteria and stating the locations from which the service is provided?',
            de: 'Liegt für die CX-Plattform ein aktuelles BSI-C5-Testat vom Typ 2 vor, das die Basiskriterien abdeckt und die Standorte der Leistungserbringung ausweist?',
          },
          guidance: {
            en: 'C5 is the German federal benchmark for cloud security and asks for more transparency than ISO/IEC 27001, for example on data locations, handling of government access requests and duties to inform customers. Public bodies and German healthcare providers (§ 393 SGB V) increasingly expect it; check that the regions you will use are covered and read the customer controls you must implement. Mark as not applicable only if neither you nor your regulators rely on C5.',
            de: 'C5 ist der Referenzkatalog des Bundes für Cloud-Sicherheit und verlangt mehr Transparenz als ISO/IEC 27001, etwa zu Datenstandorten, zum Umgang mit behördlichen Ermittlungsanfragen und zu Informationspflichten gegenüber Kunden. Öffentliche Auftraggeber und Leistungserbringer im deutschen Gesundheitswesen (§ 393 SGB V) erwarten es zunehmend; prüfen Sie, ob die von Ihnen genutzten Regionen erfasst sind, und werten Sie die kundenseitig umzusetzenden Kontrollen aus. Wählen Sie „nicht anwendbar“ nur, wenn weder Sie noch Ihre Aufsicht auf C5 abstellen.',
          },
          evidence: {
            en: 'C5 Type 2 attestation report from an independent auditor with period, scope, environment parameters (locations, jurisdiction, certifications held), deviations and the list of corresponding customer controls.',
            de: 'C5-Testat vom Typ 2 eines unabhängigen Prüfers mit Prüfungszeitraum, Geltungsbereich, Umfeldparametern (Standorte, Gerichtsstand, vorhandene Zertifizierungen), Abweichungen und der Liste der korrespondierenden Kundenkontrollen.',
          },
          references: [
            { framework: C5, ref: 'SSO-04' },
            { framework: C5, ref: 'PSS-12' },
            { framework: ISO27001, ref: 'A.5.23' },
          ],
          weight: 3,
          answer: { type: 'certification', kind: 'report', reportValidityMonths: 12 },
          allowNotApplicable: true,
          appliesWhen: {
            any: [
              { field: 'requiresEuResidency', is: true },
              { field: 'sector', in: ['publicSector', 'healthcare'] },
            ],
          },
          severity: 'medium',
          remediation: {
            en: 'Require the vendor to obtain a C5 Type 2 attestation by an agreed date or, in the meantime, to provide an auditor-confirmed mapping of its SOC 2 or ISO/IEC 27001 controls to the C5 criteria with the gaps identified. Once obtained, make annual renewal a contractual obligation.',
            de: 'Verpflichten Sie den Anbieter, bis zu einem vereinbarten Termin ein C5-Testat vom Typ 2 vorzulegen, und verlangen Sie bis dahin eine vom Prüfer bestätigte Zuordnung seiner SOC-2- oder ISO/IEC-27001-Kontrollen zu den C5-Kriterien einschließlich der festgestellten Lücken. Ist das Testat erteilt, vereinbaren Sie die jährliche Erneuerung als vertragliche Pflicht.',
          },
        },
        {
          id: 'SEC-IRAP',
          text: {
            en: 'Has the CX platform been assessed by an IRAP assessor endorsed by the Australian Signals Directorate, with the assessment covering the service and data centres you will use?',
            de: 'Wurde die CX-Plattform von einem durch das Australian Signals Directorate anerkannten IRAP-Prüfer bewertet, und erfasst diese Bewertung den Dienst sowie die Rechenzentren, die Sie nutzen werden?',
          },
          guidance: {
            en: 'IRAP is the assurance route Australian government agencies use for cloud services. It matters only if you are, or serve, an Australian public body; otherwise mark it as not applicable. Check the classification level assessed, the date of the report and whether residual risks named by the assessor are still open.',
            de: 'IRAP ist das Prüfverfahren, auf das australische Regierungsstellen bei Cloud-Diensten zurückgreifen. Es ist nur relevant, wenn Sie selbst eine australische Behörde sind oder für eine solche tätig werden; andernfalls wählen Sie „nicht anwendbar“. Prüfen Sie die bewertete Einstufungsstufe, das Datum des Berichts und ob vom Prüfer benannte Restrisiken noch offen sind.',
          },
          evidence: {
            en: 'IRAP assessment report or letter of assessment naming the assessor, classification level, scope and date; listing in the relevant government cloud services register where available.',
            de: 'IRAP-Bewertungsbericht oder Bewertungsschreiben mit Angabe des Prüfers, der Einstufungsstufe, des Geltungsbereichs und des Datums; gegebenenfalls Eintrag im einschlägigen behördlichen Verzeichnis für Cloud-Dienste.',
          },
          references: [
            { framework: ISO27001, ref: 'A.5.22' },
            { framework: ISO27001, ref: 'A.5.23' },
          ],
          weight: 3,
          answer: { type: 'certification', kind: 'report' },
          allowNotApplicable: true,
          appliesWhen: { field: 'sector', in: ['publicSector'] },
          severity: 'high',
          remediation: {
            en: 'Before processing Australian government information on the platform, require a current IRAP assessment at the needed classification level, or confine use to data the agency has approved for unassessed services. Contract for reassessment after significant changes to the platform.',
            de: 'Bevor australische Behördendaten auf der Plattform verarbeitet werden, verlangen Sie eine aktuelle IRAP-Bewertung auf der erforderlichen Einstufungsstufe oder beschränken Sie die Nutzung auf Daten, die die Behörde für nicht bewertete Dienste freigegeben hat. Vereinbaren Sie eine erneute Bewertung nach wesentlichen Änderungen der Plattform.',
          },
        },
        {
          id: 'SEC-ENS',
          text: {
            en: 'Does the vendor hold a certificate of conformity with the Spanish Esquema Nacional de Seguridad at category HIGH (categoría ALTA), issued by an accredited certification body, for the CX platform?',
            de: 'Verfügt der Anbieter für die CX-Plattform über eine Konformitätszertifizierung nach dem spanischen Esquema Nacional de Seguridad in der Kategorie HOCH (categoría ALTA), ausgestellt von einer akkreditierten Zertifizierungsstelle?',
          },
          guidance: {
            en: 'Spanish public-sector bodies, and providers whose services support them, must show ENS conformity; for systems of category HIGH this requires a certification audit rather than a self-assessment. It is relevant only for Spanish public-sector use; otherwise mark it as not applicable. Check the category, the scope and the validity date.',
            de: 'Spanische öffentliche Stellen und die Dienstleister, deren Leistungen sie nutzen, müssen die Konformität mit dem ENS nachweisen; für Systeme der Kategorie HOCH ist dafür ein Zertifizierungsaudit statt einer Selbstbewertung erforderlich. Die Frage ist nur für den spanischen öffentlichen Sektor relevant; andernfalls wählen Sie „nicht anwendbar“. Prüfen Sie Kategorie, Geltungsbereich und Gültigkeitsdatum.',
          },
          evidence: {
            en: 'ENS certificate of conformity showing category ALTA, the certified information systems and services, the certification body and expiry date; the conformity badge published by the vendor.',
            de: 'ENS-Konformitätszertifikat mit Kategorie ALTA, den zertifizierten Informationssystemen und Diensten, der Zertifizierungsstelle und dem Ablaufdatum; das vom Anbieter veröffentlichte Konformitätssiegel.',
          },
          references: [{ framework: ENS, ref: 'Art. 38' }],
          weight: 3,
          answer: { type: 'certification', kind: 'certificate' },
          allowNotApplicable: true,
          appliesWhen: { field: 'sector', in: ['publicSector'] },
          severity: 'high',
          remediation: {
            en: 'Make ENS ALTA certification of the contracted service a condition of award for Spanish public-sector use, with notice of any loss of certification and a right to suspend processing until it is restored.',
            de: 'Machen Sie eine ENS-Zertifizierung der Kategorie ALTA für den beauftragten Dienst zur Zuschlagsbedingung für den Einsatz im spanischen öffentlichen Sektor, mit Mitteilungspflicht bei Verlust der Zertifizierung und dem Recht, die Verarbeitung bis zu ihrer Wiederherstellung auszusetzen.',
          },
        },
        {
          id: 'SEC-ISO27017',
          text: {
            en: 'Does the vendor hold an ISO/IEC 27017 certificate (usually issued together with its ISO/IEC 27001 certificate) covering the cloud service you are buying?',
            de: 'Verfügt der Anbieter über ein ISO/IEC-27017-Zertifikat (meist zusammen mit dem ISO/IEC-27001-Zertifikat erteilt), das den angebotenen Cloud-Dienst erfasst?',
          },
          guidance: {
            en: 'ISO/IEC 27017 adds cloud-specific controls such as a clear split of responsibilities between provider and customer, segregation of virtual environments and monitoring of the cloud service. For a multi-tenant contact-centre platform much of your protection depends on provider controls you cannot inspect, so this certification narrows the blind spot.',
            de: 'ISO/IEC 27017 ergänzt cloud-spezifische Maßnahmen wie eine klare Aufteilung der Verantwortung zwischen Anbieter und Kunde, die Trennung virtueller Umgebungen und die Überwachung des Cloud-Dienstes. Bei einer mandantenfähigen Contact-Center-Plattform hängt Ihr Schutz weitgehend von Anbieterkontrollen ab, die Sie nicht selbst einsehen können; diese Zertifizierung verkleinert diesen blinden Fleck.',
          },
          evidence: {
            en: 'Certificate or certificate annex naming ISO/IEC 27017 with scope and validity; the vendor\'s shared-responsibility matrix for the platform.',
            de: 'Zertifikat oder Zertifikatsanlage mit Nennung von ISO/IEC 27017, Geltungsbereich und Gültigkeit; die Verantwortungsmatrix des Anbieters für die Plattform.',
          },
          references: [
            { framework: ISO27001, ref: 'A.5.23' },
            { framework: ISO27017, ref: 'CLD.6.3.1' },
          ],
          weight: 2,
          answer: { type: 'certification', kind: 'certificate' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Ask for the vendor\'s shared-responsibility matrix to be attached to the contract and for ISO/IEC 27017 to be added to the next certification cycle; in the meantime, cover cloud-specific controls through SOC 2 or C5 evidence.',
            de: 'Lassen Sie die Verantwortungsmatrix des Anbieters als Vertragsanlage aufnehmen und verlangen Sie, ISO/IEC 27017 in den nächsten Zertifizierungszyklus einzubeziehen; decken Sie cloud-spezifische Kontrollen bis dahin über SOC-2- oder C5-Nachweise ab.',
          },
        },
        {
          id: 'SEC-ISO27018',
          text: {
            en: 'Does the vendor hold an ISO/IEC 27018 certificate for the protection of personal data in the public cloud, covering the CX platform?',
            de: 'Verfügt der Anbieter über ein ISO/IEC-27018-Zertifikat zum Schutz personenbezogener Daten in der Public Cloud, das die CX-Plattform erfasst?',
          },
          guidance: {
            en: 'Contact centres process personal data in bulk: caller numbers, voice recordings, chat content and customer histories. ISO/IEC 27018 certifies processor commitments such as using personal data only on the customer\'s instructions, transparency about sub-processors and the handling of disclosure requests from authorities, which supports your due diligence under GDPR Art. 28.',
            de: 'Contact-Center verarbeiten personenbezogene Daten in großem Umfang: Rufnummern, Sprachaufzeichnungen, Chatinhalte und Kundenhistorien. ISO/IEC 27018 bescheinigt Zusagen des Auftragsverarbeiters, etwa die Verarbeitung ausschließlich auf Weisung des Kunden, Transparenz über Unterauftragsverarbeiter und den Umgang mit behördlichen Herausgabeverlangen, und stützt damit Ihre Prüfung nach Art. 28 DSGVO.',
          },
          evidence: {
            en: 'Certificate or certificate annex naming ISO/IEC 27018 with scope covering the platform and its hosting regions, and the expiry date.',
            de: 'Zertifikat oder Zertifikatsanlage mit Nennung von ISO/IEC 27018, einem Geltungsbereich, der die Plattform und ihre Hosting-Regionen umfasst, sowie dem Ablaufdatum.',
          },
          references: [
            { framework: GDPR, ref: 'Art. 28(1)' },
            { framework: ISO27001, ref: 'A.5.34' },
          ],
          weight: 3,
          answer: { type: 'certification', kind: 'certificate' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Write the equivalent commitments into the data processing agreement: processing only on documented instructions, advance notice of new sub-processors, notification of disclosure requests where lawful, and deletion on termination; ask for ISO/IEC 27018 within the next certification cycle.',
            de: 'Nehmen Sie die entsprechenden Zusagen in den Auftragsverarbeitungsvertrag auf: Verarbeitung nur auf dokumentierte Weisung, vorherige Ankündigung neuer Unterauftragsverarbeiter, Information über behördliche Herausgabeverlangen, soweit rechtlich zulässig, und Löschung bei Vertragsende; verlangen Sie ISO/IEC 27018 im nächsten Zertifizierungszyklus.',
          },
        },
        {
          id: 'SEC-ISO27701',
          text: {
            en: 'Does the vendor hold an ISO/IEC 27701 certificate for its privacy information management system, with the processor role in scope for the CX platform?',
            de: 'Verfügt der Anbieter über ein ISO/IEC-27701-Zertifikat für sein Datenschutz-Managementsystem, dessen Geltungsbereich die Rolle als Auftragsverarbeiter für die CX-Plattform umfasst?',
          },
          guidance: {
            en: 'ISO/IEC 27701 shows that privacy is run as a managed system with roles, records and reviews rather than through isolated policies. Check that the processor-specific requirements are in scope; where calls or chats contain special category data such as health information, this assurance carries more weight.',
            de: 'ISO/IEC 27701 zeigt, dass Datenschutz als gesteuertes System mit Rollen, Verzeichnissen und Überprüfungen betrieben wird und nicht nur über einzelne Richtlinien. Prüfen Sie, ob die Anforderungen für Auftragsverarbeiter im Geltungsbereich liegen; enthalten Anrufe oder Chats besondere Kategorien personenbezogener Daten wie Gesundheitsdaten, hat dieser Nachweis entsprechend mehr Gewicht.',
          },
          evidence: {
            en: 'ISO/IEC 27701 certificate showing the processor role, the scope and expiry date; the latest surveillance audit confirmation.',
            de: 'ISO/IEC-27701-Zertifikat mit Ausweis der Auftragsverarbeiterrolle, Geltungsbereich und Ablaufdatum; Bestätigung des letzten Überwachungsaudits.',
          },
          references: [
            { framework: GDPR, ref: 'Art. 28(1)' },
            { framework: GDPR, ref: 'Art. 32' },
            { framework: ISO27001, ref: 'A.5.34' },
          ],
          weight: 2,
          answer: { type: 'certification', kind: 'certificate' },
          allowNotApplicable: false,
          appliesWhen: { field: 'dataCategories', includes: ['personal', 'specialCategory'] },
          severity: 'medium',
          remediation: {
            en: 'Request the vendor\'s record of processing activities for the service, the name of its data protection officer and evidence of its last internal privacy audit; agree audit rights under the data processing agreement and ask for ISO/IEC 27701 on a dated plan.',
            de: 'Fordern Sie das Verzeichnis der Verarbeitungstätigkeiten für den Dienst, die Benennung des Datenschutzbeauftragten und den Nachweis des letzten internen Datenschutzaudits an; vereinbaren Sie Prüfrechte im Auftragsverarbeitungsvertrag und verlangen Sie einen terminierten Plan zur ISO/IEC-27701-Zertifizierung.',
          },
        },
        {
          id: 'SEC-PCIDSS',
          text: {
            en: 'Can the vendor provide a current PCI DSS Attestation of Compliance for service providers, based on an assessment by a Qualified Security Assessor, that covers the platform components handling card data, including IVR and agent-assisted payments?',
            de: 'Kann der Anbieter eine aktuelle PCI-DSS-Konformitätsbescheinigung (Attestation of Compliance) für Dienstleister vorlegen, die auf der Prüfung durch einen Qualified Security Assessor beruht und die Plattformkomponenten erfasst, die Kartendaten verarbeiten, einschließlich IVR- und agentengestützter Zahlungen?',
          },
          guidance: {
            en: 'If card numbers are spoken, keyed into the IVR or typed in a chat, the platform belongs to your cardholder data environment unless it is demonstrably descoped. Check that the AoC is the service-provider version, names the relevant services, is less than 12 months old, and read the responsibility matrix that shows which requirements stay with you.',
            de: 'Werden Kartennummern gesprochen, im IVR eingegeben oder im Chat geschrieben, gehört die Plattform zu Ihrer Karteninhaberdaten-Umgebung, sofern sie nicht nachweislich aus dem Prüfumfang herausgelöst ist. Prüfen Sie, ob es sich um die Bescheinigung für Dienstleister handelt, die betreffenden Dienste genannt sind und sie nicht älter als zwölf Monate ist, und werten Sie die Verantwortungsmatrix aus, aus der hervorgeht, welche Anforderungen bei Ihnen verbleiben.',
          },
          evidence: {
            en: 'Service-provider AoC signed by the QSA and the vendor, with assessment date (record it as the end of the period) and services covered; the PCI DSS responsibility matrix; where descoping is claimed, a QSA-confirmed description of the DTMF masking or payment hand-off architecture.',
            de: 'Vom QSA und vom Anbieter unterzeichnete Konformitätsbescheinigung für Dienstleister mit Prüfungsdatum (als Ende des Prüfzeitraums zu erfassen) und erfassten Diensten; die PCI-DSS-Verantwortungsmatrix; wird eine Herauslösung aus dem Prüfumfang geltend gemacht, eine vom QSA bestätigte Beschreibung der DTMF-Maskierung oder der Übergabe an einen Zahlungsdienstleister.',
          },
          references: [
            { framework: PCI, ref: '12.8.4' },
            { framework: PCI, ref: '12.9.2' },
          ],
          weight: 5,
          answer: { type: 'certification', kind: 'report', reportValidityMonths: 12 },
          allowNotApplicable: false,
          appliesWhen: { field: 'dataCategories', includes: ['payment'] },
          severity: 'critical',
          remediation: {
            en: 'Do not route card payments through the platform until a valid AoC covering those flows is in hand. Contract for annual AoC delivery, a maintained responsibility matrix (PCI DSS Requirements 12.8.5 and 12.9.2) and immediate notice of any lapse; alternatively descope the platform with a certified third-party payment solution.',
            de: 'Leiten Sie keine Kartenzahlungen über die Plattform, solange keine gültige Konformitätsbescheinigung für diese Abläufe vorliegt. Vereinbaren Sie die jährliche Vorlage der Bescheinigung, eine gepflegte Verantwortungsmatrix (PCI DSS Anforderungen 12.8.5 und 12.9.2) und die unverzügliche Mitteilung jedes Verlusts der Konformität; alternativ lösen Sie die Plattform durch eine zertifizierte Zahlungslösung eines Drittanbieters aus dem Prüfumfang heraus.',
          },
        },
        {
          id: 'SEC-CSASTAR',
          text: {
            en: 'Does the vendor hold a CSA STAR Level 2 certification for the CX platform that is listed in the public STAR Registry?',
            de: 'Verfügt der Anbieter für die CX-Plattform über eine CSA-STAR-Zertifizierung der Stufe 2, die im öffentlichen STAR-Register eingetragen ist?',
          },
          guidance: {
            en: 'STAR Level 2 combines an ISO/IEC 27001 audit (or a SOC 2 examination, as STAR Attestation) with the Cloud Controls Matrix, adding cloud-specific depth to the base certification. A Level 1 self-assessment is useful background reading but is not independent evidence and should not be recorded here.',
            de: 'STAR Stufe 2 verbindet ein ISO/IEC-27001-Audit (oder als STAR Attestation eine SOC-2-Prüfung) mit der Cloud Controls Matrix und ergänzt die Basiszertifizierung um cloud-spezifische Prüftiefe. Eine Selbstauskunft der Stufe 1 ist als Hintergrundinformation nützlich, aber kein unabhängiger Nachweis und sollte hier nicht erfasst werden.',
          },
          evidence: {
            en: 'STAR Registry entry at Level 2 for the named service, with the certificate or attestation, its scope and validity.',
            de: 'Eintrag der Stufe 2 im STAR-Register für den benannten Dienst mit Zertifikat oder Testat, Geltungsbereich und Gültigkeit.',
          },
          references: [
            { framework: CCM, ref: 'A&A-02' },
            { framework: ISO27001, ref: 'A.5.23' },
          ],
          weight: 1,
          answer: { type: 'certification', kind: 'certificate' },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Ask the vendor to publish at least a current Level 1 self-assessment in the STAR Registry and to map its existing audit to the Cloud Controls Matrix; rely on the ISO/IEC 27001 and SOC 2 evidence for independent assurance.',
            de: 'Bitten Sie den Anbieter, zumindest eine aktuelle Selbstauskunft der Stufe 1 im STAR-Register zu veröffentlichen und sein bestehendes Audit der Cloud Controls Matrix zuzuordnen; stützen Sie sich für die unabhängige Bestätigung auf die ISO/IEC-27001- und SOC-2-Nachweise.',
          },
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: 'SEC-S-IAM',
      title: { en: 'Identity and access management', de: 'Identitäts- und Zugriffsmanagement' },
      questions: [
        {
          id: 'SEC-SSO',
          text: {
            en: 'Can all platform users (agents, supervisors and administrators) sign in through your identity provider using SAML 2.0 or OpenID Connect, and can local password log-in be switched off?',
            de: 'Können sich alle Nutzer der Plattform (Agenten, Supervisoren und Administratoren) über Ihren Identitätsanbieter per SAML 2.0 oder OpenID Connect anmelden, und lässt sich die lokale Anmeldung mit Passwort abschalten?',
          },
          guidance: {
            en: 'Contact centres have high staff turnover and many temporary or outsourced agents. Central sign-in through your identity provider means leavers lose access as soon as their corporate account is disabled and your conditional-access rules apply; local passwords that cannot be disabled become an unmanaged side entrance.',
            de: 'Contact-Center haben eine hohe Fluktuation und viele befristete oder externe Agenten. Mit der zentralen Anmeldung über Ihren Identitätsanbieter verlieren ausscheidende Mitarbeitende den Zugang, sobald ihr Unternehmenskonto gesperrt wird, und Ihre Regeln für bedingten Zugriff greifen; lokale Passwörter, die sich nicht abschalten lassen, bilden einen unkontrollierten Nebeneingang.',
          },
          evidence: {
            en: 'Administrator documentation for SAML or OIDC set-up; screenshot of the setting that enforces federated log-in; description of emergency (break-glass) accounts and how they are protected and monitored.',
            de: 'Administratorhandbuch zur Einrichtung von SAML oder OIDC; Bildschirmfoto der Einstellung, die die föderierte Anmeldung erzwingt; Beschreibung der Notfallkonten und ihrer Absicherung und Überwachung.',
          },
          references: [
            { framework: ISO27001, ref: 'A.5.16' },
            { framework: ISO27001, ref: 'A.8.5' },
            { framework: C5, ref: 'PSS-05' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'enforcedAll',
                label: {
                  en: 'Federation for all user roles; local log-in can be disabled apart from documented emergency accounts',
                  de: 'Föderierte Anmeldung für alle Rollen; lokale Anmeldung bis auf dokumentierte Notfallkonten abschaltbar',
                },
                score: 1,
              },
              {
                id: 'optionalAll',
                label: {
                  en: 'Federation available for all user roles, but local passwords cannot be disabled',
                  de: 'Föderierte Anmeldung für alle Rollen möglich, lokale Passwörter lassen sich aber nicht abschalten',
                },
                score: 0.6,
              },
              {
                id: 'partial',
                label: {
                  en: 'Federation only for some user roles or only in a higher-priced edition',
                  de: 'Föderierte Anmeldung nur für einzelne Rollen oder nur in einer höherpreisigen Edition',
                },
                score: 0.3,
              },
              { id: 'none', label: { en: 'No federation with customer identity providers', de: 'Keine Anbindung an kundeneigene Identitätsanbieter' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require federated sign-in for every user role in the contracted edition, with local log-in disabled except for at most two monitored emergency accounts, and make this part of the acceptance criteria for go-live.',
            de: 'Verlangen Sie in der beauftragten Edition die föderierte Anmeldung für alle Rollen, wobei die lokale Anmeldung bis auf höchstens zwei überwachte Notfallkonten abgeschaltet ist, und machen Sie dies zum Abnahmekriterium für den Produktivstart.',
          },
        },
        {
          id: 'SEC-SCIM',
          text: {
            en: 'Does the platform support automated provisioning and deprovisioning of users and role assignments from your identity provider, for example via SCIM 2.0?',
            de: 'Unterstützt die Plattform die automatisierte Anlage und Entfernung von Benutzern und Rollenzuweisungen aus Ihrem Identitätsanbieter, etwa über SCIM 2.0?',
          },
          guidance: {
            en: 'With seasonal agents and outsourced teams, manual account maintenance leaves orphaned accounts that can still play back recordings or open customer records. Deprovisioning should take effect within minutes of the change in your directory and terminate active sessions.',
            de: 'Bei Saisonkräften und ausgelagerten Teams führt die manuelle Kontenpflege zu verwaisten Konten, mit denen weiterhin Aufzeichnungen abgespielt oder Kundendatensätze geöffnet werden können. Die Deaktivierung sollte wenige Minuten nach der Änderung in Ihrem Verzeichnis wirksam werden und laufende Sitzungen beenden.',
          },
          evidence: {
            en: 'SCIM or provisioning API documentation listing supported attributes and group-to-role mappings; test record showing that a disabled directory account loses platform access and its sessions end.',
            de: 'Dokumentation der SCIM- oder Provisionierungsschnittstelle mit unterstützten Attributen und der Zuordnung von Gruppen zu Rollen; Testprotokoll, das zeigt, dass ein im Verzeichnis gesperrtes Konto den Zugang zur Plattform verliert und seine Sitzungen beendet werden.',
          },
          references: [
            { framework: ISO27001, ref: 'A.5.18' },
            { framework: SOC2, ref: 'CC6.2' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Until automated deprovisioning is available, set up a documented daily reconciliation of platform accounts against your directory and a leaver process with same-day removal; ask for SCIM support on the vendor\'s committed roadmap.',
            de: 'Richten Sie bis zur Verfügbarkeit einer automatisierten Deaktivierung einen dokumentierten täglichen Abgleich der Plattformkonten mit Ihrem Verzeichnis und einen Austrittsprozess mit Entfernung am selben Tag ein; lassen Sie sich SCIM-Unterstützung verbindlich in der Produktplanung des Anbieters zusagen.',
          },
        },
        {
          id: 'SEC-MFA',
          text: {
            en: 'Which multi-factor authentication can you enforce for all users of the platform\'s web, desktop and mobile interfaces?',
            de: 'Welche Mehr-Faktor-Authentisierung können Sie für alle Nutzer der Web-, Desktop- und Mobiloberflächen der Plattform erzwingen?',
          },
          guidance: {
            en: 'Agent and supervisor accounts give direct access to live calls, recordings and customer data, and credential phishing against contact-centre staff is common. If all access is federated, answer for the factors your identity provider enforces and confirm that no non-federated path (such as a mobile app or API console) bypasses them.',
            de: 'Agenten- und Supervisor-Konten ermöglichen den direkten Zugriff auf laufende Gespräche, Aufzeichnungen und Kundendaten, und Phishing nach Zugangsdaten von Contact-Center-Personal ist verbreitet. Ist der gesamte Zugang föderiert, beantworten Sie die Frage für die Faktoren, die Ihr Identitätsanbieter erzwingt, und vergewissern Sie sich, dass kein nicht föderierter Zugangsweg (etwa eine Mobil-App oder eine API-Konsole) sie umgeht.',
          },
          evidence: {
            en: 'Security configuration documentation listing supported factors; screenshot of the tenant policy enforcing MFA; list of interfaces and access paths covered by the policy.',
            de: 'Dokumentation der Sicherheitseinstellungen mit den unterstützten Faktoren; Bildschirmfoto der Mandantenrichtlinie, die MFA erzwingt; Aufstellung der Oberflächen und Zugangswege, die die Richtlinie erfasst.',
          },
          references: [
            { framework: ISO27001, ref: 'A.8.5' },
            { framework: C5, ref: 'PSS-05' },
            { framework: CCM, ref: 'IAM-14' },
            { framework: NIS2, ref: 'Art. 21(2)(j)' },
            { framework: DORA, ref: 'Art. 9(4)(d)' },
          ],
          weight: 5,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'phishingResistant',
                label: {
                  en: 'Enforceable for all users, including phishing-resistant methods (FIDO2/WebAuthn or certificate-based)',
                  de: 'Für alle Nutzer erzwingbar, einschließlich phishing-resistenter Verfahren (FIDO2/WebAuthn oder zertifikatsbasiert)',
                },
                score: 1,
              },
              {
                id: 'allUsers',
                label: {
                  en: 'Enforceable for all users with authenticator-app codes or push approval',
                  de: 'Für alle Nutzer mit Codes aus einer Authenticator-App oder Push-Bestätigung erzwingbar',
                },
                score: 0.7,
              },
              {
                id: 'adminsOnly',
                label: { en: 'Enforceable only for administrator roles', de: 'Nur für Administratorrollen erzwingbar' },
                score: 0.3,
              },
              {
                id: 'none',
                label: { en: 'Not enforceable, or left to each user to enable', de: 'Nicht erzwingbar oder der Aktivierung durch den einzelnen Nutzer überlassen' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'critical',
          remediation: {
            en: 'Do not go live without enforced MFA for every role. If the platform cannot enforce it, require federation through your identity provider with MFA for all access paths, or a contractual commitment with a date for native enforcement.',
            de: 'Gehen Sie nicht ohne erzwungene MFA für alle Rollen in Produktion. Kann die Plattform sie nicht erzwingen, verlangen Sie die föderierte Anmeldung über Ihren Identitätsanbieter mit MFA für alle Zugangswege oder eine vertragliche Zusage mit Termin für die native Durchsetzung.',
          },
        },
        {
          id: 'SEC-RBAC',
          text: {
            en: 'Can you use granular roles to restrict which users may listen to or download recordings, read transcripts, see customer data fields or export reports, down to individual queues, teams or business units?',
            de: 'Können Sie über feingranulare Rollen festlegen, welche Nutzer Aufzeichnungen anhören oder herunterladen, Transkripte lesen, Kundendatenfelder sehen oder Berichte exportieren dürfen, bis hinunter auf einzelne Warteschlangen, Teams oder Geschäftsbereiche?',
          },
          guidance: {
            en: 'Least privilege in a contact centre means an agent in one line of business cannot browse the recordings of another, and only quality or compliance staff can download audio. Coarse, predefined roles usually lead to over-broad access; look for custom roles, data-scoped permissions and separation between configuration and content access.',
            de: 'Minimale Berechtigungen bedeuten im Contact-Center, dass ein Agent eines Geschäftsbereichs nicht die Aufzeichnungen eines anderen durchsuchen kann und nur Qualitäts- oder Compliance-Personal Audiodateien herunterladen darf. Grobe, fest vorgegebene Rollen führen meist zu übermäßigen Zugriffsrechten; achten Sie auf frei definierbare Rollen, datenbezogene Berechtigungen und die Trennung zwischen Konfigurations- und Inhaltszugriff.',
          },
          evidence: {
            en: 'Role and permission reference from the administrator guide; screenshots of a custom role limiting recording access to specific queues; sample export of role assignments.',
            de: 'Rollen- und Berechtigungsübersicht aus dem Administratorhandbuch; Bildschirmfotos einer eigenen Rolle, die den Zugriff auf Aufzeichnungen auf bestimmte Warteschlangen beschränkt; beispielhafter Export der Rollenzuweisungen.',
          },
          references: [
            { framework: C5, ref: 'PSS-08' },
            { framework: ISO27001, ref: 'A.8.3' },
            { framework: SOC2, ref: 'CC6.3' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Document a role concept before go-live that compensates for missing granularity, for example separate tenants or business units for sensitive lines of business, and review recording access logs monthly; ask for data-scoped permissions on the vendor roadmap.',
            de: 'Legen Sie vor dem Produktivstart ein Rollenkonzept fest, das fehlende Granularität ausgleicht, etwa durch getrennte Mandanten oder Geschäftsbereiche für sensible Sparten, und werten Sie die Zugriffsprotokolle auf Aufzeichnungen monatlich aus; lassen Sie sich datenbezogene Berechtigungen in der Produktplanung des Anbieters zusagen.',
          },
        },
        {
          id: 'SEC-PRIV-ACCESS',
          text: {
            en: 'Is the vendor\'s administrative access to production systems controlled through privileged access management with just-in-time elevation, multi-factor authentication, session logging and access reviews at least quarterly?',
            de: 'Wird der administrative Zugriff des Anbieters auf Produktivsysteme über ein Management privilegierter Zugänge gesteuert, mit zeitlich begrenzter Rechteerhöhung nach Bedarf, Mehr-Faktor-Authentisierung, Sitzungsprotokollierung und mindestens vierteljährlicher Überprüfung der Berechtigungen?',
          },
          guidance: {
            en: 'Standing administrator rights at the vendor are the shortest path from one compromised engineer account to every tenant\'s recordings and transcripts. Good practice is no permanent production access, approval-based elevation for a limited time, and monitoring of privileged sessions that raises alerts on unusual activity.',
            de: 'Dauerhafte Administratorrechte beim Anbieter sind der kürzeste Weg von einem kompromittierten Entwicklerkonto zu den Aufzeichnungen und Transkripten aller Mandanten. Gute Praxis sind kein ständiger Produktivzugang, eine genehmigungspflichtige und befristete Rechteerhöhung sowie eine Überwachung privilegierter Sitzungen, die bei ungewöhnlichen Aktivitäten alarmiert.',
          },
          evidence: {
            en: 'Privileged access policy; description of the PAM tooling and approval workflow; SOC 2 or C5 test results for privileged access controls; evidence of the last access review.',
            de: 'Richtlinie für privilegierte Zugänge; Beschreibung des eingesetzten PAM-Werkzeugs und des Genehmigungsablaufs; Prüfergebnisse aus SOC 2 oder C5 zu den Kontrollen privilegierter Zugänge; Nachweis der letzten Berechtigungsüberprüfung.',
          },
          references: [
            { framework: ISO27001, ref: 'A.8.2' },
            { framework: C5, ref: 'IDM-06' },
            { framework: C5, ref: 'IDM-09' },
            { framework: SOC2, ref: 'CC6.1' },
          ],
          weight: 5,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require in the security annex that production access is personal, time-limited, approved, protected by MFA and logged, with privileged sessions monitored and access reviewed quarterly; request the review results annually.',
            de: 'Legen Sie in der Sicherheitsanlage fest, dass Produktivzugriffe personengebunden, befristet, genehmigt, per MFA geschützt und protokolliert sind, privilegierte Sitzungen überwacht und Berechtigungen vierteljährlich überprüft werden; lassen Sie sich die Ergebnisse der Überprüfungen jährlich vorlegen.',
          },
        },
        {
          id: 'SEC-SUPPORT-ACCESS',
          text: {
            en: 'Under what conditions can vendor personnel (support, engineering or AI quality teams) access the content of your tenant, such as recordings, transcripts and customer records?',
            de: 'Unter welchen Bedingungen können Mitarbeitende des Anbieters (Support, Entwicklung oder KI-Qualitätsteams) auf die Inhalte Ihres Mandanten zugreifen, etwa auf Aufzeichnungen, Transkripte und Kundendatensätze?',
          },
          guidance: {
            en: 'Support and AI-tuning work often involves listening to real calls or reading real conversations. You should decide when this happens, for how long and by whom, and be able to see it afterwards; unannounced access is hard to reconcile with your duties as controller.',
            de: 'Support-Arbeit und die Abstimmung von KI-Funktionen erfordern häufig das Anhören echter Gespräche oder das Lesen echter Konversationen. Sie sollten entscheiden, wann, wie lange und durch wen dies geschieht, und es im Nachhinein nachvollziehen können; unangekündigte Zugriffe lassen sich mit Ihren Pflichten als Verantwortlicher kaum vereinbaren.',
          },
          evidence: {
            en: 'Support access procedure; screenshot of the customer-side approval or access-grant feature; sample of the access log entries visible to the customer; clauses in the data processing agreement on personnel access.',
            de: 'Verfahrensbeschreibung für Support-Zugriffe; Bildschirmfoto der kundenseitigen Freigabefunktion; Beispiel der für den Kunden sichtbaren Zugriffsprotokolleinträge; Regelungen zum Personalzugriff im Auftragsverarbeitungsvertrag.',
          },
          references: [
            { framework: C5, ref: 'IDM-07' },
            { framework: CCM, ref: 'IAM-11' },
            { framework: GDPR, ref: 'Art. 29' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'customerApproved',
                label: {
                  en: 'Only after your explicit approval per case, time-limited, logged and visible to you',
                  de: 'Nur nach Ihrer ausdrücklichen Freigabe im Einzelfall, befristet, protokolliert und für Sie einsehbar',
                },
                score: 1,
              },
              {
                id: 'loggedReported',
                label: {
                  en: 'Without prior approval, but logged and reported to you with reason and scope',
                  de: 'Ohne vorherige Freigabe, aber protokolliert und Ihnen mit Anlass und Umfang gemeldet',
                },
                score: 0.5,
              },
              {
                id: 'internalPolicy',
                label: {
                  en: 'Restricted by internal policy only; you are not informed of individual accesses',
                  de: 'Nur durch interne Richtlinien beschränkt; über einzelne Zugriffe werden Sie nicht informiert',
                },
                score: 0.2,
              },
              {
                id: 'standing',
                label: { en: 'Support staff have standing access to tenant content', de: 'Support-Personal hat ständigen Zugriff auf Mandanteninhalte' },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Agree in the data processing agreement that vendor access to content requires your prior approval (or, in emergencies, notice within 24 hours), is limited to the named purpose and duration, and is reported to you with date, person, reason and data accessed.',
            de: 'Vereinbaren Sie im Auftragsverarbeitungsvertrag, dass Zugriffe des Anbieters auf Inhalte Ihre vorherige Freigabe erfordern (im Notfall eine Mitteilung binnen 24 Stunden), auf den genannten Zweck und Zeitraum beschränkt sind und Ihnen mit Datum, Person, Anlass und betroffenen Daten gemeldet werden.',
          },
        },
        {
          id: 'SEC-API-CREDS',
          text: {
            en: 'Are integrations with your CRM, carriers and other systems secured with scoped, revocable credentials (such as OAuth 2.0 clients with least-privilege scopes), with rotation and an inventory visible to your administrators?',
            de: 'Sind die Anbindungen an Ihr CRM, an Telefonieanbieter und an weitere Systeme mit eingeschränkten, widerrufbaren Zugangsdaten abgesichert (etwa OAuth-2.0-Clients mit minimalen Berechtigungsumfängen), die rotiert werden und für Ihre Administratoren in einer Übersicht einsehbar sind?',
          },
          guidance: {
            en: 'CX platforms sit in the middle of many integrations, and a long-lived API key with full rights is as dangerous as an administrator password. You should be able to see every credential, limit what it can do, rotate it without downtime and revoke it at once.',
            de: 'CX-Plattformen sind Knotenpunkt zahlreicher Schnittstellen, und ein langlebiger API-Schlüssel mit vollen Rechten ist so gefährlich wie ein Administratorpasswort. Sie sollten jede Zugangsberechtigung einsehen, ihren Umfang begrenzen, sie ohne Ausfall rotieren und sofort widerrufen können.',
          },
          evidence: {
            en: 'API security documentation describing the authentication methods, available scopes and token lifetimes; screenshot of the credential inventory in the admin console; guidance on rotation.',
            de: 'Dokumentation zur API-Sicherheit mit Authentisierungsverfahren, verfügbaren Berechtigungsumfängen und Token-Laufzeiten; Bildschirmfoto der Übersicht der Zugangsdaten in der Administrationskonsole; Hinweise zur Rotation.',
          },
          references: [
            { framework: ISO27001, ref: 'A.5.17' },
            { framework: C5, ref: 'PSS-09' },
            { framework: SOC2, ref: 'CC6.1' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Set an internal rule that each integration gets its own credential with minimal rights, store secrets in your vault, rotate them at least every 90 days and review the inventory quarterly; ask the vendor for scoped tokens where only broad keys exist.',
            de: 'Legen Sie intern fest, dass jede Schnittstelle eigene Zugangsdaten mit minimalen Rechten erhält, Geheimnisse in Ihrem Tresor verwahrt, mindestens alle 90 Tage rotiert und die Übersicht vierteljährlich überprüft wird; fordern Sie vom Anbieter eingeschränkte Tokens, wo bisher nur umfassende Schlüssel existieren.',
          },
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: 'SEC-S-DATA',
      title: { en: 'Encryption, key management and tenant isolation', de: 'Verschlüsselung, Schlüsselverwaltung und Mandantentrennung' },
      questions: [
        {
          id: 'SEC-ENC-TRANSIT',
          text: {
            en: 'How is data protected in transit across all channels the platform handles, including web and API traffic, voice signalling and media, and connections to carriers?',
            de: 'Wie werden Daten bei der Übertragung über alle von der Plattform abgewickelten Kanäle geschützt, einschließlich Web- und API-Verkehr, Sprachsignalisierung und -medien sowie Verbindungen zu Telefonieanbietern?',
          },
          guidance: {
            en: 'Voice is often the weak spot: web traffic is encrypted by default, while SIP and RTP between the platform, softphones and carriers may not be. Judge what lies within the vendor\'s control (its own edges, agent clients and BYOC trunks); the public telephone network beyond the carrier interconnect is not.',
            de: 'Die Sprachübertragung ist häufig die Schwachstelle: Webverkehr ist standardmäßig verschlüsselt, SIP und RTP zwischen Plattform, Softphones und Telefonieanbietern dagegen nicht immer. Bewerten Sie, was im Einflussbereich des Anbieters liegt (eigene Netzübergänge, Agenten-Clients und eigene Carrier-Anbindungen); das öffentliche Telefonnetz jenseits der Zusammenschaltung gehört nicht dazu.',
          },
          evidence: {
            en: 'Encryption statement or whitepaper listing protocols and minimum versions per channel (TLS, SIP over TLS, SRTP, DTLS-SRTP for WebRTC); external TLS scan results; configuration guide for encrypted carrier trunks.',
            de: 'Verschlüsselungsübersicht oder Whitepaper mit Protokollen und Mindestversionen je Kanal (TLS, SIP über TLS, SRTP, DTLS-SRTP für WebRTC); Ergebnisse eines externen TLS-Scans; Konfigurationsanleitung für verschlüsselte Carrier-Anbindungen.',
          },
          references: [
            { framework: ISO27001, ref: 'A.8.24' },
            { framework: C5, ref: 'CRY-02' },
            { framework: SOC2, ref: 'CC6.7' },
            { framework: NIS2, ref: 'Art. 21(2)(h)' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'allChannels',
                label: {
                  en: 'TLS 1.2 or higher for all web and API traffic, and encrypted signalling and media (SIP over TLS, SRTP) for voice wherever the vendor controls the path',
                  de: 'TLS 1.2 oder höher für sämtlichen Web- und API-Verkehr sowie verschlüsselte Signalisierung und Medien (SIP über TLS, SRTP) für Sprache überall dort, wo der Anbieter den Übertragungsweg kontrolliert',
                },
                score: 1,
              },
              {
                id: 'webOnly',
                label: {
                  en: 'Web and API traffic encrypted, but voice signalling or media partly unencrypted within the vendor\'s control',
                  de: 'Web- und API-Verkehr verschlüsselt, Sprachsignalisierung oder -medien im Einflussbereich des Anbieters aber teilweise unverschlüsselt',
                },
                score: 0.5,
              },
              {
                id: 'weak',
                label: {
                  en: 'Outdated protocols (such as TLS 1.0 or 1.1) still accepted, or major channels unencrypted',
                  de: 'Veraltete Protokolle (etwa TLS 1.0 oder 1.1) werden noch akzeptiert oder wesentliche Kanäle sind unverschlüsselt',
                },
                score: 0,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Specify minimum protocol versions per channel in the security annex, require encrypted trunks and softphone connections for your tenant, and ask for a dated plan to retire outdated protocols.',
            de: 'Legen Sie in der Sicherheitsanlage Mindestversionen der Protokolle je Kanal fest, verlangen Sie für Ihren Mandanten verschlüsselte Carrier- und Softphone-Verbindungen und fordern Sie einen terminierten Plan zur Abschaltung veralteter Protokolle.',
          },
        },
        {
          id: 'SEC-ENC-REST',
          text: {
            en: 'Is all customer content encrypted at rest with strong algorithms (such as AES-256), including call recordings, transcripts, chat logs, AI prompts and outputs, search indexes or embeddings, and backups?',
            de: 'Werden sämtliche Kundeninhalte im Ruhezustand mit starken Verfahren (etwa AES-256) verschlüsselt, einschließlich Gesprächsaufzeichnungen, Transkripten, Chatprotokollen, KI-Eingaben und -Ausgaben, Suchindizes oder Embeddings sowie Sicherungen?',
          },
          guidance: {
            en: 'Encryption is often complete for the main database but patchy for secondary stores: analytics copies, AI vector stores, exported recordings and backups. Ask for the list of data stores and confirm each one is covered.',
            de: 'Die Verschlüsselung ist für die Hauptdatenbank oft vollständig, für nachgelagerte Speicher aber lückenhaft: Analysekopien, KI-Vektorspeicher, exportierte Aufzeichnungen und Sicherungen. Lassen Sie sich die Liste der Datenspeicher geben und bestätigen, dass jeder einzelne erfasst ist.',
          },
          evidence: {
            en: 'Data-store inventory with the encryption method for each store; encryption whitepaper; SOC 2 or C5 control descriptions and test results for encryption at rest.',
            de: 'Verzeichnis der Datenspeicher mit dem jeweiligen Verschlüsselungsverfahren; Whitepaper zur Verschlüsselung; Kontrollbeschreibungen und Prüfergebnisse aus SOC 2 oder C5 zur Verschlüsselung ruhender Daten.',
          },
          references: [
            { framework: C5, ref: 'CRY-03' },
            { framework: ISO27001, ref: 'A.8.24' },
            { framework: GDPR, ref: 'Art. 32(1)(a)' },
            { framework: CCM, ref: 'CEK-03' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require encryption at rest for every store holding your data as a contractual commitment, with the data-store inventory as an annex that the vendor keeps current; for stores not yet covered, agree a date and limit what is written to them.',
            de: 'Verankern Sie die Verschlüsselung aller Speicher mit Ihren Daten als vertragliche Zusage und nehmen Sie das Speicherverzeichnis als vom Anbieter aktuell zu haltende Anlage auf; für noch nicht erfasste Speicher vereinbaren Sie einen Termin und begrenzen, welche Daten dort abgelegt werden.',
          },
        },
        {
          id: 'SEC-KEYMGMT',
          text: {
            en: 'How are the encryption keys that protect your data managed, and what control do you have over them?',
            de: 'Wie werden die Schlüssel verwaltet, mit denen Ihre Daten verschlüsselt sind, und welche Kontrolle haben Sie darüber?',
          },
          guidance: {
            en: 'Customer-managed keys let you make recordings and transcripts unreadable by revoking a key, for example at exit or after a compromise, and limit what the vendor can be compelled to disclose. Vendor-managed keys can be acceptable if they are held in hardware security modules, separated per tenant and rotated under a documented process.',
            de: 'Mit kundenverwalteten Schlüsseln können Sie Aufzeichnungen und Transkripte durch Widerruf eines Schlüssels unlesbar machen, etwa beim Vertragsende oder nach einer Kompromittierung, und begrenzen, was der Anbieter auf Anordnung herausgeben kann. Vom Anbieter verwaltete Schlüssel können genügen, wenn sie in Hardware-Sicherheitsmodulen liegen, je Mandant getrennt sind und nach einem dokumentierten Verfahren rotiert werden.',
          },
          evidence: {
            en: 'Key management description covering generation, storage (HSM or KMS), rotation, separation per tenant and revocation; documentation of the customer-managed key option and its effect on the service if a key is revoked.',
            de: 'Beschreibung der Schlüsselverwaltung mit Erzeugung, Speicherung (HSM oder KMS), Rotation, Trennung je Mandant und Widerruf; Dokumentation der Option kundenverwalteter Schlüssel und ihrer Auswirkung auf den Dienst beim Widerruf eines Schlüssels.',
          },
          references: [
            { framework: C5, ref: 'CRY-04' },
            { framework: CCM, ref: 'CEK-08' },
            { framework: DORA, ref: 'Art. 9(4)(d)' },
          ],
          weight: 3,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'customerManaged',
                label: {
                  en: 'Customer-managed keys (BYOK or external key store) that you can rotate and revoke',
                  de: 'Kundenverwaltete Schlüssel (BYOK oder externer Schlüsselspeicher), die Sie rotieren und widerrufen können',
                },
                score: 1,
              },
              {
                id: 'vendorPerTenant',
                label: {
                  en: 'Vendor-managed keys in an HSM-backed key service, separate per tenant, with documented rotation',
                  de: 'Vom Anbieter verwaltete Schlüssel in einem HSM-gestützten Schlüsseldienst, je Mandant getrennt, mit dokumentierter Rotation',
                },
                score: 0.6,
              },
              {
                id: 'vendorShared',
                label: {
                  en: 'Vendor-managed keys shared across tenants, or rotation not documented',
                  de: 'Vom Anbieter verwaltete Schlüssel, die mandantenübergreifend genutzt werden, oder keine dokumentierte Rotation',
                },
                score: 0.2,
              },
              { id: 'undocumented', label: { en: 'Key management not documented', de: 'Schlüsselverwaltung nicht dokumentiert' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Where data is highly sensitive or regulated, require customer-managed keys for recordings and transcripts; otherwise require per-tenant keys in HSM-backed storage, annual rotation and a written description of key handling as part of the security annex.',
            de: 'Bei besonders schutzbedürftigen oder regulierten Daten verlangen Sie kundenverwaltete Schlüssel für Aufzeichnungen und Transkripte; andernfalls fordern Sie mandantenbezogene Schlüssel in HSM-gestützter Speicherung, jährliche Rotation und eine schriftliche Beschreibung des Schlüsselumgangs als Teil der Sicherheitsanlage.',
          },
        },
        {
          id: 'SEC-TENANT-ISOLATION',
          text: {
            en: 'How is your tenant\'s data and processing isolated from other customers of the platform, and has that isolation been independently tested?',
            de: 'Wie sind die Daten und die Verarbeitung Ihres Mandanten von anderen Kunden der Plattform getrennt, und wurde diese Trennung unabhängig getestet?',
          },
          guidance: {
            en: 'In a multi-tenant contact-centre platform one authorisation flaw can expose another customer\'s recordings, routing data or AI conversation history. Look for isolation enforced at several layers (identity, data, keys, network, AI context) and for cross-tenant test cases in the penetration test scope; a dedicated deployment removes most of this risk.',
            de: 'Auf einer mandantenfähigen Contact-Center-Plattform kann ein einziger Autorisierungsfehler die Aufzeichnungen, Routingdaten oder KI-Gesprächsverläufe anderer Kunden offenlegen. Achten Sie auf eine Trennung auf mehreren Ebenen (Identität, Daten, Schlüssel, Netz, KI-Kontext) und auf mandantenübergreifende Testfälle im Umfang des Penetrationstests; eine dedizierte Bereitstellung beseitigt dieses Risiko weitgehend.',
          },
          evidence: {
            en: 'Architecture description of tenant isolation; extract of the latest penetration test report showing cross-tenant test cases and results; C5 or SOC 2 control descriptions on data segregation.',
            de: 'Architekturbeschreibung der Mandantentrennung; Auszug aus dem letzten Penetrationstestbericht mit mandantenübergreifenden Testfällen und Ergebnissen; Kontrollbeschreibungen aus C5 oder SOC 2 zur Datentrennung.',
          },
          references: [
            { framework: ISO27017, ref: 'CLD.9.5.1' },
            { framework: C5, ref: 'OPS-24' },
            { framework: C5, ref: 'COS-06' },
            { framework: CCM, ref: 'IVS-06' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'dedicated',
                label: { en: 'Dedicated single-tenant deployment', de: 'Dedizierte Einzelmandanten-Bereitstellung' },
                score: 1,
              },
              {
                id: 'testedMultiLayer',
                label: {
                  en: 'Shared platform with isolation at several layers, independently tested with cross-tenant test cases',
                  de: 'Gemeinsame Plattform mit Trennung auf mehreren Ebenen, unabhängig mit mandantenübergreifenden Testfällen geprüft',
                },
                score: 1,
              },
              {
                id: 'logicalUntested',
                label: {
                  en: 'Shared platform with logical isolation in the application, not independently tested',
                  de: 'Gemeinsame Plattform mit logischer Trennung in der Anwendung, nicht unabhängig geprüft',
                },
                score: 0.4,
              },
              { id: 'undocumented', label: { en: 'Isolation approach not documented', de: 'Trennungskonzept nicht dokumentiert' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require cross-tenant test cases in the next independent penetration test with the results shared with you, and a contractual duty to notify you of any isolation failure as a security incident.',
            de: 'Verlangen Sie mandantenübergreifende Testfälle im nächsten unabhängigen Penetrationstest mit Weitergabe der Ergebnisse an Sie sowie die vertragliche Pflicht, jedes Versagen der Mandantentrennung als Sicherheitsvorfall zu melden.',
          },
        },
        {
          id: 'SEC-PCI-MASK',
          text: {
            en: 'How does the platform keep card data out of call recordings, transcripts, chat logs and agent screens when customers pay during an interaction?',
            de: 'Wie verhindert die Plattform, dass Kartendaten in Gesprächsaufzeichnungen, Transkripte, Chatprotokolle und auf Agentenbildschirme gelangen, wenn Kunden während einer Interaktion bezahlen?',
          },
          guidance: {
            en: 'Card verification codes must never be stored after authorisation, yet they end up in recordings and AI transcripts whenever a caller reads them out. Technical descoping (DTMF masking or hand-off to a secure payment IVR) is far more reliable than relying on agents to pause the recording.',
            de: 'Kartenprüfnummern dürfen nach der Autorisierung nie gespeichert werden, landen aber in Aufzeichnungen und KI-Transkripten, sobald ein Anrufer sie vorliest. Eine technische Herauslösung (DTMF-Maskierung oder Übergabe an ein sicheres Zahlungs-IVR) ist weit zuverlässiger, als sich darauf zu verlassen, dass Agenten die Aufzeichnung anhalten.',
          },
          evidence: {
            en: 'Description of the payment capture architecture; QSA confirmation of descoping; configuration screenshots showing automatic pause or redaction; sample redacted transcript.',
            de: 'Beschreibung der Architektur zur Zahlungserfassung; Bestätigung der Herauslösung durch den QSA; Bildschirmfotos der Konfiguration für automatisches Pausieren oder Schwärzen; Beispiel eines geschwärzten Transkripts.',
          },
          references: [
            { framework: PCI, ref: '3.3.1' },
            { framework: ISO27001, ref: 'A.8.11' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'descoped',
                label: {
                  en: 'DTMF masking or secure payment hand-off: card data never reaches recordings, transcripts or agent screens',
                  de: 'DTMF-Maskierung oder sichere Übergabe an einen Zahlungsdienst: Kartendaten gelangen nie in Aufzeichnungen, Transkripte oder auf Agentenbildschirme',
                },
                score: 1,
              },
              {
                id: 'autoRedaction',
                label: {
                  en: 'Automatic pause or redaction of recordings and transcripts, but agents still hear or see card data',
                  de: 'Automatisches Pausieren oder Schwärzen von Aufzeichnungen und Transkripten, Agenten hören oder sehen Kartendaten aber weiterhin',
                },
                score: 0.6,
              },
              {
                id: 'manualPause',
                label: { en: 'Agent-operated manual pause and resume only', de: 'Nur manuelles Pausieren und Fortsetzen durch den Agenten' },
                score: 0.3,
              },
              { id: 'none', label: { en: 'No protective mechanism', de: 'Kein Schutzmechanismus' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          appliesWhen: { field: 'dataCategories', includes: ['payment'] },
          severity: 'high',
          remediation: {
            en: 'Deploy DTMF masking or a certified payment hand-off before taking card payments on the platform; until then, prohibit card payments in chat and voice channels and scan existing recordings and transcripts for stored card data.',
            de: 'Führen Sie vor der Annahme von Kartenzahlungen über die Plattform eine DTMF-Maskierung oder eine zertifizierte Übergabe an einen Zahlungsdienst ein; bis dahin untersagen Sie Kartenzahlungen in Chat- und Sprachkanälen und durchsuchen vorhandene Aufzeichnungen und Transkripte nach gespeicherten Kartendaten.',
          },
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: 'SEC-S-SDLC',
      title: { en: 'Secure development and vulnerability management', de: 'Sichere Entwicklung und Schwachstellenmanagement' },
      questions: [
        {
          id: 'SEC-SDLC',
          text: {
            en: 'Does the vendor follow a documented secure development lifecycle that includes threat modelling for new features, automated code and dependency scanning in the build pipeline, peer review and security sign-off before release?',
            de: 'Folgt der Anbieter einem dokumentierten sicheren Entwicklungsprozess, der Bedrohungsmodellierung für neue Funktionen, automatisierte Code- und Abhängigkeitsprüfungen in der Build-Pipeline, Peer-Reviews und eine Sicherheitsfreigabe vor dem Release umfasst?',
          },
          guidance: {
            en: 'CX platforms release frequently, and new AI and integration features widen the attack surface with every release. A mature process catches flaws such as broken authorisation or injection before they reach production; look for measurable gates, not just a policy document.',
            de: 'CX-Plattformen werden häufig aktualisiert, und neue KI- und Integrationsfunktionen vergrößern mit jedem Release die Angriffsfläche. Ein ausgereifter Prozess fängt Fehler wie mangelhafte Autorisierung oder Injektionslücken ab, bevor sie in Produktion gelangen; achten Sie auf messbare Prüfschritte und nicht nur auf ein Richtliniendokument.',
          },
          evidence: {
            en: 'Secure development policy; description of pipeline security tooling (SAST, DAST, software composition analysis, secret scanning); sample threat model; SOC 2 or C5 test results for change management and development controls.',
            de: 'Richtlinie zur sicheren Entwicklung; Beschreibung der Sicherheitswerkzeuge in der Pipeline (SAST, DAST, Analyse von Softwarekomponenten, Suche nach Geheimnissen im Code); Beispiel eines Bedrohungsmodells; Prüfergebnisse aus SOC 2 oder C5 zu Änderungs- und Entwicklungskontrollen.',
          },
          references: [
            { framework: ISO27001, ref: 'A.8.25' },
            { framework: ISO27001, ref: 'A.8.28' },
            { framework: C5, ref: 'DEV-01' },
            { framework: C5, ref: 'PSS-02' },
            { framework: NIS2, ref: 'Art. 21(2)(e)' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require the vendor to describe its secure development controls in the security annex and to confirm annually that they operate; ask for independent evidence such as SOC 2 change-management testing, and tie major findings to a remediation plan.',
            de: 'Lassen Sie den Anbieter seine Kontrollen zur sicheren Entwicklung in der Sicherheitsanlage beschreiben und jährlich deren Wirksamkeit bestätigen; verlangen Sie unabhängige Nachweise wie die SOC-2-Prüfung des Änderungsmanagements und verknüpfen Sie wesentliche Feststellungen mit einem Maßnahmenplan.',
          },
        },
        {
          id: 'SEC-VULN-SLA',
          text: {
            en: 'Within how many days does the vendor commit to remediate or mitigate a critical vulnerability (for example CVSS 9.0 or higher) in the production service?',
            de: 'Innerhalb wie vieler Tage verpflichtet sich der Anbieter, eine kritische Schwachstelle (etwa ab CVSS 9,0) im Produktivdienst zu beheben oder wirksam abzuschwächen?',
          },
          guidance: {
            en: 'Internet-facing contact-centre services are scanned by attackers within hours of a vulnerability being published. Judge the committed time, not the aspiration, and check the vendor\'s actual performance against it in audit reports or metrics.',
            de: 'Aus dem Internet erreichbare Contact-Center-Dienste werden wenige Stunden nach Veröffentlichung einer Schwachstelle von Angreifern abgesucht. Bewerten Sie die verbindlich zugesagte Frist und nicht die Zielvorstellung, und prüfen Sie anhand von Prüfberichten oder Kennzahlen, ob der Anbieter sie tatsächlich einhält.',
          },
          evidence: {
            en: 'Vulnerability management policy with remediation timelines by severity; recent metrics on time to remediate; audit evidence (SOC 2, C5) that the timelines are met.',
            de: 'Richtlinie zum Schwachstellenmanagement mit Behebungsfristen je Schweregrad; aktuelle Kennzahlen zur Behebungsdauer; Prüfnachweise (SOC 2, C5), dass die Fristen eingehalten werden.',
          },
          references: [
            { framework: ISO27001, ref: 'A.8.8' },
            { framework: C5, ref: 'OPS-18' },
            { framework: C5, ref: 'OPS-22' },
            { framework: CCM, ref: 'TVM-03' },
          ],
          weight: 4,
          answer: {
            type: 'number',
            unit: { en: 'days', de: 'Tage' },
            min: 0,
            bands: [
              { atMost: 7, score: 1 },
              { atMost: 14, score: 0.7 },
              { atMost: 30, score: 0.4 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Agree remediation timelines by severity in the contract (for example 7 days for critical and 30 days for high), a duty to inform you of critical vulnerabilities affecting your data with interim mitigations, and quarterly reporting on adherence.',
            de: 'Vereinbaren Sie vertraglich Behebungsfristen je Schweregrad (etwa 7 Tage für kritische und 30 Tage für hohe Schwachstellen), die Pflicht, Sie über kritische Schwachstellen mit Auswirkung auf Ihre Daten samt Übergangsmaßnahmen zu informieren, und eine vierteljährliche Berichterstattung zur Einhaltung.',
          },
        },
        {
          id: 'SEC-PENTEST',
          text: {
            en: 'On what date was the most recent independent penetration test of the production CX platform completed?',
            de: 'An welchem Datum wurde der letzte unabhängige Penetrationstest der produktiven CX-Plattform abgeschlossen?',
          },
          guidance: {
            en: 'An annual test by a qualified independent firm is the accepted minimum; an older test may not reflect the current platform, given how often AI and integration features change. Record the end date of the testing, and check that the report covers the production service rather than a demo environment.',
            de: 'Ein jährlicher Test durch ein qualifiziertes unabhängiges Unternehmen gilt als Mindeststandard; ein älterer Test bildet angesichts häufiger Änderungen an KI- und Integrationsfunktionen die aktuelle Plattform oft nicht mehr ab. Erfassen Sie das Enddatum der Testdurchführung und prüfen Sie, ob der Bericht den Produktivdienst und nicht eine Demo-Umgebung betrifft.',
          },
          evidence: {
            en: 'Executive summary or attestation letter from the testing firm with test dates, scope, methodology and findings by severity; confirmation that critical and high findings have been fixed and retested.',
            de: 'Management-Zusammenfassung oder Bestätigungsschreiben des Testdienstleisters mit Testzeitraum, Umfang, Methodik und Feststellungen nach Schweregrad; Bestätigung, dass kritische und hohe Feststellungen behoben und nachgetestet wurden.',
          },
          references: [
            { framework: C5, ref: 'OPS-19' },
            { framework: CCM, ref: 'TVM-06' },
            { framework: DORA, ref: 'Art. 25' },
            { framework: GDPR, ref: 'Art. 32(1)(d)' },
          ],
          weight: 4,
          answer: {
            type: 'date',
            ageBands: [
              { atMost: 365, score: 1 },
              { atMost: 548, score: 0.5 },
              { atMost: 730, score: 0.2 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require an independent penetration test at least every 12 months and after major changes, with the summary and remediation status shared with you, and the right to commission your own test under agreed rules of engagement.',
            de: 'Verlangen Sie mindestens alle zwölf Monate sowie nach wesentlichen Änderungen einen unabhängigen Penetrationstest mit Weitergabe der Zusammenfassung und des Behebungsstands sowie das Recht, unter vereinbarten Testbedingungen einen eigenen Test zu beauftragen.',
          },
        },
        {
          id: 'SEC-PENTEST-SCOPE',
          text: {
            en: 'Which parts of the platform were in scope of the most recent independent penetration test?',
            de: 'Welche Teile der Plattform waren Gegenstand des letzten unabhängigen Penetrationstests?',
          },
          guidance: {
            en: 'A test limited to the marketing website or the agent web client leaves the riskiest parts untested. For a CX platform, the scope should reach the APIs, the telephony edge, tenant separation and, where offered, AI features such as chatbots and agent assist.',
            de: 'Ein Test, der sich auf die Unternehmenswebsite oder den Web-Client der Agenten beschränkt, lässt die riskantesten Teile ungeprüft. Bei einer CX-Plattform sollte der Umfang die Programmierschnittstellen, die Telefonie-Netzübergänge, die Mandantentrennung und, sofern angeboten, KI-Funktionen wie Chatbots und Agentenassistenz umfassen.',
          },
          evidence: {
            en: 'Scope section of the penetration test report or the testing firm\'s letter listing the components, environments and test cases covered.',
            de: 'Abschnitt zum Testumfang im Penetrationstestbericht oder Schreiben des Testdienstleisters mit den geprüften Komponenten, Umgebungen und Testfällen.',
          },
          references: [
            { framework: C5, ref: 'OPS-19' },
            { framework: ISO27001, ref: 'A.8.29' },
          ],
          weight: 3,
          answer: {
            type: 'multiChoice',
            options: [
              {
                id: 'webApi',
                label: { en: 'Web applications and public APIs', de: 'Webanwendungen und öffentliche Programmierschnittstellen' },
                score: 0.35,
              },
              {
                id: 'tenantIsolation',
                label: { en: 'Cross-tenant isolation test cases', de: 'Testfälle zur Mandantentrennung' },
                score: 0.25,
              },
              {
                id: 'telephony',
                label: { en: 'Telephony edge (SIP, WebRTC, carrier interconnects)', de: 'Telefonie-Netzübergänge (SIP, WebRTC, Zusammenschaltungen mit Telefonieanbietern)' },
                score: 0.2,
              },
              {
                id: 'clientsIntegrations',
                label: {
                  en: 'Desktop or mobile agent clients and CRM integrations',
                  de: 'Desktop- oder Mobil-Clients der Agenten und CRM-Integrationen',
                },
                score: 0.2,
              },
              {
                id: 'aiFeatures',
                label: {
                  en: 'AI features (prompt injection, data leakage between conversations, tool misuse)',
                  de: 'KI-Funktionen (Prompt-Injection, Datenabfluss zwischen Konversationen, Missbrauch angebundener Werkzeuge)',
                },
                score: 0.15,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Agree the minimum test scope in the contract (APIs, telephony edge, tenant isolation and AI features in use) and ask for the missing areas to be covered in the next test cycle.',
            de: 'Vereinbaren Sie vertraglich den Mindestumfang der Tests (Programmierschnittstellen, Telefonie-Netzübergänge, Mandantentrennung und genutzte KI-Funktionen) und verlangen Sie, dass fehlende Bereiche im nächsten Testzyklus abgedeckt werden.',
          },
        },
        {
          id: 'SEC-VDP',
          text: {
            en: 'Does the vendor publish a vulnerability disclosure policy, and does it run a bug bounty programme covering the CX platform?',
            de: 'Veröffentlicht der Anbieter eine Richtlinie zur Meldung von Schwachstellen, und betreibt er ein Bug-Bounty-Programm, das die CX-Plattform umfasst?',
          },
          guidance: {
            en: 'A published channel for researchers to report flaws safely, ideally with a paid bounty programme, finds problems that periodic tests miss. Check the scope includes the production platform and that the vendor commits to response times.',
            de: 'Ein veröffentlichter Meldeweg, über den Sicherheitsforscher Schwachstellen gefahrlos melden können, idealerweise ergänzt um ein vergütetes Bug-Bounty-Programm, deckt Probleme auf, die periodische Tests übersehen. Prüfen Sie, ob der Produktivdienst im Geltungsbereich liegt und der Anbieter Reaktionszeiten zusagt.',
          },
          evidence: {
            en: 'Link to the vulnerability disclosure policy or security.txt; bug bounty platform listing with scope; statistics on reports received and resolved.',
            de: 'Verweis auf die Richtlinie zur Schwachstellenmeldung oder die security.txt; Eintrag auf der Bug-Bounty-Plattform mit Geltungsbereich; Statistik zu eingegangenen und bearbeiteten Meldungen.',
          },
          references: [
            { framework: NIS2, ref: 'Art. 21(2)(e)' },
            { framework: ISO27001, ref: 'A.8.8' },
          ],
          weight: 2,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'bugBounty',
                label: { en: 'Published disclosure policy and an active bug bounty programme', de: 'Veröffentlichte Meldungsrichtlinie und aktives Bug-Bounty-Programm' },
                score: 1,
              },
              {
                id: 'policyOnly',
                label: { en: 'Published disclosure policy without a bounty programme', de: 'Veröffentlichte Meldungsrichtlinie ohne Bug-Bounty-Programm' },
                score: 0.6,
              },
              { id: 'none', label: { en: 'No published disclosure channel', de: 'Kein veröffentlichter Meldeweg' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Ask the vendor to publish a disclosure policy with a security contact and response commitments, and to share a summary of externally reported vulnerabilities in its annual security reporting to you.',
            de: 'Bitten Sie den Anbieter, eine Meldungsrichtlinie mit Sicherheitskontakt und zugesagten Reaktionszeiten zu veröffentlichen und Ihnen im jährlichen Sicherheitsbericht eine Zusammenfassung extern gemeldeter Schwachstellen zu geben.',
          },
        },
        {
          id: 'SEC-AI-REDTEAM',
          text: {
            en: 'Are the platform\'s AI features (virtual agents, agent assist, summarisation) tested against AI-specific attacks such as prompt injection, jailbreaking, data leakage across conversations and misuse of connected tools before release and at least annually?',
            de: 'Werden die KI-Funktionen der Plattform (virtuelle Agenten, Agentenassistenz, Zusammenfassungen) vor der Freigabe und mindestens jährlich gegen KI-spezifische Angriffe getestet, etwa Prompt-Injection, Umgehung von Schutzvorgaben, Datenabfluss zwischen Konversationen und Missbrauch angebundener Werkzeuge?',
          },
          guidance: {
            en: 'An AI agent that talks to the public and can look up orders or change bookings is an attack surface in its own right: a crafted message can make it reveal another customer\'s data or take unauthorised actions. Classic penetration tests rarely cover this; look for dedicated adversarial testing with documented results.',
            de: 'Ein KI-Agent, der mit der Öffentlichkeit kommuniziert und Bestellungen abrufen oder Buchungen ändern kann, ist eine eigene Angriffsfläche: Eine gezielt formulierte Nachricht kann ihn dazu bringen, Daten anderer Kunden preiszugeben oder unberechtigte Aktionen auszuführen. Klassische Penetrationstests decken dies selten ab; achten Sie auf eigens durchgeführte Angriffstests mit dokumentierten Ergebnissen.',
          },
          evidence: {
            en: 'AI red-teaming or adversarial test report with date, scenarios and findings; description of guardrails (input filtering, output checks, tool permissions); release checklist for AI features.',
            de: 'Bericht über KI-Angriffstests (Red Teaming) mit Datum, Szenarien und Feststellungen; Beschreibung der Schutzmechanismen (Eingabefilter, Ausgabeprüfungen, Berechtigungen für Werkzeuge); Freigabecheckliste für KI-Funktionen.',
          },
          references: [
            { framework: AIACT, ref: 'Art. 15' },
            { framework: ISO27001, ref: 'A.8.29' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          appliesWhen: { field: 'aiAutonomy', in: ['assistive', 'autonomous'] },
          severity: 'high',
          remediation: {
            en: 'Before AI agents act on customer data, require a documented adversarial test of the configured agents, limit the tools and data each agent can reach to what its use case needs, and agree retesting after material model or prompt changes.',
            de: 'Bevor KI-Agenten auf Kundendaten zugreifen, verlangen Sie einen dokumentierten Angriffstest der konfigurierten Agenten, begrenzen die für jeden Agenten erreichbaren Werkzeuge und Daten auf das für den Anwendungsfall Nötige und vereinbaren einen erneuten Test nach wesentlichen Änderungen an Modell oder Prompts.',
          },
        },
      ],
    },
    // ------------------------------------------------------------------
    {
      id: 'SEC-S-DETECT',
      title: { en: 'Monitoring, detection and incident response', de: 'Überwachung, Erkennung und Vorfallbehandlung' },
      questions: [
        {
          id: 'SEC-SOC',
          text: {
            en: 'How are security events on the platform monitored: is there a SIEM correlating logs from infrastructure, application and identity layers, watched by a security operations centre around the clock?',
            de: 'Wie werden Sicherheitsereignisse auf der Plattform überwacht: Gibt es ein SIEM, das Protokolle aus Infrastruktur-, Anwendungs- und Identitätsebene korreliert und von einem rund um die Uhr besetzten Security Operations Center ausgewertet wird?',
          },
          guidance: {
            en: 'Contact centres run evenings, weekends and holidays, and attackers choose those hours. A 24x7 SOC (in-house or managed) with defined escalation is what turns log collection into detection; business-hours monitoring leaves long blind windows.',
            de: 'Contact-Center arbeiten abends, am Wochenende und an Feiertagen, und Angreifer wählen genau diese Zeiten. Erst ein ständig besetztes SOC (eigen oder als Dienstleistung) mit festgelegter Eskalation macht aus der Protokollsammlung eine Angriffserkennung; eine Überwachung nur zu Geschäftszeiten lässt lange unbeobachtete Zeitfenster.',
          },
          evidence: {
            en: 'Description of the security monitoring architecture and log sources; SOC operating model and staffing or managed-service contract; SOC 2 or C5 test results for monitoring controls; sample metrics on detection and response times.',
            de: 'Beschreibung der Überwachungsarchitektur und der Protokollquellen; Betriebsmodell und Besetzung des SOC oder Vertrag mit dem Dienstleister; Prüfergebnisse aus SOC 2 oder C5 zu den Überwachungskontrollen; beispielhafte Kennzahlen zu Erkennungs- und Reaktionszeiten.',
          },
          references: [
            { framework: ISO27001, ref: 'A.8.16' },
            { framework: C5, ref: 'OPS-13' },
            { framework: C5, ref: 'COS-01' },
            { framework: SOC2, ref: 'CC7.2' },
            { framework: DORA, ref: 'Art. 10' },
          ],
          weight: 4,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'soc24x7',
                label: {
                  en: 'SIEM correlating all layers, with a 24x7 SOC (in-house or managed) and defined escalation',
                  de: 'SIEM mit Korrelation über alle Ebenen und ständig besetztem SOC (eigen oder als Dienstleistung) mit festgelegter Eskalation',
                },
                score: 1,
              },
              {
                id: 'businessHours',
                label: {
                  en: 'SIEM with analysts during business hours and on-call alerting outside them',
                  de: 'SIEM mit Auswertung zu Geschäftszeiten und Rufbereitschaft außerhalb dieser Zeiten',
                },
                score: 0.5,
              },
              {
                id: 'collectionOnly',
                label: {
                  en: 'Logs collected centrally but reviewed only occasionally or after incidents',
                  de: 'Protokolle werden zentral gesammelt, aber nur gelegentlich oder anlassbezogen ausgewertet',
                },
                score: 0.1,
              },
              { id: 'none', label: { en: 'No central security monitoring', de: 'Keine zentrale Sicherheitsüberwachung' }, score: 0 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require continuous security monitoring with 24x7 coverage in the security annex, with agreed detection use cases for your tenant (such as mass recording downloads or unusual admin changes) and escalation to your security team.',
            de: 'Legen Sie in der Sicherheitsanlage eine durchgängige Sicherheitsüberwachung rund um die Uhr fest, mit vereinbarten Erkennungsszenarien für Ihren Mandanten (etwa massenhafte Downloads von Aufzeichnungen oder ungewöhnliche Administratoränderungen) und Eskalation an Ihr Sicherheitsteam.',
          },
        },
        {
          id: 'SEC-AI-DETECT',
          text: {
            en: 'Does the vendor use AI-assisted or behavioural analytics to detect threats such as account takeover of agent accounts, anomalous data access or fraud patterns, and how are these detections reviewed?',
            de: 'Setzt der Anbieter KI-gestützte oder verhaltensbasierte Analysen ein, um Bedrohungen wie die Übernahme von Agentenkonten, auffällige Datenzugriffe oder Betrugsmuster zu erkennen, und wie werden diese Erkennungen geprüft?',
          },
          guidance: {
            en: 'Rule-based alerts miss slow or novel attacks, such as an agent account quietly exporting recordings over weeks. Behavioural and machine-learning detection helps, provided analysts triage the alerts and the models are tuned; unreviewed AI alerts add noise rather than protection.',
            de: 'Regelbasierte Alarme übersehen langsame oder neuartige Angriffe, etwa ein Agentenkonto, das über Wochen unauffällig Aufzeichnungen exportiert. Verhaltensbasierte und auf maschinellem Lernen beruhende Erkennung hilft, sofern Analysten die Alarme bewerten und die Modelle nachjustiert werden; ungeprüfte KI-Alarme erzeugen eher Rauschen als Schutz.',
          },
          evidence: {
            en: 'Description of detection tooling (UEBA, anomaly detection) and use cases; triage procedure; metrics on alert volumes, false-positive rates and model tuning.',
            de: 'Beschreibung der Erkennungswerkzeuge (UEBA, Anomalieerkennung) und der Anwendungsfälle; Verfahren zur Alarmbewertung; Kennzahlen zu Alarmaufkommen, Fehlalarmquoten und Modellanpassung.',
          },
          references: [
            { framework: ISO27001, ref: 'A.8.16' },
            { framework: ISO27001, ref: 'A.5.7' },
            { framework: CCM, ref: 'LOG-03' },
          ],
          weight: 2,
          answer: {
            type: 'choice',
            options: [
              {
                id: 'integratedReviewed',
                label: {
                  en: 'In production, covering identity and data-access anomalies, with analyst triage and regular tuning',
                  de: 'Im Einsatz für Anomalien bei Identitäten und Datenzugriffen, mit Bewertung durch Analysten und regelmäßiger Nachjustierung',
                },
                score: 1,
              },
              {
                id: 'limited',
                label: {
                  en: 'In use for limited cases, or without a defined triage and tuning process',
                  de: 'Nur für einzelne Fälle im Einsatz oder ohne festgelegtes Bewertungs- und Nachjustierungsverfahren',
                },
                score: 0.5,
              },
              { id: 'rulesOnly', label: { en: 'Rule-based detection only', de: 'Ausschließlich regelbasierte Erkennung' }, score: 0.2 },
            ],
          },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Ask the vendor to add anomaly detection for agent account takeover and bulk access to recordings, and to report such alerts for your tenant; complement this with alerting on the audit logs in your own SIEM.',
            de: 'Bitten Sie den Anbieter, eine Anomalieerkennung für übernommene Agentenkonten und massenhafte Zugriffe auf Aufzeichnungen einzurichten und Ihnen entsprechende Alarme für Ihren Mandanten zu melden; ergänzen Sie dies durch Alarmierung auf Basis der Prüfprotokolle in Ihrem eigenen SIEM.',
          },
        },
        {
          id: 'SEC-TOLLFRAUD',
          text: {
            en: 'Does the vendor monitor telephony traffic for fraud such as toll fraud, international revenue share fraud and traffic pumping, and can you set your own limits on destinations, call volumes and spend?',
            de: 'Überwacht der Anbieter den Telefonieverkehr auf Betrug wie Gebührenbetrug, internationalen Revenue-Share-Betrug und künstlich erzeugten Verkehr, und können Sie eigene Grenzen für Zielländer, Anrufvolumen und Kosten festlegen?',
          },
          guidance: {
            en: 'A compromised agent or administrator account can be used to place thousands of calls to premium or international numbers within hours, and the bill usually lands with the customer. Look for real-time detection, automatic blocking and customer-configurable controls.',
            de: 'Über ein kompromittiertes Agenten- oder Administratorkonto lassen sich binnen Stunden Tausende Anrufe zu Mehrwert- oder Auslandsnummern absetzen, und die Rechnung trägt in der Regel der Kunde. Achten Sie auf Echtzeiterkennung, automatische Sperren und vom Kunden konfigurierbare Begrenzungen.',
          },
          evidence: {
            en: 'Description of fraud monitoring and automatic blocking; admin documentation for destination allow-lists, concurrency and spend limits; contract terms on liability for fraudulent traffic.',
            de: 'Beschreibung der Betrugsüberwachung und automatischen Sperren; Administratorhandbuch zu Freigabelisten für Zielländer sowie Grenzen für gleichzeitige Anrufe und Kosten; Vertragsbestimmungen zur Haftung für betrügerischen Verkehr.',
          },
          references: [
            { framework: ISO27001, ref: 'A.8.16' },
            { framework: ISO27001, ref: 'A.8.20' },
            { framework: SOC2, ref: 'CC7.2' },
          ],
          weight: 2,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Before go-live, restrict outbound destinations to the countries you need, set concurrency and spend limits, and agree in the contract how liability for fraudulent traffic is shared when the vendor\'s controls fail.',
            de: 'Beschränken Sie vor dem Produktivstart die ausgehenden Ziele auf die benötigten Länder, setzen Sie Grenzen für gleichzeitige Anrufe und Kosten und regeln Sie vertraglich die Haftungsverteilung für betrügerischen Verkehr bei Versagen der Anbieterkontrollen.',
          },
        },
        {
          id: 'SEC-IR-PLAN',
          text: {
            en: 'Does the vendor maintain a documented security incident response plan with a 24x7 on-call team, defined customer communication steps, and exercises at least annually?',
            de: 'Verfügt der Anbieter über einen dokumentierten Plan zur Behandlung von Sicherheitsvorfällen mit rund um die Uhr erreichbarem Bereitschaftsteam, festgelegten Schritten zur Kundenkommunikation und mindestens jährlichen Übungen?',
          },
          guidance: {
            en: 'How quickly and clearly the vendor acts in the first hours decides whether a compromise of recordings or AI conversation data stays contained. An exercised plan with named roles and a tested path for informing customers is a better indicator than a policy that has never been used.',
            de: 'Wie schnell und klar der Anbieter in den ersten Stunden handelt, entscheidet darüber, ob eine Kompromittierung von Aufzeichnungen oder KI-Gesprächsdaten begrenzt bleibt. Ein geübter Plan mit benannten Rollen und einem erprobten Weg zur Information der Kunden ist aussagekräftiger als eine nie angewandte Richtlinie.',
          },
          evidence: {
            en: 'Incident response plan (or a detailed summary) with roles, severity levels and customer notification steps; records of the latest exercise and lessons learned; SOC 2 or C5 test results for incident management.',
            de: 'Plan zur Vorfallbehandlung (oder eine ausführliche Zusammenfassung) mit Rollen, Schweregraden und Schritten zur Kundenbenachrichtigung; Nachweise der letzten Übung und der daraus gezogenen Erkenntnisse; Prüfergebnisse aus SOC 2 oder C5 zum Vorfallmanagement.',
          },
          references: [
            { framework: ISO27001, ref: 'A.5.24' },
            { framework: ISO27001, ref: 'A.5.26' },
            { framework: C5, ref: 'SIM-01' },
            { framework: CCM, ref: 'SEF-04' },
            { framework: NIS2, ref: 'Art. 21(2)(b)' },
            { framework: SOC2, ref: 'CC7.4' },
          ],
          weight: 4,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Require a documented and exercised incident response plan, named security contacts on both sides, and the option to join a joint exercise; align the vendor\'s escalation path with your own incident process before go-live.',
            de: 'Verlangen Sie einen dokumentierten und geübten Plan zur Vorfallbehandlung, benannte Sicherheitsansprechpartner auf beiden Seiten und die Möglichkeit zu gemeinsamen Übungen; stimmen Sie den Eskalationsweg des Anbieters vor dem Produktivstart mit Ihrem eigenen Vorfallprozess ab.',
          },
        },
        {
          id: 'SEC-BREACH-HOURS',
          text: {
            en: 'Within how many hours of becoming aware of a security incident affecting your data does the vendor contractually commit to notify you?',
            de: 'Innerhalb wie vieler Stunden, nachdem er von einem Sicherheitsvorfall mit Auswirkung auf Ihre Daten Kenntnis erlangt hat, verpflichtet sich der Anbieter vertraglich, Sie zu benachrichtigen?',
          },
          guidance: {
            en: 'You cannot meet your own deadlines (72 hours to the supervisory authority under GDPR, 24 hours for an early warning under NIS2, short initial notification periods under DORA) if the vendor takes days to tell you. Record the contractual commitment, not a best-effort statement; "without undue delay" alone should be treated as no fixed commitment.',
            de: 'Ihre eigenen Fristen (72 Stunden gegenüber der Aufsichtsbehörde nach DSGVO, 24 Stunden für die Frühwarnung nach NIS2, kurze Erstmeldefristen nach DORA) können Sie nicht einhalten, wenn der Anbieter Sie erst nach Tagen informiert. Erfassen Sie die vertragliche Zusage und keine Bemühenserklärung; ein bloßes „unverzüglich“ ohne Frist ist wie eine fehlende Festlegung zu behandeln.',
          },
          evidence: {
            en: 'Clause in the data processing agreement or security annex stating the notification period, the trigger (awareness of the incident) and the minimum content of the first notice.',
            de: 'Klausel im Auftragsverarbeitungsvertrag oder in der Sicherheitsanlage mit Meldefrist, auslösendem Ereignis (Kenntnis vom Vorfall) und Mindestinhalt der Erstmeldung.',
          },
          references: [
            { framework: GDPR, ref: 'Art. 33(2)' },
            { framework: NIS2, ref: 'Art. 23' },
            { framework: DORA, ref: 'Art. 19' },
            { framework: CCM, ref: 'SEF-07' },
            { framework: C5, ref: 'SIM-01' },
          ],
          weight: 5,
          answer: {
            type: 'number',
            unit: { en: 'hours', de: 'Stunden' },
            min: 0,
            bands: [
              { atMost: 24, score: 1 },
              { atMost: 48, score: 0.7 },
              { atMost: 72, score: 0.4 },
            ],
          },
          allowNotApplicable: false,
          severity: 'high',
          remediation: {
            en: 'Negotiate notification within 24 hours of awareness (shorter if you are subject to NIS2 or DORA), with an initial notice even if facts are incomplete, updates at agreed intervals and a final report; make missed notification a material breach.',
            de: 'Verhandeln Sie eine Benachrichtigung binnen 24 Stunden ab Kenntnis (kürzer, wenn Sie NIS2 oder DORA unterliegen), mit einer Erstmeldung auch bei noch unvollständigem Sachstand, Aktualisierungen in vereinbarten Abständen und einem Abschlussbericht; werten Sie eine versäumte Meldung als wesentliche Vertragsverletzung.',
          },
        },
        {
          id: 'SEC-CUST-LOGS',
          text: {
            en: 'Which security-relevant logs about your tenant can your team access or export?',
            de: 'Welche sicherheitsrelevanten Protokolle zu Ihrem Mandanten kann Ihr Team einsehen oder exportieren?',
          },
          guidance: {
            en: 'You need your own view of who accessed recordings, changed routing or exported data, both for investigations and for your own monitoring. Logs should be retained long enough for an investigation (at least 12 months) and be exportable to your SIEM in near real time.',
            de: 'Sie benötigen einen eigenen Einblick, wer Aufzeichnungen abgerufen, das Routing geändert oder Daten exportiert hat, sowohl für Untersuchungen als auch für Ihre eigene Überwachung. Die Protokolle sollten lange genug für Untersuchungen aufbewahrt werden (mindestens zwölf Monate) und sich nahezu in Echtzeit in Ihr SIEM übertragen lassen.',
          },
          evidence: {
            en: 'Audit log documentation listing event types, retention periods and export methods (API, streaming, SIEM connectors); sample log entries for a recording download and a configuration change.',
            de: 'Dokumentation der Prüfprotokolle mit Ereignistypen, Aufbewahrungsfristen und Exportwegen (API, Streaming, SIEM-Konnektoren); Beispieleinträge für den Download einer Aufzeichnung und eine Konfigurationsänderung.',
          },
          references: [
            { framework: C5, ref: 'PSS-04' },
            { framework: ISO27017, ref: 'CLD.12.4.5' },
            { framework: ISO27001, ref: 'A.8.15' },
          ],
          weight: 3,
          answer: {
            type: 'multiChoice',
            options: [
              {
                id: 'adminAudit',
                label: { en: 'Administrative and configuration change log', de: 'Protokoll administrativer Tätigkeiten und Konfigurationsänderungen' },
                score: 0.3,
              },
              {
                id: 'authEvents',
                label: { en: 'Sign-in and authentication events', de: 'Anmelde- und Authentisierungsereignisse' },
                score: 0.2,
              },
              {
                id: 'contentAccess',
                label: {
                  en: 'Content access events (playback, download and export of recordings, transcripts and reports)',
                  de: 'Zugriffe auf Inhalte (Abspielen, Herunterladen und Export von Aufzeichnungen, Transkripten und Berichten)',
                },
                score: 0.25,
              },
              {
                id: 'apiAccess',
                label: { en: 'API and integration access log', de: 'Zugriffsprotokoll für API und Integrationen' },
                score: 0.1,
              },
              {
                id: 'siemStream',
                label: { en: 'Near real-time export to your SIEM', de: 'Export in Ihr SIEM nahezu in Echtzeit' },
                score: 0.15,
              },
            ],
          },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Contract for access to the missing log types with at least 12 months\' retention and an export interface; until then, agree that the vendor supplies extracts within 24 hours on request during an investigation.',
            de: 'Vereinbaren Sie vertraglich den Zugang zu den fehlenden Protokollarten mit mindestens zwölf Monaten Aufbewahrung und einer Exportschnittstelle; bis dahin legen Sie fest, dass der Anbieter im Untersuchungsfall auf Anforderung binnen 24 Stunden Auszüge liefert.',
          },
        },
        {
          id: 'SEC-FORENSICS',
          text: {
            en: 'After a security incident affecting your data, will the vendor provide a written report with timeline, root cause, affected data and corrective actions, preserve the relevant evidence and support your own or your regulator\'s investigation?',
            de: 'Stellt der Anbieter nach einem Sicherheitsvorfall mit Auswirkung auf Ihre Daten einen schriftlichen Bericht mit zeitlichem Ablauf, Ursache, betroffenen Daten und Abhilfemaßnahmen bereit, sichert er die relevanten Beweismittel und unterstützt er Ihre eigene Untersuchung oder die Ihrer Aufsichtsbehörde?',
          },
          guidance: {
            en: 'To notify data subjects and authorities correctly you need to know exactly which calls, chats or customer records were exposed. Vendors that only share a generic status-page message leave you unable to scope your own obligations.',
            de: 'Um betroffene Personen und Behörden korrekt zu informieren, müssen Sie genau wissen, welche Gespräche, Chats oder Kundendatensätze betroffen waren. Anbieter, die lediglich eine allgemeine Meldung auf ihrer Statusseite veröffentlichen, lassen Sie ohne Grundlage zur Bestimmung Ihrer eigenen Pflichten.',
          },
          evidence: {
            en: 'Contract clauses on incident reports, evidence preservation and cooperation (including cost terms); an anonymised example of a past customer incident report.',
            de: 'Vertragsklauseln zu Vorfallberichten, Beweissicherung und Mitwirkung (einschließlich Kostenregelung); ein anonymisiertes Beispiel eines früheren Vorfallberichts an Kunden.',
          },
          references: [
            { framework: C5, ref: 'SIM-03' },
            { framework: C5, ref: 'OPS-21' },
            { framework: ISO27001, ref: 'A.5.28' },
            { framework: DORA, ref: 'Art. 30(2)(f)' },
          ],
          weight: 3,
          answer: { type: 'yesNo' },
          allowNotApplicable: false,
          severity: 'medium',
          remediation: {
            en: 'Add clauses requiring a final incident report within an agreed period (for example 30 days), preservation of logs and evidence for the investigation, and assistance at no extra cost or at a price fixed in advance.',
            de: 'Ergänzen Sie Klauseln, die einen Abschlussbericht innerhalb einer vereinbarten Frist (etwa 30 Tage), die Sicherung von Protokollen und Beweismitteln für die Untersuchung sowie Unterstützung ohne Zusatzkosten oder zu vorab festgelegten Preisen vorschreiben.',
          },
        },
        {
          id: 'SEC-INCIDENT-HISTORY',
          text: {
            en: 'Describe any security incidents in the past 36 months that affected customer data on the CX platform, including root cause and the measures taken.',
            de: 'Beschreiben Sie alle Sicherheitsvorfälle der letzten 36 Monate, die Kundendaten auf der CX-Plattform betrafen, einschließlich Ursache und ergriffener Maßnahmen.',
          },
          guidance: {
            en: 'Candour here is itself a signal: a vendor of this size with no incidents at all is less credible than one that explains what went wrong and what changed. Compare the answer with public reports and regulator announcements.',
            de: 'Offenheit ist hier selbst ein Indiz: Ein Anbieter dieser Größe ohne jeden Vorfall ist weniger glaubwürdig als einer, der erklärt, was schiefging und was sich daraufhin geändert hat. Gleichen Sie die Antwort mit öffentlichen Berichten und Mitteilungen von Aufsichtsbehörden ab.',
          },
          evidence: {
            en: 'Incident summaries or public post-incident reports; confirmation of notifications made to customers and authorities.',
            de: 'Zusammenfassungen der Vorfälle oder öffentliche Nachbetrachtungen; Bestätigung der an Kunden und Behörden erfolgten Meldungen.',
          },
          references: [
            { framework: ISO27001, ref: 'A.5.27' },
            { framework: C5, ref: 'SIM-05' },
          ],
          weight: 0,
          answer: { type: 'text' },
          allowNotApplicable: false,
          severity: 'low',
          remediation: {
            en: 'Where incidents reveal recurring weaknesses, make closure of the corresponding corrective actions a condition of contract and ask for evidence in the next audit cycle.',
            de: 'Zeigen Vorfälle wiederkehrende Schwächen, machen Sie den Abschluss der zugehörigen Abhilfemaßnahmen zur Vertragsbedingung und verlangen Sie Nachweise im nächsten Prüfzyklus.',
          },
        },
      ],
    },
  ],
};
