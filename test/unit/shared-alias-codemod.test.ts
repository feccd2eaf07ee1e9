import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasSharedImports } from '../../scripts/codemods/shared-alias.mjs';

const root = resolve(__dirname, '../..');
const at = (path: string) => join(root, path);

describe('the shared alias codemod', () => {
  it('rewrites every form of module specifier that climbs into shared/, inside its own quotes', () => {
    const source = [
      "import { scoreAssessment } from '../../shared/scoring/engine';",
      'import type { Vendor } from "../../shared/domain/vendor";',
      "export { messages } from '../../shared/i18n';",
      "export * from '../../shared/report/model';",
      "type Contract = typeof import('../../shared/ipc/contract');",
      "const csv = await import('../../shared/compare/csv');",
      "vi.mock('../../shared/i18n/format', () => ({}));",
      "const actual = await vi.importActual<object>('../../shared/i18n/format');",
      'const lazy = () => import(`../../shared/compare/rank`);',
      "import en = require('../../shared/i18n/en');",
    ].join('\n');
    const result = aliasSharedImports(at('test/unit/example.test.ts'), source);
    expect(result.text).toBe(
      [
        "import { scoreAssessment } from '@shared/scoring/engine';",
        'import type { Vendor } from "@shared/domain/vendor";',
        "export { messages } from '@shared/i18n';",
        "export * from '@shared/report/model';",
        "type Contract = typeof import('@shared/ipc/contract');",
        "const csv = await import('@shared/compare/csv');",
        "vi.mock('@shared/i18n/format', () => ({}));",
        "const actual = await vi.importActual<object>('@shared/i18n/format');",
        'const lazy = () => import(`@shared/compare/rank`);',
        "import en = require('@shared/i18n/en');",
      ].join('\n'),
    );
    expect(result.count).toBe(10);
  });

  it('resolves each specifier from its own file, whatever its depth', () => {
    const source = "import { contract } from '../../../../shared/ipc/contract';\nimport { t } from '../../app/i18n';\n";
    const result = aliasSharedImports(at('renderer/src/features/vendors/VendorsPage.tsx'), source);
    expect(result.text).toBe("import { contract } from '@shared/ipc/contract';\nimport { t } from '../../app/i18n';\n");
  });

  it('leaves specifiers that only look like shared/ and every string that is not a module specifier', () => {
    const source = [
      // From electron/services/a/b/, three levels up is electron/, so this is electron/shared, not shared/.
      "import { x } from '../../../shared/scoring/engine';",
      "import { z } from 'zod';",
      "const path = '../../../../shared/i18n';",
      "// import { y } from '../../../../shared/i18n';",
      "call('../../../../shared/i18n');",
    ].join('\n');
    const result = aliasSharedImports(at('electron/services/a/b/file.ts'), source);
    expect(result).toEqual({ text: source, count: 0 });
  });

  it('keeps the relative imports between files of shared/', () => {
    const source = "import { domainIds } from '../domain/ids';\n";
    expect(aliasSharedImports(at('shared/questionnaire/schema.ts'), source)).toEqual({ text: source, count: 0 });
  });

  it('changes nothing on a second run', () => {
    const file = at('test/e2e/page/seed.ts');
    const once = aliasSharedImports(file, "import { a } from '../../../shared/a';\nconst b = await import('../../../shared/b');\n");
    expect(once.count).toBe(2);
    expect(aliasSharedImports(file, once.text)).toEqual({ text: once.text, count: 0 });
  });
});
