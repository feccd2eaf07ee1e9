// `node scripts/codemods/shared-alias.mjs --check | --write`: outside shared/, imports of shared/ become `@shared/…`.
//
// Every TypeScript file outside shared/ is parsed with the compiler API, and each module specifier that is a
// relative path into shared/ is replaced inside its quotes: import and export declarations, `import()` calls,
// `import('…')` types, `import x = require('…')` and the module arguments of `vi.mock` and its siblings. Nothing
// else in a file changes, so running it twice changes nothing the second time. Files inside shared/ keep their
// relative imports of each other. --check lists what would change and exits 1 if anything would; --write rewrites.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { root } from '../lib/tools.mjs';

const sharedDir = join(root, 'shared');
const skippedDirs = new Set(['node_modules', 'out', 'dist', '.tmp', '.git']);
const scriptKinds = { '.ts': ts.ScriptKind.TS, '.mts': ts.ScriptKind.TS, '.cts': ts.ScriptKind.TS, '.tsx': ts.ScriptKind.TSX };
/** Vitest calls whose first argument is a module path, resolved like an import. */
const viModuleCalls = new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']);

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirs.has(entry.name)) yield* sourceFiles(path);
    } else if (entry.isFile() && extname(entry.name) in scriptKinds) {
      yield path;
    }
  }
}

const isPathLiteral = (node) => node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));

/** The string literal naming a module in `node`, if `node` is one of the forms that name one. */
function moduleLiteral(node) {
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return node.moduleSpecifier;
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) return node.moduleReference.expression;
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) return node.argument.literal;
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    const isImportCall = callee.kind === ts.SyntaxKind.ImportKeyword;
    const isViCall =
      ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'vi' && viModuleCalls.has(callee.name.text);
    if (isImportCall || isViCall) return node.arguments[0];
  }
  return undefined;
}

function moduleLiterals(sourceFile) {
  const found = [];
  const visit = (node) => {
    const literal = moduleLiteral(node);
    if (isPathLiteral(literal)) found.push(literal);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** The path of `path` inside shared/ ('' for shared/ itself), or null when it lies outside. */
function pathInShared(path) {
  const inShared = relative(sharedDir, path);
  return inShared.startsWith('..') || isAbsolute(inShared) ? null : inShared.split(sep).join('/');
}

/** `@shared/x/y` for a relative specifier in a file outside shared/ that resolves to shared/x/y; otherwise null. */
function sharedAlias(file, specifier) {
  if (pathInShared(file) !== null || (!specifier.startsWith('./') && !specifier.startsWith('../'))) return null;
  const target = pathInShared(resolve(dirname(file), specifier));
  return target ? `@shared/${target}` : null;
}

/** The file's text with its specifiers into shared/ aliased, and how many there were. */
export function aliasSharedImports(file, text) {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKinds[extname(file)]);
  const edits = [];
  for (const literal of moduleLiterals(sourceFile)) {
    const alias = sharedAlias(file, literal.text);
    // Between the quotes; a specifier written with escapes is left for a person to read.
    const start = literal.getStart(sourceFile) + 1;
    const end = literal.getEnd() - 1;
    if (alias && text.slice(start, end) === literal.text) edits.push({ start, end, alias });
  }
  let result = text;
  for (const { start, end, alias } of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + alias + result.slice(end);
  return { text: result, count: edits.length };
}

function main(args) {
  const mode = args.length === 1 && ['--check', '--write'].includes(args[0]) ? args[0] : null;
  if (!mode) {
    console.error('Usage: node scripts/codemods/shared-alias.mjs --check | --write');
    return 2;
  }
  let specifiers = 0;
  let files = 0;
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const aliased = aliasSharedImports(file, text);
    if (aliased.count === 0) continue;
    specifiers += aliased.count;
    files += 1;
    console.log(`${relative(root, file)}: ${aliased.count}`);
    if (mode === '--write') writeFileSync(file, aliased.text);
  }
  const verb = mode === '--write' ? 'rewrote' : 'would rewrite';
  console.log(`shared-alias: ${verb} ${specifiers} import specifiers in ${files} files.`);
  return mode === '--check' && specifiers > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = main(process.argv.slice(2));
}
