// `npm run lint`: TypeScript and React hook rules, and the layering rules that ARCHITECTURE.md describes.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const rendererPatterns = [
  { regex: '(^|/)electron(/|$)', message: 'The renderer talks to the main process through the IPC contract (shared/ipc), never by importing electron/.' },
  { regex: '^node:', message: 'The renderer is sandboxed: no Node modules.' },
];
/** From one feature's folder, `../other/file` reaches into another feature; `../other` (its index.ts) is its public face. */
const featurePattern = {
  regex: '^\\.\\./(?!\\.)[^/]+/',
  message: "A feature uses another only through that feature's index.ts; shared UI belongs in renderer/src/ui/.",
};

/**
 * Outside shared/, its modules are imported as `@shared/…` (the `paths` of tsconfig.base.json), never by climbing to it.
 * Off until `node scripts/codemods/shared-alias.mjs --write` has rewritten the relative imports that remain.
 */
const SHARED_ALIAS_REQUIRED = true;
const sharedAliasPattern = { regex: '^(\\.\\.?/)+shared(/|$)', message: 'Import from @shared/... rather than a relative path into shared/.' };
/** `no-restricted-imports` for one group of files: its own patterns, and the shared alias rule once it is on. */
const restrictImports = (...patterns) => {
  const all = SHARED_ALIAS_REQUIRED ? [...patterns, sharedAliasPattern] : patterns;
  return all.length > 0 ? ['error', { patterns: all }] : 'off';
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.tmp/**', 'bench/**', 'docs/**', 'dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a value left out on purpose, e.g. `const { secret: _secret, ...rest } = row`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Layers: shared/ is pure (no app code, no Node, no DOM); the renderer never reaches into Node;
  // services get Electron only through what main hands them; a feature uses another only through its index.
  // Each later block replaces this rule for its files, so each passes its patterns through restrictImports.
  { files: ['**/*.{ts,tsx,mts,cts}'], rules: { 'no-restricted-imports': restrictImports() } },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        { regex: '(^|/)(electron|renderer)(/|$)', message: 'shared/ is used by both processes: it imports neither electron/ nor renderer/.' },
        { regex: '^(node:|fs$|path$|os$|crypto$|child_process$|worker_threads$)', message: 'shared/ runs in the renderer too: no Node modules.' },
        {
          regex: '^(react|react-dom|dexie|pdfmake|exceljs|pkijs|asn1js|node-forge)(/|$)',
          message: 'shared/ holds data and pure logic: UI, storage and document libraries belong to their process.',
        },
      ),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', '__dirname', 'require'].map((name) => ({
          name,
          message: 'shared/ is pure: no DOM or Node globals.',
        })),
      ],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrictImports(...rendererPatterns) } },
  { files: ['renderer/src/features/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrictImports(...rendererPatterns, featurePattern) } },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        { regex: '^electron$', message: 'Services run without Electron (tests, the CLI, workers): main hands them what they need.' },
        { regex: '(^|/)renderer(/|$)', message: 'Node code never imports the renderer.' },
      ),
    },
  },
  // Screens translate through useT(), which takes only keys that exist; react-i18next's own t takes any string.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [
      'renderer/src/ui/use-t.ts',
      'renderer/src/ui/use-format.ts',
      'renderer/src/ui/use-topic.ts',
      'renderer/src/app/i18n.ts',
      'renderer/src/features/settings/SettingsPage.tsx',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-i18next',
              importNames: ['useTranslation', 'Trans', 'withTranslation'],
              message: 'Translate with useT() from renderer/src/ui/use-t.ts: a key that does not exist fails the type check.',
            },
          ],
        },
      ],
    },
  },
  // The document toolkit knows no document: the report and the comparison build on it, never the other way round.
  {
    files: ['electron/services/documents/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\./(report|comparison)/', message: 'The toolkit in documents/ serves every document; it imports none of them.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    // The React Compiler's rules as well: a component that breaks one is one the compiler would skip.
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  // electron-builder loads its hooks with require(): they are CommonJS.
  { files: ['scripts/dist/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
