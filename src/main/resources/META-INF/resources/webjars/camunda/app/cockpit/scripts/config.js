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
  disableWelcomeMessage: true,
  // the webapps' login form is closed: go to the force's sign-in page instead (app/cockpit/scripts/one-login.js)
  customScripts: ['scripts/one-login']
};
