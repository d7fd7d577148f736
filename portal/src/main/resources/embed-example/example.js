/*
 * The example host page's configuration of the LearnPath elements. A real host knows the services' addresses and
 * has its own way to the signed-in user's access token; this page reads the addresses from data- attributes that
 * the LearnPath portal wrote, and asks that portal for the token (/embed/token).
 *
 * configure() runs right after the import, in the same module: the elements, already in the page, make their first
 * call only after that (and reload whenever configure() is called again).
 */
import '/embed/learnpath-elements.js';

const settings = document.getElementById('learnpath-settings').dataset;
const status = document.getElementById('host-status');

/** Renew the token this long before it expires. */
const MARGIN_MS = 30_000;
/** A token without a known expiry is asked for again after this long. */
const UNKNOWN_EXPIRY_MS = 60_000;

let cached = null;
let pending = null;

function showStatus(text) {
  status.textContent = text;
}

async function fetchToken() {
  const response = await fetch('/embed/token', {
    headers: { 'X-LearnPath-Request': '1', Accept: 'application/json' },
    credentials: 'same-origin',
    cache: 'no-store',
    // An ended portal session answers with a redirect to the sign-in page: report it instead of following it.
    redirect: 'manual'
  });
  if (!response.ok) {
    cached = null;
    const ended = response.type === 'opaqueredirect' || response.status === 401 || response.status === 499;
    showStatus(ended ? 'Your sign-in has ended. Reload the page to sign in again.'
      : 'Your access token could not be fetched (error ' + response.status + '). Reload the page to try again.');
    throw new Error('no access token');
  }
  const body = await response.json();
  const expires = body.expiresAt ? Date.parse(body.expiresAt) : Date.now() + UNKNOWN_EXPIRY_MS + MARGIN_MS;
  cached = { token: body.accessToken, renewAt: expires - MARGIN_MS };
  return cached.token;
}

/** The user's current access token; concurrent callers share one request. */
async function tokenProvider() {
  if (cached && Date.now() < cached.renewAt) {
    return cached.token;
  }
  if (!pending) {
    pending = fetchToken().finally(() => { pending = null; });
  }
  return pending;
}

if (!window.LearnPath || typeof window.LearnPath.configure !== 'function') {
  showStatus('The LearnPath elements could not be loaded.');
} else {
  window.LearnPath.configure({
    recommenderUrl: settings.recommenderUrl,
    assessmentUrl: settings.assessmentUrl,
    tokenProvider
  });
}
