// What other features may use of the identities feature.
export { Field, FormFooter, Spinner, type Message } from './Field';
export { readAsBase64 } from './files';
export { Fingerprint, IdentitiesCard } from './IdentitiesCard';
export { SigningDialog, type Signing } from './SigningDialog';
