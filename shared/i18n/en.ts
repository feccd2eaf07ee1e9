import { assessmentEn } from './assessment';
import { caiqEn } from './caiq';
import { certificationEn } from './certification';
import { compareEn } from './compare';
import { compareExportEn } from './compare-export';
import { dateFieldEn } from './date-field';
import { questionnairesEn } from './questionnaires';
import { questionnaireSheetsEn } from './questionnaire-sheets';
import { portfolioEn } from './portfolio';
import { questionnaireManagerEn } from './questionnaire-manager';
import { signingEn } from './signing';
import { reportEn } from './report';
import { responsePacksEn } from './response-packs';
import { vendorsEn } from './vendors';
import type { Widen } from './widen';

/** English UI strings. German (de.ts) must provide exactly the same keys. */
export const en = {
  app: {
    name: 'Assay',
    tagline: 'Vendor risk assessments',
    skipToContent: 'Skip to content',
    offline: 'Offline · data stays on this device',
  },
  nav: {
    label: 'Main navigation',
    vendors: 'Vendors',
    compare: 'Compare',
    verify: 'Verify PDF',
    settings: 'Settings',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    groups: { everywhere: 'Everywhere', vendors: 'Vendor list', portfolio: 'Portfolio', assessment: 'Answering questions' },
    keys: {
      help: 'Show this list',
      newVendor: 'New vendor',
      search: 'Go to the search field',
      rows: 'Move between rows',
      choose: 'Choose the answer with that number',
      toggle: 'On multiple-choice questions: tick or untick that option',
      held: 'On certifications: yes, in progress, no',
      na: 'Not applicable, where the question allows it',
      next: 'Next question',
      previous: 'Previous question',
      nextUnanswered: 'Next unanswered question',
    },
  },
  common: {
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
    loading: 'Loading…',
    limit: { cut: 'Pasted text was cut to fit the limit of {{max}} characters.', count: '{{length}} of {{max}} characters' },
    failures: {
      notDone: 'That did not work. {{message}}',
      storageFull: 'The storage space for Assay on this device is full. Free some disk space, then try again.',
      diskFull: 'The disk is full. Free some space, then try again.',
      noPermission: 'Assay may not write there. Choose another place.',
      readOnly: 'That place is read-only. Choose another one.',
      notFound: 'A file it needs is no longer there.',
      failed: 'The details are in the log file in Assay’s data folder.',
    },
  },
  vendors: vendorsEn,
  ...assessmentEn,
  ...certificationEn,
  ...signingEn,
  ...reportEn,
  ...compareEn,
  ...compareExportEn,
  ...portfolioEn,
  ...questionnaireManagerEn,
  ...dateFieldEn,
  ...responsePacksEn,
  questionnaires: questionnairesEn,
  questionnaireSheets: questionnaireSheetsEn,
  caiq: caiqEn,
  settings: {
    title: 'Settings',
    subtitle: 'Preferences for this device.',
    language: {
      title: 'Language',
      label: 'Display language',
      system: 'Same as the system ({{locale}})',
      de: 'Deutsch',
      en: 'English',
    },
    evidence: {
      title: 'Evidence files',
      label: 'Evidence size limit (MB)',
      hint: 'Files larger than this are refused when attached.',
    },
    acceptance: {
      title: 'Risk acceptance',
      label: 'Longest acceptance (months)',
      hint: 'A finding’s risk can be accepted for at most this long; then it is open again.',
    },
    number: {
      invalid: 'Enter a whole number from {{min}} to {{max}}.',
      saved: 'Saved.',
    },
    storage: {
      title: 'Storage',
      persistent: 'Persistent: the browser engine will not clear Assay’s data when the disk runs low.',
      bestEffort: 'Best effort: the engine may clear data under storage pressure. Keep exports of important assessments.',
      unknown: 'Checking storage…',
    },
    about: {
      title: 'About',
      version: 'Version',
      dataDir: 'Data folder',
      launcher: 'Running in',
      launcherElectron: 'Desktop app',
      launcherChromium: 'Chromium launcher',
    },
  },
  errors: {
    title: 'Something went wrong',
    reload: 'Reload',
  },
};

export type Messages = Widen<typeof en>;
