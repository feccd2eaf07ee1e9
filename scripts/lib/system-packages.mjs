// The Debian packages the tests need: found, or installed with apt-get when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether a tool is on the PATH, or a file (a path with a slash) exists. */
export function found(check) {
  if (check.includes('/')) return existsSync(check);
  return spawnSync('sh', ['-c', `command -v ${check}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs the packages whose check fails, saying what it installs (apt-get, through sudo when not
 * root), and returns what is still missing afterwards. Without apt-get nothing is installed.
 */
export function ensureSystemPackages(required) {
  const missing = () => required.filter(({ check }) => !found(check));
  const before = missing();
  if (before.length === 0) return [];
  const packages = [...new Set(before.map((m) => m.pkg))];
  if (!found('apt-get')) return before;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  if (sudo.length > 0 && !found('sudo')) return before;
  console.log(`\nInstalling the Debian packages the tests need: ${packages.join(' ')}`);
  const run = (args) =>
    execFileSync(sudo[0] ?? args[0], sudo.length > 0 ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } catch {
    // What is still missing is reported below.
  }
  return missing();
}
