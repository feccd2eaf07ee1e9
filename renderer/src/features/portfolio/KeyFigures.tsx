import { useT } from '../../ui/use-t';
import { KEY_FIGURE_EXPIRY_DAYS, type PortfolioKeyFigures } from '@shared/portfolio';
import { recommendations, type Recommendation } from '@shared/scoring/types';
import type { CertificateChoice } from './view-state';

interface Props {
  figures: PortfolioKeyFigures;
  recommendation: Recommendation | 'none' | '';
  reviewOverdue: boolean;
  certificate: CertificateChoice;
  onRecommendation: (value: Recommendation | 'none' | '') => void;
  onReviewOverdue: (value: boolean) => void;
  onCertificate: (value: CertificateChoice) => void;
}

const expiringChoice = String(KEY_FIGURE_EXPIRY_DAYS) as CertificateChoice;

/**
 * The header figures. The ones that name a group of vendors are toggle buttons
 * that filter the table to that group.
 */
export function KeyFigures({ figures, recommendation, reviewOverdue, certificate, onRecommendation, onReviewOverdue, onCertificate }: Props) {
  const t = useT();
  const decided = figures.approve + figures.approveWithConditions + figures.reject;
  const openSevere = figures.openCritical + figures.openHigh;
  return (
    <ul className="portfolio-figures" aria-label={t('portfolio.figures.label')}>
      <li className="portfolio-figure" data-figure="vendors">
        <span className="portfolio-figure-label">{t('portfolio.figures.vendors')}</span>
        <span className="portfolio-figure-value">{figures.vendors}</span>
        <span className="portfolio-figure-note">
          {figures.notAssessed > 0 ? t('portfolio.figures.notAssessed', { count: figures.notAssessed }) : t('portfolio.figures.allAssessed')}
        </span>
      </li>
      <li className="portfolio-figure portfolio-figure-wide" data-figure="decisions">
        <span className="portfolio-figure-label">{t('portfolio.figures.decisions')}</span>
        <span className="portfolio-decision-bar" aria-hidden="true">
          {decided > 0 &&
            recommendations.map((r) => (figures[r] > 0 ? <span key={r} className={`portfolio-decision-${r}`} style={{ flexGrow: figures[r] }} /> : null))}
        </span>
        <span className="portfolio-decisions">
          {recommendations.map((r) => (
            <button
              key={r}
              type="button"
              className={`portfolio-decision portfolio-decision-button-${r}`}
              aria-pressed={recommendation === r}
              data-recommendation={r}
              onClick={() => onRecommendation(recommendation === r ? '' : r)}
            >
              <span className="portfolio-decision-count">{figures[r]}</span>
              <span>{t(`portfolio.figures.${r}`)}</span>
            </button>
          ))}
        </span>
      </li>
      <li className={`portfolio-figure${openSevere > 0 ? ' is-alert' : ''}`} data-figure="findings">
        <span className="portfolio-figure-label">{t('portfolio.figures.findings')}</span>
        <span className="portfolio-figure-value">{openSevere}</span>
        <span className="portfolio-figure-note">{t('portfolio.figures.findingsBreakdown', { critical: figures.openCritical, high: figures.openHigh })}</span>
      </li>
      <li className={`portfolio-figure${figures.reviewsOverdue > 0 ? ' is-alert' : ''}`} data-figure="overdue">
        <button type="button" className="portfolio-figure-button" aria-pressed={reviewOverdue} onClick={() => onReviewOverdue(!reviewOverdue)}>
          <span className="portfolio-figure-label">{t('portfolio.figures.overdue')}</span>
          <span className="portfolio-figure-value">{figures.reviewsOverdue}</span>
          <span className="portfolio-figure-note">{reviewOverdue ? t('portfolio.figures.showingOnly') : t('portfolio.figures.show')}</span>
        </button>
      </li>
      <li className={`portfolio-figure${figures.certificatesExpiring > 0 ? ' is-warning' : ''}`} data-figure="expiring">
        <button
          type="button"
          className="portfolio-figure-button"
          aria-pressed={certificate === expiringChoice}
          onClick={() => onCertificate(certificate === expiringChoice ? '' : expiringChoice)}
        >
          <span className="portfolio-figure-label">{t('portfolio.figures.expiring', { days: KEY_FIGURE_EXPIRY_DAYS })}</span>
          <span className="portfolio-figure-value">{figures.certificatesExpiring}</span>
        </button>
        <button
          type="button"
          className={`portfolio-figure-note portfolio-figure-link${figures.certificatesExpired > 0 ? ' is-alert' : ''}`}
          aria-pressed={certificate === 'expired'}
          disabled={figures.certificatesExpired === 0 && certificate !== 'expired'}
          onClick={() => onCertificate(certificate === 'expired' ? '' : 'expired')}
        >
          {t('portfolio.figures.expired', { count: figures.certificatesExpired })}
        </button>
      </li>
    </ul>
  );
}
