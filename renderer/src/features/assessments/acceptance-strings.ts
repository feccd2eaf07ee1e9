import { acceptanceDe, acceptanceEn } from '@shared/i18n/acceptance';
import type { TopicStrings } from '../../ui/use-topic';

export const acceptanceStrings: TopicStrings = { en: acceptanceEn, de: acceptanceDe };
