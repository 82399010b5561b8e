// Logging out of the webapps ends the single sign-on too (see docs/adr/0013-single-sign-on-with-openid-connect.md).
// The webapps log out with a request of their own, which cannot take the browser anywhere; with single sign-on
// the server names the identity provider's logout in a header of its answer, and this script goes there, so the
// person is logged out of the provider as well and lands on Årshjul's "Du er logget ud" page. Without single
// sign-on the header is absent and Camunda's own logout goes on as always. Loaded by Tasklist, Cockpit and Admin.
const LOCATION = 'X-Aarshjul-Logout-Location';
const LOGOUT = /\/api\/admin\/auth\/user\/[^/]+\/logout$/;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  if (String(method).toUpperCase() === 'POST' && LOGOUT.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      const location = this.getResponseHeader(LOCATION);
      if (this.status < 400 && location) {
        window.location.assign(location);
      }
    });
  }
  return open.apply(this, arguments);
};

