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
    settings: 'Settings',
  },
  common: {
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
    loading: 'Loading…',
  },
  vendors: {
    title: 'Vendors',
    subtitle: 'Customer-experience platform vendors under evaluation.',
    count_one: '{{count}} vendor',
    count_other: '{{count}} vendors',
    new: 'New vendor',
    search: 'Search vendors',
    searchPlaceholder: 'Search by name…',
    columns: {
      name: 'Name',
      created: 'Added',
      updated: 'Last changed',
      actions: 'Actions',
    },
    rename: 'Rename',
    renameLabel: 'Rename {{name}}',
    delete: 'Delete',
    deleteLabel: 'Delete {{name}}',
    empty: {
      title: 'No vendors yet',
      body: 'Add the first platform vendor you want to assess, for example a contact-centre or AI-agent platform.',
    },
    noMatches: 'No vendor matches “{{query}}”.',
    dialog: {
      createTitle: 'New vendor',
      renameTitle: 'Rename vendor',
      nameLabel: 'Vendor name',
      nameHint: 'The company as it appears on the contract, e.g. “Genesys Cloud”.',
      create: 'Add vendor',
    },
    confirmDelete: {
      title: 'Delete {{name}}?',
      body: 'The vendor and all of its assessments, answers and evidence are removed from this device. This cannot be undone.',
      confirm: 'Delete vendor',
    },
    toast: {
      created: '{{name}} added.',
      renamed: 'Renamed to {{name}}.',
      deleted: '{{name}} deleted.',
    },
    errors: {
      nameRequired: 'Enter a vendor name.',
      nameTooLong: 'Use at most 120 characters.',
      duplicate: 'A vendor called “{{name}}” already exists.',
      notFound: 'This vendor no longer exists. It may have been deleted in another window.',
      unexpected: 'The change could not be saved: {{message}}',
    },
  },
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

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
