// Admin as the force's administrators see it (Camunda's documented webapp configuration).
export default {
  app: {
    name: 'Stalking case system administration',
    vendor: 'Hertfordshire Constabulary ·'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
  // the webapps' login form is closed: go to the force's sign-in page instead (app/admin/scripts/one-login.js)
  customScripts: ['scripts/one-login']
};
