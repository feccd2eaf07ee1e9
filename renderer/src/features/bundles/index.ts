// What other features may use of the bundles feature; its dialogs load on demand (import()).
export { ReceivedBanner } from './ReceivedBanner';
export { bundleStrings } from './strings';
export { BackupsCard } from './BackupsCard';
