import { assessmentDe } from './assessment';
import { compareDe } from './compare';
import { compareExportDe } from './compare-export';
import { portfolioDe } from './portfolio';
import { reportDe } from './report';
import type { Messages } from './en';
import { signingDe } from './signing';
import { vendorsDe } from './vendors';

/** Deutsche Oberflächentexte; der Typ erzwingt dieselben Schlüssel wie en.ts. */
export const de: Messages = {
  app: {
    name: 'Assay',
    tagline: 'Risikobewertungen',
    skipToContent: 'Zum Inhalt springen',
    offline: 'Offline · Daten bleiben auf diesem Gerät',
  },
  nav: {
    label: 'Hauptnavigation',
    vendors: 'Anbieter',
    compare: 'Vergleich',
    verify: 'PDF prüfen',
    settings: 'Einstellungen',
  },
  common: {
    cancel: 'Abbrechen',
    save: 'Speichern',
    close: 'Schließen',
    loading: 'Wird geladen …',
  },
  vendors: vendorsDe,
  ...assessmentDe,
  ...signingDe,
  ...reportDe,
  ...compareDe,
  ...compareExportDe,
  ...portfolioDe,
  settings: {
    title: 'Einstellungen',
    subtitle: 'Einstellungen für dieses Gerät.',
    language: {
      title: 'Sprache',
      label: 'Sprache der Oberfläche',
      system: 'Wie das System ({{locale}})',
      de: 'Deutsch',
      en: 'English',
    },
    evidence: {
      title: 'Nachweisdateien',
      label: 'Größenlimit für Nachweise (MB)',
      hint: 'Größere Dateien werden beim Anhängen abgelehnt.',
      invalid: 'Bitte eine ganze Zahl von {{min}} bis {{max}} eingeben.',
      saved: 'Gespeichert.',
    },
    storage: {
      title: 'Speicher',
      persistent: 'Dauerhaft: Die Browser-Engine löscht die Daten von Assay auch bei knappem Speicherplatz nicht.',
      bestEffort: 'Nach Möglichkeit: Bei Speichermangel kann die Engine Daten löschen. Exportieren Sie wichtige Bewertungen.',
      unknown: 'Speicher wird geprüft …',
    },
    about: {
      title: 'Über Assay',
      version: 'Version',
      dataDir: 'Datenordner',
      launcher: 'Ausgeführt als',
      launcherElectron: 'Desktop-App',
      launcherChromium: 'Chromium-Starter',
    },
  },
  errors: {
    title: 'Ein Fehler ist aufgetreten',
    reload: 'Neu laden',
  },
};
