// What other features may use of the vendors feature.
export { NoValue, Rating, RecommendationBadge, StatusBadge, TierBadge } from './display';
