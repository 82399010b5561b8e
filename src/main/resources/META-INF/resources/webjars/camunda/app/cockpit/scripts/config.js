// Årshjul's Cockpit configuration: it replaces the (empty) file of the same name in Camunda's webjar.
export default {
  // the webapps' logout ends the single sign-on too (Tasklist's script, shared)
  customScripts: ['../tasklist/aarshjul/sso-logout']
};
