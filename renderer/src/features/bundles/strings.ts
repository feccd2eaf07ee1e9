import { bundlesDe, bundlesEn } from '@shared/i18n/bundles';
import type { TopicStrings } from '../../ui/use-topic';

export const bundleStrings: TopicStrings = { en: bundlesEn, de: bundlesDe };
