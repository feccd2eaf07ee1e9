import type { Messages } from './en';

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
    settings: 'Einstellungen',
  },
  common: {
    cancel: 'Abbrechen',
    save: 'Speichern',
    close: 'Schließen',
    loading: 'Wird geladen …',
  },
  vendors: {
    title: 'Anbieter',
    subtitle: 'Anbieter von Customer-Experience-Plattformen in der Bewertung.',
    count_one: '{{count}} Anbieter',
    count_other: '{{count}} Anbieter',
    new: 'Neuer Anbieter',
    search: 'Anbieter suchen',
    searchPlaceholder: 'Nach Namen suchen …',
    columns: {
      name: 'Name',
      created: 'Angelegt',
      updated: 'Zuletzt geändert',
      actions: 'Aktionen',
    },
    rename: 'Umbenennen',
    renameLabel: '{{name}} umbenennen',
    delete: 'Löschen',
    deleteLabel: '{{name}} löschen',
    empty: {
      title: 'Noch keine Anbieter',
      body: 'Legen Sie den ersten Plattformanbieter an, den Sie bewerten möchten, etwa eine Contact-Center- oder KI-Agenten-Plattform.',
    },
    noMatches: 'Kein Anbieter passt zu „{{query}}“.',
    dialog: {
      createTitle: 'Neuer Anbieter',
      renameTitle: 'Anbieter umbenennen',
      nameLabel: 'Name des Anbieters',
      nameHint: 'Das Unternehmen wie im Vertrag genannt, z. B. „Genesys Cloud“.',
      create: 'Anbieter anlegen',
    },
    confirmDelete: {
      title: '{{name}} löschen?',
      body: 'Der Anbieter wird mit allen Bewertungen, Antworten und Nachweisen von diesem Gerät entfernt. Das lässt sich nicht rückgängig machen.',
      confirm: 'Anbieter löschen',
    },
    toast: {
      created: '{{name}} angelegt.',
      renamed: 'Umbenannt in {{name}}.',
      deleted: '{{name}} gelöscht.',
    },
    errors: {
      nameRequired: 'Bitte geben Sie einen Namen ein.',
      nameTooLong: 'Höchstens 120 Zeichen.',
      duplicate: 'Ein Anbieter namens „{{name}}“ existiert bereits.',
      notFound: 'Diesen Anbieter gibt es nicht mehr. Er wurde vielleicht in einem anderen Fenster gelöscht.',
      unexpected: 'Die Änderung konnte nicht gespeichert werden: {{message}}',
    },
  },
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
