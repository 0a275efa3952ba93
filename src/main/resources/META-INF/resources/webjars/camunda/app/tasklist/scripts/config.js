// Tasklist as the force's officers see it (Camunda's documented webapp configuration; the rest is Camunda's default).
export default {
  app: {
    name: 'Stalking case tasks',
    vendor: 'Hertfordshire Constabulary ·'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
  // names for Tasklist's icon-only controls (app/tasklist/scripts/accessible-names.js); the webapps' login form is
  // closed: go to the force's sign-in page instead (app/tasklist/scripts/one-login.js); the server's refusal of a
  // task form shown at each refused field (app/tasklist/scripts/field-refusals.js)
  customScripts: ['scripts/accessible-names', 'scripts/one-login', 'scripts/field-refusals'],
  // UK order and the 24-hour clock (Camunda's defaults are American). Tasklist shows times in the browser's time
  // zone, named in its footer ("Time zone: Europe/London" on the force's machines).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'D MMMM YYYY'
  },

  // Camunda's own keyboard shortcuts, kept: this file replaces its default config.
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
