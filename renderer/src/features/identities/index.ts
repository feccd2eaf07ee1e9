// What other features may use of the identities feature.
export { IdentitiesCard } from './IdentitiesCard';
export { SigningDialog, type Signing } from './SigningDialog';
