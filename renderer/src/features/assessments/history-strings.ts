import { historyDe, historyEn } from '@shared/i18n/history';
import type { TopicStrings } from '../../ui/use-topic';

export const historyStrings: TopicStrings = { en: historyEn, de: historyDe };
