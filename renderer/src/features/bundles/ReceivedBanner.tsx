import type { ReceivedMarker } from '../../db/database';
import './bundles.css';
import { useFormat } from '../../ui/use-format';
import { useT } from '../../ui/use-t';
import { useTopic } from '../../ui/use-topic';
import { bundleStrings } from './strings';

/** Where a received assessment came from, who signed it and when; and that it is read-only. */
export function ReceivedBanner({ marker }: { marker: ReceivedMarker }) {
  useTopic(bundleStrings);
  const t = useT();
  const format = useFormat();
  const date = format.date(marker.sentAt);
  const from = marker.from || t('bundles.import.unknownCreator');
  const sentences = [
    marker.via === 'report' && marker.signer
      ? t('bundles.marker.fromReport', { from, signer: marker.signer, date })
      : t('bundles.marker.fromBundle', { from, file: marker.fileName, date }),
    ...(marker.via === 'bundle' ? [marker.signer ? t('bundles.marker.signedBy', { signer: marker.signer }) : t('bundles.marker.notSigned')] : []),
    t('bundles.marker.readOnly'),
  ];
  return (
    <div className="banner received-banner" role="note" data-received={marker.via}>
      <strong>{t('bundles.marker.title')}</strong> {sentences.join(' ')}
    </div>
  );
}
