// Electronegativity over the Electron sources and the built page, inside `npm test`: any high or medium finding
// fails the run unless security-scan.json says why it stands.
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { root, run } from './tools.mjs';

/** Splits one CSV line of Electronegativity's report (quoted fields may hold commas). */
function csvFields(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  fields.push(field);
  return fields.map((value) => value.trim());
}

export async function scanElectron() {
  const stage = join(root, '.tmp', 'security-scan');
  await rm(stage, { recursive: true, force: true });
  await mkdir(join(stage, 'renderer'), { recursive: true });
  // What ships: the main process, preload and services as written, the page as built (with its CSP), the manifest.
  await cp(join(root, 'electron'), join(stage, 'electron'), { recursive: true });
  await cp(join(root, 'out', 'renderer', 'index.html'), join(stage, 'renderer', 'index.html'));
  await cp(join(root, 'package.json'), join(stage, 'package.json'));
  const report = join(root, '.tmp', 'electronegativity.csv');
  await rm(report, { force: true });
  // The check for newer Electron releases needs the network; `npm outdated electron` answers it on a connected machine.
  await run(
    join(root, 'node_modules', '.bin', 'electronegativity'),
    ['-i', stage, '-o', report, '-r', '-v', 'false', '-x', 'AvailableSecurityFixesGlobalCheck'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const [, ...rows] = (await readFile(report, 'utf8')).trim().split('\n');
  const findings = rows.map(csvFields).map(([issue, severity, confidence, file, location]) => ({ issue, severity, confidence, file, location }));
  const { accepted } = JSON.parse(await readFile(join(root, 'security-scan.json'), 'utf8'));
  const serious = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');
  const open = serious.filter((finding) => !accepted[finding.issue]);
  console.log(
    `Electronegativity: ${findings.length} findings, ${serious.length} high or medium, ${serious.length - open.length} of them accepted in security-scan.json.`,
  );
  for (const finding of open) console.error(`  ${finding.severity} ${finding.issue} at ${finding.file}:${finding.location}`);
  if (open.length > 0) throw new Error('Electronegativity found high or medium issues that security-scan.json does not accept.');
}
