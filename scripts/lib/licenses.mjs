// The licences of every package Assay ships (the lockfile's non-development packages), inside `npm test`: each must
// be one licences.json allows (an SPDX expression: every part of an AND, one part of an OR), or reviewed there by name.
// It reads only the lockfile and node_modules, so it works offline. Security advisories need the registry: on a
// connected machine, `npm audit --omit=dev` (see CONTRIBUTING.md).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './tools.mjs';

/** Whether an SPDX expression is satisfied by the allowed licences. */
export function licenceAllowed(expression, allowed) {
  const text = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/\sOR\s/.test(text)) return text.split(/\s+OR\s+/).some((part) => licenceAllowed(part, allowed));
  if (/\sAND\s/.test(text)) return text.split(/\s+AND\s+/).every((part) => licenceAllowed(part, allowed));
  return allowed.includes(text);
}

export async function checkLicences() {
  const { allowed, reviewed } = JSON.parse(await readFile(join(root, 'licenses.json'), 'utf8'));
  const { packages } = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8'));
  const refused = [];
  let shipped = 0;
  for (const [path, entry] of Object.entries(packages)) {
    if (!path || entry.dev || entry.devOptional || entry.link) continue;
    shipped += 1;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    let licence = entry.license;
    if (!licence) {
      const manifest = JSON.parse(await readFile(join(root, path, 'package.json'), 'utf8').catch(() => '{}'));
      licence = manifest.license ?? manifest.licenses?.map((l) => l.type ?? l).join(' OR ');
    }
    if (reviewed[`${name}@${entry.version}`]) continue;
    if (!licence || !licenceAllowed(licence, allowed)) refused.push(`${name}@${entry.version}: ${licence ?? 'no licence stated'}`);
  }
  console.log(`Licences: ${shipped} shipped packages, ${refused.length} not allowed.`);
  for (const line of refused) console.error(`  ${line}`);
  if (refused.length > 0) throw new Error('a shipped package has a licence licenses.json neither allows nor reviews.');
}
