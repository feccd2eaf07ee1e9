import './fingerprint.css';

/** A SHA-256 fingerprint with a line-break opportunity after every byte, so it wraps between pairs. */
export function fingerprintParts(fingerprint: string): string[] {
  return fingerprint.split(':').map((pair, index, all) => (index < all.length - 1 ? `${pair}:` : pair));
}

/** A SHA-256 fingerprint in a monospaced block that wraps between byte pairs. */
export function Fingerprint({ value }: { value: string }) {
  return (
    <code className="fingerprint" translate="no">
      {fingerprintParts(value).map((part, index) => (
        <span key={index}>
          {part}
          <wbr />
        </span>
      ))}
    </code>
  );
}
