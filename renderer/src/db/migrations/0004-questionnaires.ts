/**
 * Version 4: questionnaires imported by the user, one row per id and version. Nothing else changes, so no
 * row is rewritten; the built-in questionnaires stay in the app and are never stored.
 */
export const SCHEMA_V4 = {
  questionnaires: '[id+version], id',
};
