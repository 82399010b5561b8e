// "Årshjul" in Tasklist's menu (see docs/adr/0021-the-annual-wheel.md): a link to the municipality's
// annual wheel (/api/wheel, read with the Tasklist login), first in the menu beside the user's name, once
// someone is logged in. It opens in a new tab, so the task list and a form being filled in stay as they are.
function addWheelLink() {
  const menu = document.querySelector('nav.cam-nav.app-menu > ul');
  if (!menu || !menu.querySelector('li.account') || menu.querySelector('li.aarshjul-wheel')) {
    return;
  }
  const root = document.querySelector('base').getAttribute('app-root').replace(/\/camunda\/?$/, '');
  const item = document.createElement('li');
  item.className = 'aarshjul-wheel';
  const link = document.createElement('a');
  link.href = `${root}/api/wheel`;
  link.target = '_blank';
  link.rel = 'noopener';
  const icon = document.createElement('span');
  icon.className = 'glyphicon glyphicon-refresh';
  icon.setAttribute('aria-hidden', 'true');
  link.append(icon, ' Årshjul');
  link.title = 'Årshjulet: hvor kommunens år står, med frister og forsinkede trin (åbner i en ny fane)';
  item.appendChild(link);
  menu.insertBefore(item, menu.firstChild);
}

new MutationObserver(addWheelLink).observe(document.documentElement, {childList: true, subtree: true});
addWheelLink();

export default {};
