// What other features may use of the assessments feature; its pages load on demand (import()).
export { historyStrings } from './history-strings';
