/*
 * Keeps the path page's block "What 'complete' means" (#certification, rendered by the portal) as current as the path
 * graph and the next step: after each answer the item player announces ("learnpath:answered" on document; a finished
 * placement assessment announces "learnpath:placed"), the block is fetched again from /learn/certification until it
 * reads differently (the recommender applies answers asynchronously), for at most FOLLOW_MS; a newer answer takes over.
 * The portal renders the block in one place only (its template); this script swaps in what the portal renders. When the
 * fetch fails (an ended session, the recommender down), the block stays as it was: the page still reloads it.
 */

const ANSWERED = 'learnpath:answered';
const PLACED = 'learnpath:placed';
const POLL_MS = 700;
const FOLLOW_MS = 15000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const words = (element) => element.textContent.replace(/\s+/g, ' ').trim();

let generation = 0;

/** The block as the portal renders it now, or null. */
async function load(goal) {
  const query = goal ? `?goal=${encodeURIComponent(goal)}` : '';
  let response;
  try {
    response = await fetch(`/learn/certification${query}`, {
      headers: { Accept: 'text/html', 'X-LearnPath-Request': '1' }, credentials: 'same-origin', redirect: 'manual',
    });
  } catch {
    return null;
  }
  if (!response.ok) return null;
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  return template.content.querySelector('#certification');
}

/** Replaces the block, keeping the list open or closed as the learner left it while the phase stays the same. */
function replace(shown, fresh) {
  const before = shown.querySelector('details');
  const after = fresh.querySelector('details');
  if (before && after && shown.dataset.modulesLeft === fresh.dataset.modulesLeft) after.open = before.open;
  const focused = shown.contains(document.activeElement) ? document.activeElement.tagName : null;
  shown.replaceWith(fresh);
  if (focused === 'SUMMARY') fresh.querySelector('summary')?.focus();
}

async function follow() {
  const mine = ++generation;
  const shown = document.getElementById('certification');
  if (!shown) return;
  const before = words(shown);
  const until = Date.now() + FOLLOW_MS;
  while (Date.now() < until) {
    await sleep(POLL_MS);
    if (mine !== generation) return;
    const fresh = await load(shown.dataset.goal);
    if (mine !== generation) return;
    if (fresh && words(fresh) !== before) {
      const current = document.getElementById('certification');
      if (current) replace(current, fresh);
      return;
    }
  }
}

document.addEventListener(ANSWERED, follow);
document.addEventListener(PLACED, follow);
