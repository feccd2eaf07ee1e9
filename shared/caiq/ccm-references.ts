import type { FrameworkReference, Question } from '../questionnaire/schema';
import { CCM_FRAMEWORK } from './ccm-controls';

/** The questionnaire whose question ids the map below names; other questionnaires' questions have only the CCM references they carry. */
export const CCM_REFERENCES_QUESTIONNAIRE = 'cx-platform';

/**
 * Which CCM v4 controls each question of the built-in CX platform questionnaire corresponds to. A vendor's
 * CAIQ answers a control's questions (IAM-14.1 …), so this map is also how a CAIQ answer finds our question.
 *
 * A control is listed only where its subject is the question's subject. For a yes/no question a CAIQ "Yes" on
 * every listed control suggests "yes", so controls that only touch the question (a provider's internal process
 * where we ask about a feature of the platform, a policy where we ask for a contractual commitment) are left out
 * even when they are related: the suggestion would claim more than the vendor did. AI-specific questions have no
 * counterpart in CCM v4 and get none.
 */
export const ccmReferences: Readonly<Record<string, readonly string[]>> = {
  // The vendor's independent assessments (A&A-02): its answer names the general security certificates and reports it
  // holds. Regional, privacy and payment schemes are left out: a Yes to A&A-02 says nothing about them.
  'SEC-ISO27001': ['A&A-02'],
  'SEC-SOC2T2': ['A&A-02'],
  'SEC-CSASTAR': ['A&A-02'],

  // Signing in: strong authentication, multi-factor included (IAM-14).
  'SEC-SSO': ['IAM-14'],
  'SEC-MFA': ['IAM-14'],

  // Privileged and vendor-staff access: reviews (IAM-08), time-limited privileged roles (IAM-10), MFA (IAM-14), the customer's approval (IAM-11).
  'SEC-PRIV-ACCESS': ['IAM-08', 'IAM-10', 'IAM-14'],
  'SEC-SUPPORT-ACCESS': ['IAM-10', 'IAM-11'],
  'DAT-JIT-ACCESS': ['IAM-10', 'IAM-11'],

  // Encryption at rest and in transit (CEK-03) with fit algorithms (CEK-04); encrypted traffic between environments (IVS-03).
  'SEC-ENC-TRANSIT': ['CEK-03', 'CEK-04', 'IVS-03'],
  'SEC-ENC-REST': ['CEK-03', 'CEK-04'],

  // Keys: the customer's own key management (CEK-08), and keys generated, rotated and revoked properly (CEK-10, CEK-12, CEK-13).
  'SEC-KEYMGMT': ['CEK-08', 'CEK-10', 'CEK-12', 'CEK-13'],
  'DAT-CMK': ['CEK-08'],

  // Tenants segmented and segregated from one another (IVS-06).
  'SEC-TENANT-ISOLATION': ['IVS-06'],

  // Card data in recordings and transcripts is sensitive data to be protected through its lifecycle (DSP-17).
  'SEC-PCI-MASK': ['DSP-17'],

  // Secure development: SDLC (AIS-04), automated security testing (AIS-05), vulnerable third-party libraries (TVM-05).
  'SEC-SDLC': ['AIS-04', 'AIS-05', 'TVM-05'],

  // Fixing vulnerabilities: remediation schedule (TVM-03), prioritisation (TVM-08), application fixes (AIS-07).
  'SEC-VULN-SLA': ['TVM-03', 'TVM-08', 'AIS-07'],

  // Penetration tests by independent third parties (TVM-06).
  'SEC-PENTEST': ['TVM-06'],
  'SEC-PENTEST-SCOPE': ['TVM-06'],

  // Detection: security monitoring and alerting (LOG-03), logs watched for activity outside expected patterns (LOG-05).
  'SEC-SOC': ['LOG-03', 'LOG-05'],
  'SEC-AI-DETECT': ['LOG-03', 'LOG-05'],

  // Incidents: response plans (SEF-03) tested at intervals (SEF-04); breach notification (SEF-07).
  'SEC-IR-PLAN': ['SEF-03', 'SEF-04'],
  'SEC-BREACH-HOURS': ['SEF-07'],

  // Where data is stored, processed and backed up (DSP-19), and the data flows that show it (DSP-05).
  'DAT-EU-PROCESSING': ['DSP-19'],
  'DAT-LOCATION-CONTROLS': ['DSP-19'],
  'DAT-COMPONENT-MAP': ['DSP-05', 'DSP-19'],
  'DAT-AI-LOCATION': ['DSP-19'],
  'DAT-REGIONS-LIST': ['DSP-19'],

  // Transfers of personal data (DSP-10); requests for disclosure from law enforcement, and telling the customer (DSP-18).
  'DAT-TRANSFER-MECHANISM': ['DSP-10'],
  'DAT-GOV-ACCESS-POLICY': ['DSP-18'],

  // Sub-processors: sub-processing of personal data (DSP-13), disclosed before it starts (DSP-14), obligations passed down the chain (STA-12).
  'DAT-SUBPROCESSORS': ['DSP-13', 'DSP-14'],
  'DAT-SUBPROC-NOTICE': ['DSP-14'],
  'GOV-CHANGE-NOTICE': ['DSP-14'],
  'DAT-SUBPROC-FLOWDOWN': ['DSP-13', 'STA-12'],
  'GOV-SUPPLIER-FLOWDOWN': ['DSP-13', 'STA-12'],

  // Whether customer data may train shared models is a question of purpose limitation (DSP-12).
  'AIE-TRAINING-USE': ['DSP-12'],
  'DAT-TRAINING-USE': ['DSP-12'],

  // Retention and deletion (DSP-16), secure disposal (DSP-02), data at contract end (IPY-04), interfaces to take data out (IPY-02).
  'DAT-RETENTION-CONFIG': ['DSP-16'],
  'DAT-DELETION-EXIT': ['DSP-02', 'DSP-16', 'IPY-04'],
  'DAT-EXPORT': ['IPY-02', 'IPY-04'],

  // The terms a service agreement must hold (STA-09) are most of what DORA asks of an ICT contract.
  'RSL-DORA-CONTRACT': ['STA-09'],

  // Redundant equipment at a distance (BCR-11); capacity and resource planning (IVS-02).
  'RSL-REDUNDANCY': ['BCR-11'],
  'RSL-SCALE': ['IVS-02'],
  'RSL-CAPACITY-TEST': ['IVS-02'],

  // Recovery objectives follow from the impact analysis (BCR-02) and rest on the disaster response plan (BCR-09) and backups (BCR-08).
  'RSL-RTO': ['BCR-02', 'BCR-09'],
  'RSL-RPO': ['BCR-02', 'BCR-08'],
  'RSL-BACKUP-RESTORE': ['BCR-08'],

  // Exercises of the continuity plan (BCR-06) and of the disaster response plan (BCR-10).
  'RSL-DR-TEST': ['BCR-06', 'BCR-10'],
  'RSL-DR-SCOPE': ['BCR-06', 'BCR-10'],

  // Communicating with stakeholders during a disruption (BCR-07).
  'RSL-INCIDENT-NOTIFY': ['BCR-07'],

  // Releases: tested (CCC-02), deployed by automation (AIS-06), rolled back when they fail (CCC-09).
  'RSL-RELEASES': ['AIS-06', 'CCC-02', 'CCC-09'],

  // The vendor's own suppliers: supply-chain risk reviews (STA-08) and security assessments of them (STA-14).
  'RSL-HYPERSCALER': ['STA-08'],
  'RSL-NIS2-SUPPLY': ['STA-08', 'STA-14'],
  'GOV-SUPPLIER-RISK': ['STA-08', 'STA-14'],

  // Governance sponsored by leadership (GRC-01) with defined responsibilities (GRC-06, HRS-09).
  'GOV-EXEC-SPONSOR': ['GRC-01', 'GRC-06'],
  'GOV-ACCOUNTABILITY-MAP': ['GRC-06', 'HRS-09'],

  // Risk management (GRC-02), policy reviews (GRC-03), the laws and standards that apply (GRC-07).
  'GOV-RISK-REGISTER': ['GRC-02'],
  'GOV-POLICY-REVIEW': ['GRC-03'],
  'GOV-REG-CHANGE': ['GRC-07'],

  // The shared responsibility model: guidance to the customer (STA-03) and who owns each control (STA-04).
  'GOV-SHARED-RESPONSIBILITY': ['STA-03', 'STA-04'],

  // Audits planned by risk and performed independently (A&A-03), internal compliance testing (STA-11).
  'GOV-INTERNAL-AUDIT': ['A&A-03', 'STA-11'],

  // People: security and data-handling training (HRS-11, HRS-12), background screening (HRS-01).
  'GOV-TRAINING-FREQ': ['HRS-11', 'HRS-12'],
  'GOV-TRAINING-COMPLETION': ['HRS-11'],
  'GOV-BACKGROUND-CHECKS': ['HRS-01'],
};

/** The CCM v4 controls a built-in question corresponds to; none for a question the map leaves out. */
export const ccmReferencesOf = (questionId: string): readonly string[] => (Object.hasOwn(ccmReferences, questionId) ? ccmReferences[questionId]! : []);

/**
 * A built-in question's references as the UI shows them: its own, then each CCM v4 control of the map it does
 * not name already. The bank is released data, so the references are added here rather than written into it.
 */
export function withCcmReferences(question: Pick<Question, 'id' | 'references'>): FrameworkReference[] {
  const named = new Set(question.references.filter((r) => r.framework === CCM_FRAMEWORK).map((r) => r.ref));
  const added = ccmReferencesOf(question.id)
    .filter((ref) => !named.has(ref))
    .map((ref) => ({ framework: CCM_FRAMEWORK, ref }));
  return [...question.references, ...added];
}
