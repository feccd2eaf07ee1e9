/**
 * The controls of the CSA Cloud Controls Matrix v4.0, known by their ids only: a domain code, a hyphen and a
 * two-digit number (IAM-14, A&A-02). A CAIQ v4 question id is a control id with a question number after a dot
 * (IAM-14.1). Ids are facts about the matrix; Assay carries none of its texts.
 */

/** Each CCM v4.0 domain and how many controls it has: 197 in all, numbered from 01 without gaps. */
export const ccmV4ControlCounts = {
  'A&A': 6,
  AIS: 7,
  BCR: 11,
  CCC: 9,
  CEK: 21,
  DCS: 15,
  DSP: 19,
  GRC: 8,
  HRS: 13,
  IAM: 16,
  IPY: 4,
  IVS: 9,
  LOG: 13,
  SEF: 8,
  STA: 14,
  TVM: 10,
  UEM: 14,
} as const;
export type CcmDomain = keyof typeof ccmV4ControlCounts;

/** How questionnaires and the UI name the framework in a question's references. */
export const CCM_FRAMEWORK = 'CSA CCM v4';

const CONTROL_ID = /^([A-Z&]{2,4})-(\d{2})$/;

const isCcmDomain = (code: string): code is CcmDomain => Object.hasOwn(ccmV4ControlCounts, code);

/** Whether an id names a control that CCM v4.0 has: a known domain and a number within its count. */
export function isCcmV4Control(id: string): boolean {
  const match = CONTROL_ID.exec(id);
  if (!match) return false;
  const [, domain = '', number = ''] = match;
  const n = Number(number);
  return isCcmDomain(domain) && n >= 1 && n <= ccmV4ControlCounts[domain];
}
