// Camunda 7.24 Tasklist decides whether "Complete" is enabled by counting the keys of form-js's error
// object on every change. form-js leaves an empty entry behind for every field inside a dynamic list
// (its errors are keyed by field id and list index), so once a planner has touched a focus area or a
// goal, Complete stays disabled for good, although nothing is wrong.
//
// We keep Complete enabled for Camunda Forms. Nothing is lost: on Complete, Tasklist still runs form-js's
// full validation (which only reports real errors, shows them and stops), and the server validates every
// submission again (dk.aarshjul.engine.FormValidationParseListener). See docs/adr/0003-tasklist-fix.md.
const FORM = '[cam-tasklist-form-camunda]';

function keepCompleteEnabled(element) {
  const angular = window.angular;
  if (!angular || element.dataset.aarshjulFixed) {
    return;
  }
  let scope = angular.element(element).scope();
  // the scope that owns the button's state, not a child scope that inherits it
  while (scope && !Object.prototype.hasOwnProperty.call(scope, 'disableCompleteButton')) {
    scope = scope.$parent;
  }
  if (!scope) {
    return;
  }
  element.dataset.aarshjulFixed = 'true';
  Object.defineProperty(scope, '$invalid', {
    configurable: true,
    get: () => false,
    set: () => {}
  });
  scope.$applyAsync();
}

new MutationObserver(() => document.querySelectorAll(FORM).forEach(keepCompleteEnabled))
  .observe(document.documentElement, {childList: true, subtree: true});
