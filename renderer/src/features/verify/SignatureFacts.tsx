import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../ui/use-t';
import type { SignatureReport } from '@shared/verify/report';
import { Fingerprint } from '../../ui/Fingerprint';
import { useFormat } from '../../ui/use-format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A date from the file: shown formatted when it parses, as written otherwise (it is the signer's claim, not ours). */
function When({ value, format }: { value: string; format: (value: string) => string }) {
  const time = Date.parse(value);
  return <time dateTime={value}>{Number.isNaN(time) ? value : format(new Date(time).toISOString())}</time>;
}

type Trust = 'yes' | 'stated' | 'no';
const trustMessages = {
  yes: 'verify.signature.trusted',
  stated: 'verify.signature.trustedStated',
  no: 'verify.signature.untrusted',
} as const satisfies Record<Trust, string>;

interface Props {
  signature: SignatureReport;
  /** 1-based place among the file's signatures, oldest first. */
  position: number;
  total: number;
  /** How many revisions the file has. */
  revisions: number;
  /** The document's verdict is valid: only then is anything about this signature shown as confirmed. */
  verified: boolean;
}

/**
 * One signature: who signed (certificate, fingerprint, trust), when by their own
 * clock, with what, and how much of the file it covers. With several signatures
 * each gets a numbered heading, its status and its own problem; alone, the
 * verdict above already says both.
 */
export function SignatureFacts({ signature, position, total, revisions, verified }: Props) {
  const t = useT();
  const formats = useFormat();
  const headingId = useId();
  const many = total > 1;
  const signer = signature.signer;
  const fingerprint = signer?.fingerprint ?? signature.fingerprint;
  // Validity is judged at the moment the result is first shown.
  const [now] = useState(Date.now);
  const expired = signer ? Date.parse(signer.notAfter) < now : false;
  const notYetValid = signer ? Date.parse(signer.notBefore) > now : false;
  // Revision 0: the verifier could not place a malformed signature in any revision, so coverage is not known.
  const placed = signature.revision > 0;
  // A known certificate vouches for nothing while the file does not verify: it is only what the file says.
  const trust: Trust = !signature.trusted ? 'no' : verified ? 'yes' : 'stated';
  // Likewise a signature that holds for its own revision is not shown as good news in a document that does not verify.
  const statusTone = signature.status === 'valid' && !verified ? 'valid-part' : signature.status;
  const hasLaterRevisions = placed && (signature.revision < revisions || signature.laterChanges !== 'none');
  const covers = t(signature.wholeDocument ? 'verify.signature.coversWhole' : 'verify.signature.coversPart', {
    revision: signature.revision,
    total: Math.max(revisions, signature.revision),
  });
  const later =
    signature.laterChanges === 'signatures'
      ? t('verify.signature.laterSignatures')
      : signature.laterChanges === 'content'
        ? signature.changedParts.length > 0
          ? t('verify.signature.laterContent', { parts: formats.list(signature.changedParts.map((part) => t(`verify.signature.parts.${part}`))) })
          : t('verify.signature.laterContentUnspecified')
        : t('verify.signature.laterNone');

  return (
    <section className="verify-signer" aria-labelledby={headingId} data-signature={position} data-status={signature.status}>
      <div className="verify-signer-head">
        <h3 id={headingId}>{many ? t('verify.signature.numbered', { position, total }) : t('verify.signature.title')}</h3>
        {many && <span className={`verify-badge verify-signature-${statusTone}`}>{t(`verify.signature.status.${signature.status}`)}</span>}
      </div>
      {many && signature.problem && <p className="verify-problem">{t(`verify.problems.${signature.problem}`)}</p>}
      <dl className="facts verify-facts">
        {signer && (
          <>
            <Fact label={t('verify.signature.name')}>
              <strong>{signer.name}</strong>
            </Fact>
            {signer.organisation && <Fact label={t('verify.signature.organisation')}>{signer.organisation}</Fact>}
            {signer.email && <Fact label={t('verify.signature.email')}>{signer.email}</Fact>}
          </>
        )}
        {signature.time && (
          <Fact label={t('verify.signature.signedAt')}>
            <When value={signature.time} format={formats.dateTime} /> <span className="muted">({t('verify.signature.signedAtHint')})</span>
          </Fact>
        )}
        {signature.reason && <Fact label={t('verify.signature.reason')}>{signature.reason}</Fact>}
        {signature.location && <Fact label={t('verify.signature.location')}>{signature.location}</Fact>}
        {signer && (
          <>
            <Fact label={t('verify.signature.issuer')}>{signer.issuer}</Fact>
            <Fact label={t('verify.signature.validity')}>
              <When value={signer.notBefore} format={formats.date} /> – <When value={signer.notAfter} format={formats.date} />
              {expired && <span className="verify-badge verify-badge-danger">{t('verify.signature.certificateExpired')}</span>}
              {notYetValid && <span className="verify-badge verify-badge-danger">{t('verify.signature.certificateNotYetValid')}</span>}
            </Fact>
          </>
        )}
        {fingerprint && (
          <Fact label={t('verify.signature.fingerprint')}>
            <Fingerprint value={fingerprint} />
          </Fact>
        )}
        {signature.algorithm && (
          <Fact label={t('verify.signature.algorithm')}>
            <span translate="no">{signature.algorithm}</span>
          </Fact>
        )}
        {signature.padesLevel && <Fact label={t('verify.signature.standard')}>{t(`verify.signature.pades.${signature.padesLevel}`)}</Fact>}
        {placed && <Fact label={t('verify.signature.covers')}>{covers}</Fact>}
        {hasLaterRevisions && <Fact label={t('verify.signature.later')}>{later}</Fact>}
        {fingerprint && (
          <Fact label={t('verify.signature.trust')}>
            <span className={`verify-trust verify-trust-${trust}`} data-trusted={signature.trusted}>
              {t(trustMessages[trust])}
            </span>
          </Fact>
        )}
      </dl>
    </section>
  );
}
