import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages, type Language } from '@shared/i18n';

export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['de', 'en'],
    resources: {
      de: { translation: messages.de },
      en: { translation: messages.en },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return instance;
}
