import type { Widen } from './widen';

/**
 * Strings for what a certificate or report states and how long it counts as current,
 * shared by the answer form, the report, the comparison and its exports.
 */
export const certificationEn = {
  certification: {
    facts: {
      period: 'period {{range}}',
      periodEnding: 'period ending {{date}}',
      issued: 'issued {{date}}',
      bridgeLetter: 'bridge letter to {{date}}',
      currentUntil: 'current until {{date}}',
    },
    marker: {
      currentUntil: 'Current until {{date}}',
      expiresToday: 'expires today',
      expiresIn_one: 'expires in {{count}} day',
      expiresIn_other: 'expires in {{count}} days',
      expiredAgo_one: 'expired {{count}} day ago',
      expiredAgo_other: 'expired {{count}} days ago',
      asOf: 'as of the assessment date, {{date}}',
    },
    rule: {
      certificate: 'A certificate counts as current until the expiry date printed on it.',
      report:
        'A report counts as current for {{months}} months after its period ends; a bridge letter extends this to {{bridgeMonths}} months after the date it covers, if that is later.',
    },
  },
};

export const certificationDe: Widen<typeof certificationEn> = {
  certification: {
    facts: {
      period: 'Prüfzeitraum {{range}}',
      periodEnding: 'Prüfzeitraum bis {{date}}',
      issued: 'ausgestellt am {{date}}',
      bridgeLetter: 'Überbrückungserklärung bis {{date}}',
      currentUntil: 'aktuell bis {{date}}',
    },
    marker: {
      currentUntil: 'Aktuell bis {{date}}',
      expiresToday: 'läuft heute ab',
      expiresIn_one: 'läuft in {{count}} Tag ab',
      expiresIn_other: 'läuft in {{count}} Tagen ab',
      expiredAgo_one: 'seit {{count}} Tag abgelaufen',
      expiredAgo_other: 'seit {{count}} Tagen abgelaufen',
      asOf: 'zum Bewertungsdatum, {{date}}',
    },
    rule: {
      certificate: 'Ein Zertifikat gilt als aktuell bis zu dem darauf angegebenen Ablaufdatum.',
      report:
        'Ein Bericht gilt {{months}} Monate nach Ende seines Prüfzeitraums als aktuell; eine Überbrückungserklärung verlängert dies auf {{bridgeMonths}} Monate nach dem Datum, bis zu dem sie reicht, sofern das später ist.',
    },
  },
};
