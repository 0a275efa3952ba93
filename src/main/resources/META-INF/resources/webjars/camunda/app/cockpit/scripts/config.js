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
  // UK order and the 24-hour clock (Camunda's defaults are American: "December 3, 2026 7:40 AM"). The webapps show
  // times in the browser's time zone, named in their footer ("Time zone: Europe/London" on the force's machines).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm:ss',
    short: 'D MMMM YYYY'
  },
  // the webapps' login form is closed: go to the force's sign-in page instead (app/cockpit/scripts/one-login.js)
  customScripts: ['scripts/one-login']
};
