// Årshjul's Tasklist configuration: it replaces the file of the same name in Camunda's webjar.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Årshjul'
  },
  // Danish first (locales/da.json, ours); English for a browser that asks for it
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  },
  // our patches of Tasklist and form-js, each explained in its file and in docs/adr/0008-tasklist-plugins.md
  customScripts: ['aarshjul/tasklist-fixes', 'aarshjul/danish-forms', 'aarshjul/server-errors', 'aarshjul/staff-screen',
    'aarshjul/sso-logout', 'aarshjul/wheel-link', 'aarshjul/accessibility'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'tager den valgte opgave'},
    focusFilter: {key: 'ctrl+shift+f', description: 'går til det første filter'},
    focusList: {key: 'ctrl+alt+l', description: 'går til den første opgave på listen'},
    focusForm: {key: 'ctrl+alt+f', description: 'går til det første felt i opgavens formular'},
    startProcess: {key: 'ctrl+alt+p', description: 'åbner dialogen til at starte en proces'}
  }
};
