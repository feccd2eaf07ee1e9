/**
 * Which names a zip entry of ours may have: relative paths of plain segments, so that unpacking can never write
 * outside its folder, whatever system unpacks it. Refused: absolute paths (/x, \x), drive letters (C:), `..` and
 * `.` segments, backslashes (a separator on Windows), empty segments, control characters, and names longer than
 * any file system keeps. A trailing slash marks a folder entry, as workbooks have them.
 */

export type NameProblem = 'absolute' | 'driveLetter' | 'traversal' | 'backslash' | 'emptySegment' | 'controlCharacter' | 'tooLong';

const MAX_NAME_LENGTH = 255;

export function nameProblem(name: string): NameProblem | undefined {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return 'tooLong';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'controlCharacter';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/')) return 'absolute';
  if (/^[A-Za-z]:/.test(name)) return 'driveLetter';
  // A folder entry ends with a slash; its path is judged like a file's.
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return 'traversal';
  if (segments.some((segment) => segment === '')) return 'emptySegment';
  return undefined;
}

/** Names compared as a case-insensitive file system compares them, so `A.json` and `a.json` are one file. */
export const nameKey = (name: string): string => name.normalize('NFC').toLowerCase();
