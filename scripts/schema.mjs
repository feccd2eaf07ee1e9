// `npm run schema`: writes docs/questionnaire.schema.json, the JSON Schema of questionnaire files, from the zod
// schema the import uses. A unit test fails while the committed file differs from what this writes.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { importTs, root } from './lib/tools.mjs';

const { questionnaireSchemaFile } = await importTs('scripts/lib/questionnaire-schema-file.ts');
const { path, text } = await questionnaireSchemaFile(root);
await mkdir(dirname(join(root, path)), { recursive: true });
await writeFile(join(root, path), text);
console.log(`Wrote ${path}.`);
