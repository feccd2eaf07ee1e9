import { assessmentEn } from './assessment';
import { compareEn } from './compare';
import { compareExportEn } from './compare-export';
import { portfolioEn } from './portfolio';
import { signingEn } from './signing';
import { reportEn } from './report';
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
  common: {
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
    loading: 'Loading…',
  },
  vendors: vendorsEn,
  ...assessmentEn,
  ...signingEn,
  ...reportEn,
  ...compareEn,
  ...compareExportEn,
  ...portfolioEn,
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
