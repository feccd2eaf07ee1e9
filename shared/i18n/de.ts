import { assessmentDe } from './assessment';
import { caiqDe } from './caiq';
import { certificationDe } from './certification';
import { compareDe } from './compare';
import { compareExportDe } from './compare-export';
import { dateFieldDe } from './date-field';
import { questionnairesDe } from './questionnaires';
import { questionnaireSheetsDe } from './questionnaire-sheets';
import { portfolioDe } from './portfolio';
import { questionnaireManagerDe } from './questionnaire-manager';
import { reportDe } from './report';
import { responsePacksDe } from './response-packs';
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
  shortcuts: {
    title: 'Tastenkürzel',
    groups: { everywhere: 'Überall', vendors: 'Anbieterliste', portfolio: 'Portfolio', assessment: 'Fragen beantworten' },
    keys: {
      help: 'Diese Liste zeigen',
      newVendor: 'Neuer Anbieter',
      search: 'Zum Suchfeld springen',
      rows: 'Zwischen Zeilen wechseln',
      choose: 'Antwort mit dieser Nummer wählen',
      toggle: 'Bei Mehrfachauswahl: diese Option an- oder abwählen',
      held: 'Bei Zertifizierungen: ja, in Vorbereitung, nein',
      na: 'Nicht anwendbar, wo die Frage es zulässt',
      next: 'Nächste Frage',
      previous: 'Vorherige Frage',
      nextUnanswered: 'Nächste offene Frage',
    },
  },
  common: {
    cancel: 'Abbrechen',
    save: 'Speichern',
    close: 'Schließen',
    loading: 'Wird geladen …',
    limit: { cut: 'Der eingefügte Text wurde auf die Obergrenze von {{max}} Zeichen gekürzt.', count: '{{length}} von {{max}} Zeichen' },
    failures: {
      notDone: 'Das hat nicht geklappt. {{message}}',
      storageFull: 'Der Speicherplatz für Assay auf diesem Gerät ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.',
      diskFull: 'Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.',
      noPermission: 'Assay darf dort nicht schreiben. Wählen Sie einen anderen Ort.',
      readOnly: 'Dieser Ort ist schreibgeschützt. Wählen Sie einen anderen.',
      notFound: 'Eine benötigte Datei ist nicht mehr vorhanden.',
      failed: 'Die Einzelheiten stehen in der Protokolldatei im Datenordner von Assay.',
    },
  },
  vendors: vendorsDe,
  ...assessmentDe,
  ...certificationDe,
  ...signingDe,
  ...reportDe,
  ...compareDe,
  ...compareExportDe,
  ...portfolioDe,
  ...questionnaireManagerDe,
  ...dateFieldDe,
  ...responsePacksDe,
  questionnaires: questionnairesDe,
  questionnaireSheets: questionnaireSheetsDe,
  caiq: caiqDe,
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
    },
    acceptance: {
      title: 'Risikoakzeptanz',
      label: 'Längste Akzeptanz (Monate)',
      hint: 'Das Risiko eines Befunds lässt sich höchstens so lange akzeptieren; danach ist er wieder offen.',
    },
    number: {
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
