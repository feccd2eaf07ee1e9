import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n';

export const useLanguage = (): Language => (useTranslation().i18n.language === 'de' ? 'de' : 'en');
