/*
 * LearnPath custom elements: <learnpath-path-graph>, <learnpath-next-step>, <learnpath-item-player> and
 * <learnpath-placement>.
 *
 * One ES module with no dependencies and no build step, so that the portal and any other site can load it with
 * <script type="module" src=".../embed/learnpath-elements.js">. The elements render into light DOM (no shadow root)
 * so that the host's CSS and accessibility checkers see their content; their look comes from
 * learnpath-elements.css, linked by the host next to the script. Nothing here injects <style> elements or style=""
 * markup, since pages served with "style-src 'self'" (the portal's) must work unchanged; text from the services is
 * always inserted as text, never parsed as HTML.
 *
 * API (every element): attributes goal (a goal slug; default the learner's chosen goal), recommender-url and
 * assessment-url (service base URLs); property tokenProvider (per element, like the global one); method refresh().
 * After a stored answer the player dispatches "learnpath:answered" on document (detail {itemId, correct}); the graph
 * and the next step then poll until the recommender shows the answer and redraw. The placement dispatches
 * "learnpath:placed" (detail {goalSlug, placedModules: [slug]}) once finished; the graph and the next step follow it
 * the same way and the player loads the question the new path asks. State for scripts and tests: data-loaded="true"
 * once shown, data-revision (graph and next step) counts the data drawn, data-state on the player (loading |
 * question | answered | complete | empty | error) and on the placement (loading | intro | question | answered |
 * finishing | complete | skipped | error; data-placement: none | IN_PROGRESS | COMPLETED | SKIPPED).
 *
 * Two ways to reach the services:
 *  - on the portal's own pages (no token provider): calls go to the portal's same-origin proxy, /bff/recommender and
 *    /bff/assessment, with the header "X-LearnPath-Request: 1"; the portal adds the user's token on its server;
 *  - on a foreign host: LearnPath.configure({recommenderUrl, assessmentUrl, tokenProvider}) (or the element
 *    attributes recommender-url / assessment-url); calls go straight to the services, cross-origin, with
 *    "Authorization: Bearer <await tokenProvider()>" and no cookies.
 */

const ANSWERED = 'learnpath:answered';
/** The recommender applies answers asynchronously (assessment outbox -> Kafka): poll this often, this long. */
const POLL_MS = 700;
const FOLLOW_MS = 15000;
/** How long "Next question" waits for the recommender to move past the item just answered. */
const NEXT_ITEM_WAIT_MS = 8000;
const SESSION_ITEMS = 20;
const SESSION_STORE = 'learnpath.session';
/** Dispatched on document when a placement assessment is finished: the path starts past the placed modules. */
const PLACED = 'learnpath:placed';
/** The placement's assessment session (id, learner, placement), so that a reload goes on in the same session. */
const PLACEMENT_STORE = 'learnpath.placement';
/** At most this many placement questions until the recommender says otherwise (its maxItems). */
const PLACEMENT_ITEMS = 20;
/** How long the placement waits for the recommender to apply an answer before offering to try again. */
const PLACEMENT_WAIT_MS = 15000;

const settings = { recommenderUrl: null, assessmentUrl: null, tokenProvider: null };
/** GET requests under way, by base URL and path, shared by the elements of a page. */
const inFlight = new Map();
const connected = new Set();

/**
 * Sets how every element reaches the services (element attributes still win per element). Elements already on the
 * page reload with the new settings, so a host may call this after the module has defined them.
 */
export function configure(options = {}) {
  for (const key of Object.keys(settings)) {
    if (key in options) settings[key] = options[key] ?? null;
  }
  for (const element of connected) element.refresh();
}

window.LearnPath = Object.assign(window.LearnPath || {}, { configure });

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

let lastId = 0;
const uniqueId = (prefix) => `lp-${prefix}-${++lastId}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percent = (x) => `${Math.round((Number(x) || 0) * 100)}%`;

/** Builds an element: attributes (null/false skipped, on* are listeners) and children (strings become text). */
function h(tag, attributes = {}, ...children) {
  return build(document.createElement(tag), attributes, children);
}

const SVG = 'http://www.w3.org/2000/svg';
function s(tag, attributes = {}, ...children) {
  return build(document.createElementNS(SVG, tag), attributes, children);
}

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat(Infinity).filter((child) => child != null && child !== false));
  return element;
}

/** crypto.randomUUID exists only in secure contexts; a host served over plain http still needs idempotency keys. */
function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A refusal or failure, with a sentence fit for the learner. */
class LearnPathError extends Error {
  constructor(message, status = 0, problem = null) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

/** Turns an RFC 9457 problem (or any failed response) into one readable sentence; never shows raw JSON. */
async function failure(response, context) {
  let problem = null;
  if ((response.headers.get('Content-Type') || '').includes('json')) {
    try { problem = await response.json(); } catch { /* an unreadable body: the status speaks alone */ }
  }
  const fields = (problem?.errors ?? []).map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
  const detail = [problem?.detail || problem?.title, ...fields].filter(Boolean).join(' ');
  const status = response.status;
  let message;
  if (status === 401) message = 'Your sign-in has expired. Reload the page to sign in again.';
  else if (status === 403) message = detail || 'You are not allowed to do this: your account needs the learner role.';
  else if (status === 404 && context.noGoal) message = 'You have not chosen a goal yet. Choose one to see your path.';
  else if (status >= 500) message = `LearnPath is not available right now (error ${status}). Try again in a moment.`;
  else message = detail || `LearnPath refused the request (error ${status}).`;
  return new LearnPathError(message, status, problem);
}

// ---------------------------------------------------------------------------------------------------------------
// The base element: settings, calls to the services, errors

class LearnPathElement extends HTMLElement {
  static observedAttributes = ['goal', 'recommender-url', 'assessment-url'];

  connectedCallback() {
    // Custom elements are inline by default; the graph needs a width to lay itself out. Host CSS still wins.
    if (getComputedStyle(this).display === 'inline') this.style.display = 'block';
    connected.add(this);
    // Deferred so that a host's configure() right after importing the module comes before the first call.
    queueMicrotask(() => this.isConnected && !this.started && this.refresh());
  }

  disconnectedCallback() {
    connected.delete(this);
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && this.started && this.isConnected) this.refresh();
  }

  /** Reloads from the services and redraws; resolves when done (errors are shown in the element). */
  async refresh() {
    this.started = true;
  }

  get goalQuery() {
    const goal = this.getAttribute('goal');
    return goal ? `?goal=${encodeURIComponent(goal)}` : '';
  }

  /**
   * Calls a service and returns its JSON (null for 204); throws LearnPathError with a readable message. Elements on
   * one page often ask the same thing at once (the next-step card and the player both read /next): a GET already
   * under way is shared instead of sent twice.
   */
  api(service, method, path, options = {}) {
    if (method !== 'GET') {
      return this.call(service, method, path, options);
    }
    const key = `${this.baseUrl(service)} ${path}`;
    let pending = inFlight.get(key);
    if (!pending) {
      pending = this.call(service, method, path, options).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  }

  baseUrl(service) {
    return this.getAttribute(`${service}-url`) || settings[`${service}Url`] || `/bff/${service}`;
  }

  async call(service, method, path, { body, headers = {} } = {}) {
    const base = this.baseUrl(service);
    const tokenProvider = this.tokenProvider || settings.tokenProvider;
    const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    if (tokenProvider) {
      let token;
      try {
        token = await tokenProvider();
      } catch {
        throw new LearnPathError('The page could not get your LearnPath sign-in. Reload it to try again.', 401);
      }
      init.headers.Authorization = `Bearer ${token}`;
      init.mode = 'cors';
      init.credentials = 'omit';
    } else {
      init.headers['X-LearnPath-Request'] = '1';
      init.credentials = 'same-origin';
      // An ended portal session answers with a redirect to the sign-in page: report it instead of following it.
      init.redirect = 'manual';
    }
    let response;
    try {
      response = await fetch(base.replace(/\/+$/, '') + path, init);
    } catch {
      throw new LearnPathError('LearnPath could not be reached. Check your connection and try again.');
    }
    if (response.type === 'opaqueredirect' || response.status === 499) {
      throw new LearnPathError('Your session has ended. Reload the page to sign in again.', 401);
    }
    if (!response.ok) {
      throw await failure(response, { noGoal: path.startsWith('/api/learners/me/') && !this.goalQuery });
    }
    return response.status === 204 ? null : response.json();
  }

  /** An alert with a way to try again; replaces any earlier one. */
  showError(error, retry) {
    this.clearError();
    const box = h('div', { class: 'lp-error', role: 'alert' },
      h('p', {}, error instanceof LearnPathError ? error.message : 'Something went wrong in LearnPath.'),
      retry && h('button', { type: 'button', class: 'lp-retry lp-secondary', onclick: retry }, 'Try again'));
    this.prepend(box);
    return box;
  }

  clearError() {
    this.querySelectorAll(':scope > .lp-error').forEach((e) => e.remove());
  }
}

/**
 * An element that shows recommender data and follows the learner's answers: on learnpath:answered (and
 * learnpath:placed) it polls until the data differs from what it shows (the recommender sees an answer only after
 * Kafka delivered it), then redraws.
 */
class FollowingElement extends LearnPathElement {
  #shown = null;
  #generation = 0;
  #onAnswered = () => this.follow();

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener(ANSWERED, this.#onAnswered);
    document.addEventListener(PLACED, this.#onAnswered);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener(ANSWERED, this.#onAnswered);
    document.removeEventListener(PLACED, this.#onAnswered);
    this.#generation++;
  }

  async refresh() {
    await super.refresh();
    const generation = ++this.#generation;
    this.setAttribute('aria-busy', 'true');
    try {
      const data = await this.load();
      if (generation === this.#generation) this.#show(data);
    } catch (error) {
      if (generation === this.#generation) this.showError(error, () => this.refresh());
    } finally {
      if (generation === this.#generation) this.removeAttribute('aria-busy');
    }
  }

  /** Polls until the data changed, for at most FOLLOW_MS; a newer answer or refresh takes over. */
  async follow() {
    const generation = ++this.#generation;
    const before = this.#shown;
    const until = Date.now() + FOLLOW_MS;
    while (Date.now() < until) {
      await sleep(POLL_MS);
      if (generation !== this.#generation || !this.isConnected) return;
      try {
        const data = await this.load();
        if (generation !== this.#generation) return;
        if (this.fingerprint(data) !== before) {
          this.#show(data);
          return;
        }
      } catch { /* a failed poll is retried by the next one */ }
    }
  }

  #show(data) {
    this.#shown = this.fingerprint(data);
    this.clearError();
    this.render(data);
    this.dataset.loaded = 'true';
    this.dataset.revision = String(Number(this.dataset.revision || 0) + 1);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// <learnpath-path-graph>: the path as a layered graph

/** Status as a word and a colour; text colours keep >= 4.5:1 on their fill (checked: 6.6, 7.2, 7.7). */
const STATUS = {
  MASTERED: { word: 'Mastered', text: '#116329', stroke: '#1a7f37', fill: '#dafbe1', bar: '#1a7f37' },
  READY: { word: 'Ready', text: '#0a4f94', stroke: '#0b5cad', fill: '#ddf4ff', bar: '#0b5cad' },
  LOCKED: { word: 'Locked', text: '#424a53', stroke: '#6e7781', fill: '#eaeef2', bar: '#57606a' },
};
/** Step kinds in words; a kind added later shows as the recommender names it rather than failing. */
const STEP_WORDS = { STUDY: 'Study', REVIEW: 'Review', CERTIFY: 'Certification check', GOAL_COMPLETE: 'Goal complete' };

/** Geometry in SVG units; the viewBox is as wide as the element in CSS pixels, so 13 units read as 13 px text. */
const G = { pad: 12, gapX: 16, rowGap: 26, layerGap: 44, nodeH: 86, minW: 140, maxW: 210, charW: 8.2 };

/** The prerequisites of each module inside the path (older recommenders sent only missingPrerequisites). */
function prerequisitesOf(modules) {
  const inPath = new Set(modules.map((m) => m.slug));
  return new Map(modules.map((m) => [m.slug,
    (m.prerequisites ?? m.missingPrerequisites ?? []).filter((p) => inPath.has(p) && p !== m.slug)]));
}

/**
 * Layers (layer = length of the longest prerequisite chain below a module), each ordered to reduce crossings:
 * study order first, then barycentre sweeps down, up and down again.
 */
function layers(modules, prereqs) {
  const layerOf = new Map();
  const visiting = new Set();
  const depth = (slug) => {
    if (layerOf.has(slug)) return layerOf.get(slug);
    if (visiting.has(slug)) return 0; // the catalog refuses cycles; never loop on bad data anyway
    visiting.add(slug);
    const layer = Math.max(-1, ...prereqs.get(slug).map(depth)) + 1;
    visiting.delete(slug);
    layerOf.set(slug, layer);
    return layer;
  };
  const rows = [];
  for (const m of modules) (rows[depth(m.slug)] ??= []).push(m.slug);

  const dependents = new Map(modules.map((m) => [m.slug, []]));
  for (const [slug, list] of prereqs) list.forEach((p) => dependents.get(p).push(slug));
  const sweep = (neighbours, order) => {
    for (const i of order) {
      const position = new Map();
      rows.forEach((row) => row.forEach((slug, j) => position.set(slug, (j + 0.5) / row.length)));
      const centre = (slug) => {
        const near = neighbours.get(slug);
        return near.length ? near.reduce((sum, n) => sum + position.get(n), 0) / near.length : position.get(slug);
      };
      rows[i] = rows[i].map((slug) => [centre(slug), slug]).sort((a, b) => a[0] - b[0]).map(([, slug]) => slug);
    }
  };
  const down = [...rows.keys()].slice(1);
  const up = [...rows.keys()].reverse().slice(1);
  sweep(prereqs, down);
  sweep(dependents, up);
  sweep(prereqs, down);
  return rows;
}

/** Positions: layers top to bottom; a layer wider than the element wraps onto several rows. */
function layout(modules, width) {
  const prereqs = prerequisitesOf(modules);
  const rows = layers(modules, prereqs);
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const perRow = Math.max(1, Math.min(widest, Math.floor((width - 2 * G.pad + G.gapX) / (G.minW + G.gapX))));
  const nodeW = Math.min(G.maxW, (width - 2 * G.pad - (perRow - 1) * G.gapX) / perRow);
  const at = new Map();
  const lines = []; // every drawn row: its top and the left edges of its nodes, for routing edges around nodes
  let y = G.pad + 14; // room for the "Next step" label above a first-row node
  for (const row of rows) {
    for (let start = 0; start < row.length; start += perRow) {
      const chunk = row.slice(start, start + perRow);
      let x = (width - (chunk.length * nodeW + (chunk.length - 1) * G.gapX)) / 2;
      const xs = [];
      for (const slug of chunk) {
        at.set(slug, { x, y });
        xs.push(x);
        x += nodeW + G.gapX;
      }
      lines.push({ y, xs });
      y += G.nodeH + G.rowGap;
    }
    y += G.layerGap - G.rowGap;
  }
  return { prereqs, at, lines, perRow, nodeW, height: y - G.layerGap + G.pad };
}

/**
 * An edge from (x1, y1) down to (x2, y2) that never crosses a node: through each row in between it passes in the
 * gap (or margin) nearest to the straight line, and between rows it bends with vertical tangents, so that every
 * curve stays in the empty band between two rows.
 */
function route(x1, y1, x2, y2, lines, nodeW) {
  const points = [[x1, y1]];
  for (const { y, xs } of lines) {
    if (y <= y1 || y + G.nodeH >= y2) continue;
    const want = x1 + ((x2 - x1) * (y + G.nodeH / 2 - y1)) / (y2 - y1);
    const gaps = [xs[0] - G.gapX / 2, ...xs.map((x) => x + nodeW + G.gapX / 2)];
    const gx = gaps.reduce((best, g) => (Math.abs(g - want) < Math.abs(best - want) ? g : best));
    points.push([gx, y - 6], [gx, y + G.nodeH + 6]);
  }
  points.push([x2, y2]);
  let d = `M${x1},${y1}`;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const bend = (by - ay) / 2;
    d += i % 2 === 0 ? ` L${bx},${by}` : ` C${ax},${ay + bend} ${bx},${by - bend} ${bx},${by}`;
  }
  return d;
}

/** Up to two lines of at most maxChars, the last one ending in an ellipsis when the title is longer. */
function wrap(text, maxChars, maxLines = 2) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(/\s+/).filter(Boolean)) {
    if (!line || `${line} ${word}`.length <= maxChars) line = line ? `${line} ${word}` : word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const clipped = lines.length > maxLines;
  return lines.slice(0, maxLines).map((l, i) =>
    (l.length > maxChars || (clipped && i === maxLines - 1) ? `${l.slice(0, maxChars - 1).trimEnd()}…` : l));
}

/** Spreads the ends of several edges along a node's side so that they do not merge into one line. */
function spread(count, index, nodeW) {
  const step = Math.min(18, nodeW / (count + 1));
  return (index - (count - 1) / 2) * step;
}

class PathGraph extends FollowingElement {
  #path = null;
  #drawnFor = null; // { perRow, width } of the current drawing, to redraw only when the layout would change
  #resizes = new ResizeObserver(() => this.#relayout());
  #markerId = uniqueId('arrow');
  #captionId = uniqueId('path-summary');

  connectedCallback() {
    super.connectedCallback();
    this.#resizes.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizes.disconnect();
  }

  load() {
    return this.api('recommender', 'GET', `/api/learners/me/path${this.goalQuery}`);
  }

  /** Answers change practice counts; mastery alone also drifts with time (decay), which is no reason to redraw. */
  fingerprint(p) {
    return JSON.stringify([p.goalSlug, p.complete, p.nextStep?.kind, p.nextStep?.moduleSlug, p.nextStep?.skillCode,
      p.modules.map((m) => [m.slug, m.status, m.skills.map((sk) => sk.practiceCount), m.placement?.sentence ?? null])]);
  }

  render(path) {
    this.#path = path;
    this.#draw();
  }

  get #width() {
    return Math.round(this.getBoundingClientRect().width) || 640;
  }

  /** A new width redraws the same data (data-revision unchanged) when it changes how many nodes fit in a row. */
  #relayout() {
    if (!this.#path || !this.#drawnFor) return;
    const width = this.#width;
    if (Math.abs(width - this.#drawnFor.width) < 24) return; // a scrollbar coming and going must not loop
    if (layout(this.#path.modules, width).perRow !== this.#drawnFor.perRow) this.#draw();
  }

  #draw() {
    const path = this.#path;
    const width = this.#width;
    const modules = path.modules ?? [];
    const next = path.complete ? null : path.nextStep;
    const titleOf = new Map(modules.map((m) => [m.slug, m.title || m.slug]));
    const goal = path.goalName || path.goalSlug;
    // Every module mastered is not yet complete: the goal also needs its certification check (kind CERTIFY).
    const summary = `Path to ${goal}: ${path.masteredModules} of ${path.totalModules} modules mastered`
      + (path.complete ? '. Goal complete.'
        : next?.kind === 'CERTIFY' ? `. Next: the certification check${next.skillName ? ` of ${next.skillName}` : ''}.`
          : next?.moduleSlug
            ? `. Next: ${STEP_WORDS[next.kind] ?? next.kind} ${titleOf.get(next.moduleSlug) ?? next.moduleTitle}.` : '.');
    const caption = h('p', { class: 'lp-path-summary', id: this.#captionId }, summary);

    if (modules.length === 0) {
      this.replaceChildren(caption, h('p', {}, 'This goal has no modules yet.'));
      this.#drawnFor = null;
      return;
    }
    const { prereqs, at, lines, perRow, nodeW, height } = layout(modules, width);
    const nextSlug = next?.moduleSlug;

    // Edges first, so that nodes are drawn over them.
    const outgoing = new Map(modules.map((m) => [m.slug, []]));
    for (const [slug, list] of prereqs) list.forEach((p) => outgoing.get(p).push(slug));
    const byX = (a, b) => at.get(a).x - at.get(b).x;
    const edges = [];
    for (const m of modules) {
      const incoming = [...prereqs.get(m.slug)].sort(byX);
      incoming.forEach((from, i) => {
        const out = outgoing.get(from).sort(byX);
        const a = at.get(from);
        const b = at.get(m.slug);
        const x1 = a.x + nodeW / 2 + spread(out.length, out.indexOf(m.slug), nodeW);
        const y1 = a.y + G.nodeH;
        const x2 = b.x + nodeW / 2 + spread(incoming.length, i, nodeW);
        const y2 = b.y - 2;
        const met = modules.find((x) => x.slug === from)?.status === 'MASTERED';
        edges.push(s('path', {
          class: `lp-edge${met ? ' lp-edge-met' : ''}`, 'data-from': from, 'data-to': m.slug,
          d: route(x1, y1, x2, y2, lines, nodeW),
          fill: 'none', stroke: '#57606a', 'stroke-width': 1.5, 'stroke-dasharray': met ? null : '5 4',
          'marker-end': `url(#${this.#markerId})`,
        }, s('title', {}, `${titleOf.get(from)} comes before ${titleOf.get(m.slug)}`)));
      });
    }

    const maxChars = Math.max(8, Math.floor((nodeW - 20) / G.charW));
    const nodes = modules.map((m) => this.#node(m, at.get(m.slug), nodeW, maxChars, m.slug === nextSlug, path));

    const svg = s('svg', {
      class: 'lp-graph', viewBox: `0 0 ${width} ${Math.ceil(height)}`, width: '100%', role: 'img',
      'aria-labelledby': this.#captionId,
    },
    s('defs', {}, s('marker', {
      id: this.#markerId, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6,
      orient: 'auto-start-reverse',
    }, s('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#57606a' }))),
    s('g', { class: 'lp-edges' }, edges),
    s('g', { class: 'lp-nodes' }, nodes));

    const placed = modules.filter((m) => m.placement);
    const legend = h('p', { class: 'lp-graph-legend' },
      `Arrows lead from a module to the modules that build on it (dashed while it is not mastered). `
      + `Bars show the mastery of each skill; the tick marks the ${percent(path.masteryThreshold)} needed. `
      + (nextSlug ? 'The dashed orange outline marks your next step. ' : '')
      + (placed.length ? '“Placed” marks a module the placement assessment placed you past.' : ''));

    this.replaceChildren(...[caption, svg, legend, placed.length > 0 && this.#placed(placed, titleOf),
      this.#list(modules, titleOf, nextSlug, path)].filter(Boolean));
    this.#drawnFor = { perRow, width };
  }

  /** The placement's sentence for each module it placed the learner past, the recommender's words verbatim. */
  #placed(placed, titleOf) {
    return h('details', { class: 'lp-placed' },
      h('summary', {}, `Placed by the placement assessment (${placed.length})`),
      h('ul', {}, placed.map((m) => h('li', { 'data-module': m.slug },
        h('strong', {}, titleOf.get(m.slug)), m.placement.sentence ? `: ${m.placement.sentence}` : ''))));
  }

  #node(m, { x, y }, w, maxChars, isNext, path) {
    const status = STATUS[m.status] ? m.status : 'LOCKED';
    const placement = m.placement;
    const look = STATUS[status];
    const skills = m.skills ?? [];
    const mastered = skills.filter((sk) => sk.mastered).length;
    const title = m.title || m.slug;
    const barY = 68;
    const barW = skills.length ? (w - 20 - (skills.length - 1) * 4) / skills.length : 0;
    return s('g', {
      class: `lp-node lp-node-${status}${isNext ? ' lp-next' : ''}${placement ? ' lp-placed-node' : ''}`,
      'data-module': m.slug, 'data-status': status, 'data-next': isNext ? 'true' : null,
      'data-placed': placement ? 'true' : null, transform: `translate(${x},${y})`,
    },
    s('title', {}, `${title}: ${look.word}, ${mastered} of ${skills.length} skills mastered${isNext ? '. Your next step.' : '.'}`
      + (placement?.sentence ? ` ${placement.sentence}` : '')),
    // Above the node's right corner, where the "Next step" label (left corner) never is.
    placement && s('text', {
      class: 'lp-placed-label', x: w, y: -9, 'font-size': 11, 'font-weight': 700, 'text-anchor': 'end', fill: '#116329',
    }, 'Placed'),
    isNext && s('rect', {
      class: 'lp-next-outline', x: -5, y: -5, width: w + 10, height: G.nodeH + 10, rx: 11,
      fill: 'none', stroke: '#bf5700', 'stroke-width': 3, 'stroke-dasharray': '7 4',
    }),
    isNext && s('text', { class: 'lp-next-label', x: 0, y: -9, 'font-size': 11, 'font-weight': 700, fill: '#8a3f00' },
      'Next step'),
    s('rect', {
      class: 'lp-node-box', width: w, height: G.nodeH, rx: 8, fill: look.fill, stroke: look.stroke, 'stroke-width': 1.5,
    }),
    wrap(title, maxChars).map((line, i) => s('text', {
      class: 'lp-node-title', x: 10, y: 21 + i * 16, 'font-size': 13, 'font-weight': 600, fill: '#1f2328',
    }, line)),
    s('text', { class: 'lp-node-status', x: 10, y: 58, 'font-size': 12, 'font-weight': 700, fill: look.text },
      look.word),
    s('text', { class: 'lp-node-skills', x: w - 10, y: 58, 'font-size': 12, 'text-anchor': 'end', fill: look.text },
      `${mastered}/${skills.length} skills`),
    skills.map((sk, i) => {
      const bx = 10 + i * (barW + 4);
      const mastery = Math.min(1, Math.max(0, Number(sk.mastery) || 0));
      return s('g', { class: 'lp-skill', 'data-skill': sk.code },
        s('title', {}, `${sk.name || sk.code}: ${percent(mastery)} mastery${sk.mastered ? ', mastered' : ''}`
          + `, practised ${sk.practiceCount ?? 0} times`),
        s('rect', { x: bx, y: barY, width: barW, height: 8, rx: 2, fill: '#ffffff', stroke: '#6e7781', 'stroke-width': 0.75 }),
        s('rect', { class: 'lp-skill-bar', x: bx, y: barY, width: barW * mastery, height: 8, rx: 2, fill: look.bar }),
        s('line', {
          x1: bx + barW * path.masteryThreshold, x2: bx + barW * path.masteryThreshold, y1: barY - 2, y2: barY + 10,
          stroke: '#1f2328', 'stroke-width': 1.25,
        }));
    }));
  }

  /** The same content as text, for screen readers (the SVG is one image to them). */
  #list(modules, titleOf, nextSlug, path) {
    const prereqs = prerequisitesOf(modules);
    return h('ul', { class: 'lp-module-list lp-visually-hidden' }, modules.map((m) => {
      const needs = prereqs.get(m.slug).map((p) => titleOf.get(p));
      const skills = (m.skills ?? []).map((sk) =>
        `${sk.name || sk.code} ${percent(sk.mastery)}${sk.mastered ? ' (mastered)' : ''}`);
      return h('li', { 'data-module': m.slug },
        `${titleOf.get(m.slug)}: ${STATUS[m.status]?.word ?? m.status}.`
        + (m.slug === nextSlug ? ' Your next step.' : '')
        + (m.placement ? ' Placed by the placement assessment'
          + (m.placement.sentence ? `: ${m.placement.sentence.replace(/\.?$/, '.')}` : '.') : '')
        + (needs.length ? ` Builds on ${needs.join(', ')}.` : '')
        + (skills.length ? ` Skills: ${skills.join(', ')}.` : ''));
    }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// <learnpath-next-step>: what to do now and why

class NextStep extends FollowingElement {
  load() {
    return this.api('recommender', 'GET', `/api/learners/me/next${this.goalQuery}`);
  }

  fingerprint(next) {
    return JSON.stringify([next.step, next.item?.itemId]);
  }

  render(next) {
    const step = next.step ?? {};
    const target = step.kind === 'GOAL_COMPLETE' ? null : step.moduleTitle || step.moduleSlug;
    const itemReason = next.item?.reason?.sentence;
    this.replaceChildren(...[
      h('p', { class: 'lp-step' },
        h('span', { class: 'lp-step-kind', 'data-kind': step.kind }, STEP_WORDS[step.kind] ?? step.kind),
        target && ' ', target && h('strong', { class: 'lp-step-module', 'data-module': step.moduleSlug }, target),
        step.skillName && step.kind !== 'GOAL_COMPLETE' && h('span', { class: 'lp-step-skill' }, `: ${step.skillName}`)),
      // The recommender's own sentence, verbatim: it is written for the learner.
      h('p', { class: 'lp-reason' }, step.reason?.sentence ?? ''),
      itemReason && itemReason !== step.reason?.sentence && h('p', { class: 'lp-item-reason' }, itemReason),
    ].filter(Boolean));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Questions: what the item player and the placement assessment share. An item is shown as the assessment service
// serves it (stem, type, choices: never its key); the key and the explanation come with the graded answer only.

/** "The right answer" in words: choice texts, the number with its tolerance, or the accepted answers. */
function describeAnswer(key, question) {
  if (!key) return ['The right answer', 'not given'];
  const text = (k) => question.choices?.find((c) => c.key === k)?.text ?? k;
  if (key.choice != null) return ['The right answer', text(key.choice)];
  if (key.choices) return [key.choices.length === 1 ? 'The right answer' : 'The right answers', key.choices.map(text).join('; ')];
  if (key.value != null) return ['The right answer', key.tolerance ? `${key.value} (± ${key.tolerance})` : String(key.value)];
  if (key.accepted) return [key.accepted.length === 1 ? 'The accepted answer' : 'Accepted answers',
    key.accepted.map((a) => `“${a}”`).join(' or ')];
  return ['The right answer', 'not given'];
}

/** The form of one question: its stem as the legend, choices or an answer field, and "Submit answer". */
function questionForm(question, onsubmit) {
  const errorId = uniqueId('answer-error');
  const inputId = uniqueId('answer');
  const type = question.type;
  let inputs;
  if (type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE') {
    const single = type === 'SINGLE_CHOICE';
    inputs = [
      !single && h('p', { class: 'lp-hint' }, 'Choose every right answer.'),
      (question.choices ?? []).map((c) => h('label', { class: 'lp-choice', 'data-key': c.key },
        h('input', { type: single ? 'radio' : 'checkbox', name: single ? 'choice' : 'choices', value: c.key,
          'aria-describedby': errorId }),
        h('span', {}, c.text))),
    ];
  } else {
    const numeric = type === 'NUMERIC';
    inputs = [
      h('label', { for: inputId }, numeric ? 'Your answer (a number)' : 'Your answer'),
      h('input', numeric
        ? { id: inputId, type: 'number', step: 'any', name: 'value', inputmode: 'decimal', 'aria-describedby': errorId }
        : { id: inputId, type: 'text', name: 'text', maxlength: 500, autocomplete: 'off', 'aria-describedby': errorId }),
    ];
  }
  return h('form', {
    class: 'lp-question', 'data-item-id': question.id, 'data-type': type, novalidate: true, onsubmit,
  },
  h('fieldset', {},
    h('legend', { class: 'lp-stem' }, question.stem),
    inputs,
    h('p', { class: 'lp-field-error', id: errorId, hidden: true })),
  h('button', { type: 'submit', class: 'lp-submit' }, 'Submit answer'));
}

/** The response in the shape ResponseRequest wants, or null after showing what is missing. */
function readResponse(form) {
  const type = form.dataset.type;
  const error = form.querySelector('.lp-field-error');
  const refuse = (message) => {
    error.textContent = message;
    error.hidden = false;
    form.querySelectorAll('input').forEach((i) => i.setAttribute('aria-invalid', 'true'));
    form.querySelector('input')?.focus();
    return null;
  };
  error.hidden = true;
  form.querySelectorAll('input').forEach((i) => i.removeAttribute('aria-invalid'));
  if (type === 'SINGLE_CHOICE') {
    const choice = form.querySelector('input[name=choice]:checked')?.value;
    return choice ? { choice } : refuse('Choose an answer.');
  }
  if (type === 'MULTIPLE_CHOICE') {
    const choices = [...form.querySelectorAll('input[name=choices]:checked')].map((i) => i.value);
    return choices.length ? { choices } : refuse('Choose at least one answer.');
  }
  if (type === 'NUMERIC') {
    const value = form.querySelector('input[name=value]').valueAsNumber;
    return Number.isFinite(value) ? { value } : refuse('Enter a number, for example 42 or 0.5.');
  }
  const text = form.querySelector('input[name=text]').value.trim();
  return text ? { text } : refuse('Type an answer.');
}

/**
 * Sends the answer filled in {@code form} to the session that served the question; returns the graded result, or
 * null after showing in the form why nothing was stored (or what was missing). {@code attempt.key} is the
 * Idempotency-Key, kept across retries after a network error so that the service never counts an answer twice.
 * {@code reload} shows the session's current question again (offered when the session refuses the answer).
 */
async function sendAnswer(element, form, attempt, { session, question, shownAt, announce, reload }) {
  const response = readResponse(form);
  if (!response) return null;
  const button = form.querySelector('.lp-submit');
  button.disabled = true;
  form.querySelector(':scope > .lp-error')?.remove();
  announce('Saving your answer…');
  attempt.key ??= newKey();
  try {
    const result = await element.api('assessment', 'POST', `/api/sessions/${encodeURIComponent(session.id)}/answers`, {
      headers: { 'Idempotency-Key': attempt.key },
      body: {
        itemId: question.id, response,
        responseTimeMillis: Math.min(86400000, Math.round(performance.now() - shownAt)),
      },
    });
    attempt.key = null;
    return result;
  } catch (error) {
    // A refusal stored nothing: the next try is a new answer. A lost connection or a server error may have
    // stored it: the retry keeps the key, so the service returns that result instead of counting it twice.
    if (error.status >= 400 && error.status < 500) attempt.key = null;
    button.disabled = false;
    const message = error.status ? error.message
      : `${error.message} Your answer may not have been saved: submit again, it will not be counted twice.`;
    const alert = h('div', { class: 'lp-error', role: 'alert' }, h('p', {}, message),
      error.status === 409 && h('button', {
        type: 'button', class: 'lp-reload lp-secondary', onclick: reload,
      }, 'Load the current question'));
    button.before(alert);
    return null;
  }
}

/** Shows the graded answer under its question (verdict, key, explanation) and then {@code next}; returns the box. */
function showFeedback(form, result, question, next) {
  form.querySelector('fieldset').disabled = true;
  form.querySelector('.lp-submit').hidden = true;
  const key = result.correctAnswer ?? {};
  const right = new Set([key.choice, ...(key.choices ?? [])].filter(Boolean));
  form.querySelectorAll('.lp-choice').forEach((label) => {
    if (right.has(label.dataset.key)) {
      label.classList.add('lp-choice-right');
      label.append(h('span', { class: 'lp-choice-mark' }, ' (right answer)'));
    }
  });
  const [label, answer] = describeAnswer(result.correctAnswer, question);
  const box = h('div', { class: 'lp-feedback', 'data-correct': String(result.correct), tabindex: '-1' },
    h('p', { class: 'lp-verdict' }, h('span', { 'aria-hidden': 'true' }, result.correct ? '✓ ' : '✗ '),
      result.correct ? 'Right.' : 'Wrong.'),
    h('p', { class: 'lp-correct-answer' }, `${label}: ${answer}`),
    h('p', { class: 'lp-explanation' }, result.explanation || 'No explanation was written for this question.'),
    next);
  form.after(box);
  box.focus();
  return box;
}

// ---------------------------------------------------------------------------------------------------------------
// <learnpath-item-player>: answers the items the recommender names, inside an assessment session

class ItemPlayer extends LearnPathElement {
  #live = h('p', { class: 'lp-live lp-visually-hidden', role: 'status', 'aria-live': 'polite' });
  #body = h('div', { class: 'lp-player-body' });
  #generation = 0;
  #current = null; // { question, session, next, shownAt }
  #attempt = { key: null }; // the Idempotency-Key of the answer being sent: kept across retries after a network error
  // A placement changes the path: the practice question shown may no longer be the one the recommender names.
  #onPlaced = () => {
    if (this.started && this.dataset.state !== 'answered') this.#load({});
  };

  connectedCallback() {
    if (!this.contains(this.#body)) this.replaceChildren(this.#live, this.#body);
    super.connectedCallback();
    document.addEventListener(PLACED, this.#onPlaced);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener(PLACED, this.#onPlaced);
  }

  async refresh() {
    await super.refresh();
    await this.#load({});
  }

  /** avoid: the item just answered (the recommender may still name it); focus: move focus to the question. */
  async #load({ avoid = null, focus = false }) {
    const generation = ++this.#generation;
    this.clearError();
    this.#state('loading');
    this.#body.replaceChildren(h('p', { class: 'lp-loading' }, 'Loading a question…'));
    this.#announce('Loading a question…');
    try {
      let next = await this.#recommend();
      const until = Date.now() + NEXT_ITEM_WAIT_MS;
      while (avoid && next.item?.itemId === avoid && Date.now() < until) {
        await sleep(POLL_MS);
        if (generation !== this.#generation) return;
        next = await this.#recommend();
      }
      if (generation !== this.#generation) return;
      if (!next.item) {
        this.#empty(next);
        return;
      }
      const served = await this.#serve(next);
      if (generation !== this.#generation) return;
      if (!served) {
        this.#empty(next);
        return;
      }
      this.#question(served.question, served.session, next, focus);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#state('error');
      this.#body.replaceChildren();
      this.showError(error, () => this.#load({ focus: true }));
    }
  }

  #recommend() {
    return this.api('recommender', 'GET', `/api/learners/me/next${this.goalQuery}`);
  }

  /**
   * Gets the recommended item served by a SKILL session on the item's skill (the session takes answers only to the
   * item it served). A session is reused while the skill stays the same, also across reloads (sessionStorage).
   */
  async #serve(next) {
    const { itemId, skillCode } = next.item;
    let session = this.#storedSession(next.learnerId, skillCode);
    if (session) {
      try {
        const question = await this.#nextItem(session, itemId);
        if (question) return { question, session };
      } catch (error) {
        if (error.status === 409) {
          // Already answered in this session: the recommender has not seen that answer yet. Let the session
          // choose another item of the same skill rather than ask the same question twice in a row.
          const own = await this.#nextItem(session, null);
          if (own) return { question: own, session };
        } else if (error.status !== 404) {
          throw error;
        }
      }
    }
    // No session yet, or it is complete, gone, or out of items: a new one serves the recommended item.
    session = await this.api('assessment', 'POST', '/api/sessions',
      { body: { kind: 'SKILL', target: skillCode, items: SESSION_ITEMS } });
    this.#storeSession({ id: session.id, learnerId: next.learnerId, skill: skillCode });
    const question = await this.#nextItem(session, itemId);
    return question ? { question, session } : null;
  }

  #nextItem(session, itemId) {
    const query = itemId ? `?itemId=${encodeURIComponent(itemId)}` : '';
    return this.api('assessment', 'GET', `/api/sessions/${encodeURIComponent(session.id)}/next-item${query}`);
  }

  #storedSession(learnerId, skill) {
    try {
      const stored = JSON.parse(sessionStorage.getItem(SESSION_STORE) || 'null');
      return stored && stored.learnerId === learnerId && stored.skill === skill ? stored : null;
    } catch {
      return null; // storage may be unavailable (privacy settings, sandboxed frames): just start a new session
    }
  }

  #storeSession(session) {
    try {
      if (session) sessionStorage.setItem(SESSION_STORE, JSON.stringify(session));
      else sessionStorage.removeItem(SESSION_STORE);
    } catch { /* see #storedSession */ }
  }

  #empty(next) {
    const complete = next.step?.kind === 'GOAL_COMPLETE';
    this.#state(complete ? 'complete' : 'empty');
    const skill = next.step?.skillName || next.step?.skillCode;
    const text = complete
      ? 'Goal complete: you have mastered every module of this goal, and your answers show that you know its skills.'
        + ' There is nothing left to practise.'
      : `No question is published for ${skill ? `“${skill}”` : 'your next step'} yet. `
        + 'Study the module’s resources and come back later.';
    this.#body.replaceChildren(h('p', { class: 'lp-player-empty' }, text));
    this.#announce(text);
  }

  #question(question, session, next, focus) {
    this.#current = { question, session, next, shownAt: performance.now() };
    this.#attempt = { key: null };
    const skill = next.item.skillCode === next.step?.skillCode ? next.step?.skillName : null;
    const form = questionForm(question, (event) => this.#submit(event));
    const check = next.step?.kind === 'CERTIFY';
    this.#body.replaceChildren(
      h('p', { class: 'lp-practising' }, `${check ? 'Certification check:' : 'Practising'} ${skill || next.item.skillCode}`
        + (next.step?.moduleTitle ? ` (${next.step.moduleTitle})` : '')),
      form);
    this.#state('question');
    this.#announce('Question loaded.');
    if (focus) form.querySelector('input')?.focus();
  }

  async #submit(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const current = this.#current;
    if (!current) return;
    const result = await sendAnswer(this, form, this.#attempt, {
      session: current.session, question: current.question, shownAt: current.shownAt,
      announce: (text) => this.#announce(text), reload: () => this.#load({ focus: true }),
    });
    if (!result) return;
    if (result.sessionCompleted) this.#storeSession(null);
    showFeedback(form, result, current.question, h('button', {
      type: 'button', class: 'lp-next-item', onclick: () => this.#load({ avoid: result.itemId, focus: true }),
    }, 'Next question'));
    this.#state('answered');
    this.#announce(result.correct ? 'Answer saved: right.' : 'Answer saved: wrong.');
    document.dispatchEvent(new CustomEvent(ANSWERED,
      { bubbles: true, composed: true, detail: { itemId: result.itemId, correct: result.correct } }));
  }

  #state(state) {
    this.dataset.state = state;
    if (state !== 'loading') this.dataset.loaded = 'true';
  }

  #announce(text) {
    this.#live.textContent = text;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// <learnpath-placement>: the placement assessment of a goal, at most maxItems questions the recommender chooses
// across the whole goal; when it is done, the recommender places the learner past the modules the answers show known.

/** What a completed placement found, in one sentence (the portal renders the same words without script). */
function placementSummary(count) {
  return count === 0
    ? 'The placement assessment did not place you past any module: your path starts at its beginning.'
    : `The placement assessment placed you past ${count === 1 ? '1 module' : `${count} modules`}.`;
}

/**
 * States (data-state): loading, intro (never started: Start and Skip; in progress: how far, Resume and Skip),
 * question, answered (the graded answer and "Next question"), finishing, complete (the placed modules), skipped (a
 * link-like button to take it after all), error (what went wrong and "Try again"). data-placement is the placement's
 * status as last read: none, IN_PROGRESS, COMPLETED or SKIPPED.
 */
class Placement extends LearnPathElement {
  #live = h('p', { class: 'lp-live lp-visually-hidden', role: 'status', 'aria-live': 'polite' });
  #body = h('div', { class: 'lp-placement-body' });
  #generation = 0;
  #view = null; // the placement as last read (null: never started)
  #current = null; // { question, session, view, shownAt } while a question is shown or answered
  #attempt = { key: null };

  connectedCallback() {
    if (!this.contains(this.#body)) {
      // What the host rendered (the portal renders the state it read) stays in view until the element has its own.
      this.#body.append(...this.childNodes);
      this.replaceChildren(this.#live, this.#body);
    }
    super.connectedCallback();
  }

  async refresh() {
    await super.refresh();
    await this.#load();
  }

  /** The query naming the placement's goal: the placement's own once read, else the goal attribute (or none). */
  #goalOf(view) {
    return view?.goalSlug ? `?goal=${encodeURIComponent(view.goalSlug)}` : this.goalQuery;
  }

  /** The latest placement of the goal, or null when the learner never started one (404). */
  async #read() {
    try {
      return await this.api('recommender', 'GET', `/api/learners/me/placement${this.goalQuery}`);
    } catch (error) {
      if (error.status === 404) return null;
      throw error;
    }
  }

  async #load() {
    const generation = ++this.#generation;
    this.clearError();
    this.#state('loading');
    // A host that rendered the state (data-placement) keeps it in view, even an empty one (skipped), until loaded.
    if (!this.dataset.placement && !this.#body.textContent.trim()) {
      this.#body.replaceChildren(h('p', { class: 'lp-loading' }, 'Loading…'));
    }
    try {
      const view = await this.#read();
      if (generation !== this.#generation) return;
      this.#show(view, false);
    } catch (error) {
      if (generation === this.#generation) this.#failed(error, () => this.#load(), false);
    }
  }

  /** Shows a placement at rest: the invitation, how far it got, what it found, or (skipped) a link to take it. */
  #show(view, focus) {
    this.#view = view;
    this.dataset.placement = view?.status ?? 'none';
    if (view?.status === 'COMPLETED') this.#complete(view, focus);
    else if (view?.status === 'SKIPPED') this.#skipped(focus);
    else this.#intro(view, focus);
  }

  #intro(view, focus) {
    const max = view?.maxItems || PLACEMENT_ITEMS;
    const started = view?.status === 'IN_PROGRESS';
    const answered = Math.min(max, view?.answered ?? 0);
    const go = h('button', {
      type: 'button', class: started ? 'lp-placement-resume' : 'lp-placement-start', onclick: () => this.#start(),
    }, started ? 'Resume the placement assessment' : 'Start the placement assessment');
    this.#body.replaceChildren(h('div', { class: 'lp-placement-box' },
      started
        ? [h('p', { class: 'lp-placement-lead' },
          `You have started the placement assessment: ${answered} of at most ${max} questions answered.`),
        this.#progress(answered, max)]
        : h('p', { class: 'lp-placement-lead' }, h('strong', {}, 'Already know some of this?'),
          ` Take the placement assessment (at most ${max} questions): it places you past the modules you already`
          + ' know, so that your path starts where you are.'),
      h('p', { class: 'lp-placement-actions' }, go, ' ',
        h('button', { type: 'button', class: 'lp-secondary lp-placement-skip', onclick: () => this.#skip() },
          'Skip the placement assessment'))));
    this.#state('intro');
    if (focus) go.focus();
  }

  #progress(answered, max) {
    return h('progress', {
      class: 'lp-placement-progress', max, value: answered,
      'aria-label': `Placement assessment: ${answered} of at most ${max} questions answered`,
    }, `${answered} of ${max}`);
  }

  /** Starts the placement, or resumes the one in progress (the recommender answers it instead of a new one). */
  async #start() {
    const generation = ++this.#generation;
    this.#busy('Starting the placement assessment…');
    try {
      const goal = this.getAttribute('goal');
      const view = await this.api('recommender', 'POST', '/api/learners/me/placement',
        { body: goal ? { goalSlug: goal } : {} });
      if (generation !== this.#generation) return;
      await this.#continue(view, generation);
    } catch (error) {
      if (generation === this.#generation) this.#failed(error, () => this.#start());
    }
  }

  /** Reads the placement again and goes on from wherever it is (the retry after a failure during the questions). */
  async #resume() {
    const generation = ++this.#generation;
    this.#busy('Loading the placement assessment…');
    try {
      const view = await this.#read();
      if (generation !== this.#generation) return;
      if (view?.status === 'IN_PROGRESS') await this.#continue(view, generation);
      else this.#show(view, true);
    } catch (error) {
      if (generation === this.#generation) this.#failed(error, () => this.#resume());
    }
  }

  /** Shows the next question of a placement in progress, or finishes it when the recommender has no more. */
  async #continue(view, generation) {
    this.#view = view;
    this.dataset.placement = view.status;
    if (view.status !== 'IN_PROGRESS') {
      this.#show(view, true);
      return;
    }
    if (view.done || !view.next) {
      await this.#finish(view, generation);
      return;
    }
    let served;
    try {
      served = await this.#serve(view);
    } catch (error) {
      if (error.status !== 409) throw error;
      // The session has this item answered already, and the recommender has not applied that answer yet (the page
      // was reloaded while it was on its way): wait for it rather than ask the same question twice.
      const moved = await this.#applied(view, () => generation === this.#generation);
      if (moved && generation === this.#generation) await this.#continue(moved, generation);
      return;
    }
    if (generation === this.#generation) this.#question(served.question, served.session, view);
  }

  /**
   * Gets the item the recommender chose served by the placement's assessment session. The session is kept in
   * sessionStorage, so that a reload goes on in the same session; a complete or lost one is replaced.
   */
  async #serve(view) {
    const itemId = view.next.itemId;
    let session = this.#storedSession(view);
    if (session) {
      try {
        const question = await this.#nextItem(session, itemId);
        if (question) return { question, session };
      } catch (error) {
        if (error.status !== 404) throw error;
      }
    }
    session = await this.api('assessment', 'POST', '/api/sessions', {
      body: { kind: 'PLACEMENT', target: view.goalSlug, items: Math.min(50, view.maxItems || PLACEMENT_ITEMS) },
    });
    this.#storeSession({ id: session.id, learnerId: view.learnerId, placementId: view.placementId });
    const question = await this.#nextItem(session, itemId);
    if (!question) throw new LearnPathError('The placement assessment could not load its next question.');
    return { question, session };
  }

  #nextItem(session, itemId) {
    return this.api('assessment', 'GET', `/api/sessions/${encodeURIComponent(session.id)}/next-item`
      + `?itemId=${encodeURIComponent(itemId)}`);
  }

  #question(question, session, view) {
    this.#current = { question, session, view, shownAt: performance.now() };
    this.#attempt = { key: null };
    const max = view.maxItems || PLACEMENT_ITEMS;
    const number = Math.min(max, view.answered + 1);
    const form = questionForm(question, (event) => this.#submit(event));
    this.#body.replaceChildren(h('div', { class: 'lp-placement-box' },
      h('p', { class: 'lp-placement-count' }, `Placement assessment: question ${number} of at most ${max}`),
      this.#progress(view.answered, max),
      view.next.moduleTitle && h('p', { class: 'lp-practising' }, `From the module ${view.next.moduleTitle}`),
      form,
      h('p', { class: 'lp-hint' }, 'You can stop at any time: your answers are kept, and you resume where you left.')));
    this.#state('question');
    this.#announce(`Question ${number} of at most ${max}.`);
    form.querySelector('input')?.focus();
  }

  async #submit(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const current = this.#current;
    if (!current) return;
    const result = await sendAnswer(this, form, this.#attempt, {
      session: current.session, question: current.question, shownAt: current.shownAt,
      announce: (text) => this.#announce(text), reload: () => this.#resume(),
    });
    if (!result || current !== this.#current) return;
    if (result.sessionCompleted) this.#storeSession(null);
    // The answer reaches the recommender asynchronously: start waiting for it now, while the learner reads.
    const applied = this.#applied(current.view, () => current === this.#current && this.isConnected);
    applied.catch(() => { /* waited for again when the learner goes on */ });
    const max = current.view.maxItems || PLACEMENT_ITEMS;
    const last = 'See where this places you';
    const next = h('button', { type: 'button', class: 'lp-next-item lp-placement-next', onclick: () => this.#next(applied) },
      current.view.answered + 1 >= max ? last : 'Next question');
    applied.then((view) => {
      if (view && (view.done || view.status !== 'IN_PROGRESS')) next.textContent = last;
    }, () => {});
    showFeedback(form, result, current.question, next);
    this.#state('answered');
    this.#announce(result.correct ? 'Answer saved: right.' : 'Answer saved: wrong.');
  }

  /** After an answer: the next question once the recommender counted the answer, or the result when it is done. */
  async #next(applied) {
    const generation = ++this.#generation;
    const before = this.#current.view;
    this.#busy('Loading the next question…');
    try {
      let view = await applied.catch(() => null);
      if (generation !== this.#generation) return;
      view ??= await this.#applied(before, () => generation === this.#generation);
      if (view && generation === this.#generation) await this.#continue(view, generation);
    } catch (error) {
      if (generation === this.#generation) this.#failed(error, () => this.#resume());
    }
  }

  /**
   * Polls the placement until the recommender has applied one more answer than {@code before} shows (or ended it);
   * null once {@code alive} says nobody waits any more. A failed poll is retried, a refusal is not; after
   * PLACEMENT_WAIT_MS it gives up with an error the learner can retry.
   */
  async #applied(before, alive) {
    const until = Date.now() + PLACEMENT_WAIT_MS;
    for (;;) {
      await sleep(POLL_MS);
      if (!alive()) return null;
      try {
        const view = await this.#read();
        if (!alive()) return null;
        // null (404) is not an answer either: the placement read a moment ago cannot be gone; keep waiting.
        if (view && (view.status !== 'IN_PROGRESS' || view.answered > before.answered)) return view;
      } catch (error) {
        if (error.status && error.status < 500) throw error;
      }
      if (Date.now() >= until) {
        throw new LearnPathError('LearnPath has not counted your last answer yet. Try again in a moment.');
      }
    }
  }

  async #finish(view, generation) {
    this.#state('finishing');
    this.#body.replaceChildren(h('p', { class: 'lp-loading' }, 'Working out where your answers place you…'));
    this.#announce('Working out where your answers place you…');
    const done = await this.api('recommender', 'POST', `/api/learners/me/placement/finish${this.#goalOf(view)}`);
    if (generation !== this.#generation) return;
    this.#storeSession(null);
    this.#view = done;
    this.dataset.placement = done.status;
    this.#complete(done, true);
    // The path now starts past the placed modules: the graph, the next step and the practice follow.
    document.dispatchEvent(new CustomEvent(PLACED, {
      bubbles: true, composed: true,
      detail: { goalSlug: done.goalSlug, placedModules: (done.result?.placedModules ?? []).map((m) => m.slug) },
    }));
  }

  #complete(view, focus) {
    this.#current = null;
    const placed = view.result?.placedModules ?? [];
    const summary = placementSummary(placed.length);
    const lead = h('p', { class: 'lp-placement-summary', tabindex: '-1' }, summary);
    this.#body.replaceChildren(h('div', { class: 'lp-placement-box' }, lead,
      placed.length > 0 && h('ul', { class: 'lp-placed-modules' }, placed.map((m) => h('li', { 'data-module': m.slug },
        h('strong', {}, m.title || m.slug), m.sentence ? `: ${m.sentence}` : '')))));
    this.#state('complete');
    if (focus) {
      this.#announce(summary);
      lead.focus();
    }
  }

  async #skip() {
    const generation = ++this.#generation;
    this.#busy('Skipping the placement assessment…');
    try {
      const view = await this.api('recommender', 'POST', `/api/learners/me/placement/skip${this.#goalOf(this.#view)}`);
      if (generation !== this.#generation) return;
      this.#storeSession(null);
      this.#view = view;
      this.dataset.placement = view?.status ?? 'SKIPPED';
      this.#skipped(true);
      this.#announce('You skipped the placement assessment. You can still take it later.');
    } catch (error) {
      if (generation === this.#generation) this.#failed(error, () => this.#skip());
    }
  }

  #skipped(focus) {
    this.#current = null;
    const take = h('button', { type: 'button', class: 'lp-link lp-placement-retake', onclick: () => this.#start() },
      'Take the placement assessment');
    this.#body.replaceChildren(h('p', { class: 'lp-placement-later' }, take));
    this.#state('skipped');
    if (focus) take.focus();
  }

  #busy(text) {
    this.clearError();
    this.#state('loading');
    this.#body.replaceChildren(h('p', { class: 'lp-loading' }, text));
    this.#announce(text);
  }

  /** Shows what went wrong with a retry; after the learner's own action the retry takes the focus it left. */
  #failed(error, retry, focus = true) {
    this.#state('error');
    this.#body.replaceChildren();
    const box = this.showError(error, retry);
    if (focus) box.querySelector('button')?.focus();
  }

  #storedSession(view) {
    try {
      const stored = JSON.parse(sessionStorage.getItem(PLACEMENT_STORE) || 'null');
      return stored && stored.placementId === view.placementId && stored.learnerId === view.learnerId ? stored : null;
    } catch {
      return null; // storage may be unavailable: a new session serves the same item
    }
  }

  #storeSession(session) {
    try {
      if (session) sessionStorage.setItem(PLACEMENT_STORE, JSON.stringify(session));
      else sessionStorage.removeItem(PLACEMENT_STORE);
    } catch { /* see #storedSession */ }
  }

  #state(state) {
    this.dataset.state = state;
    if (state !== 'loading') this.dataset.loaded = 'true';
  }

  #announce(text) {
    this.#live.textContent = text;
  }
}

for (const [name, element] of [['learnpath-path-graph', PathGraph], ['learnpath-next-step', NextStep],
  ['learnpath-item-player', ItemPlayer], ['learnpath-placement', Placement]]) {
  if (!customElements.get(name)) customElements.define(name, element);
}
