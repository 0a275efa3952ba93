// Cockpit as the force's supervisors see it (Camunda's documented webapp configuration).
export default {
  app: {
    name: 'Stalking case processes',
    vendor: 'Hertfordshire Constabulary ·'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true
};
