// revue's page: plain JavaScript over the JSON API, no library. The whole view (query, filters,
// date span, compared queries, page, article) lives in the URL, so a reload or a shared link shows
// the same thing.
'use strict';

const WORDS = {
  en: {
    search: 'Search', placeholder: 'Bourita Niger, "Sahel", بوريطة…', coverage: 'Coverage over time',
    rawCounts: 'raw counts', clearSpan: 'all dates', chartCsv: 'chart CSV', hitsCsv: 'hits CSV',
    compare: 'Compare with', add: 'Add', sortBy: 'Sort by', relevance: 'relevance', newest: 'newest first', back: 'Back to results', remove: 'remove',
    results: n => `${n.toLocaleString('en')} article${n === 1 ? '' : 's'}`, none: 'No article matches.',
    prev: 'Previous', next: 'Next', share: 'share of articles', counts: 'articles', all: 'all articles',
    span: (a, b) => `Dates: ${a} to ${b}`, more: n => `${n} more`,
    dims: { country: 'Country', minister: 'Minister', lang: 'Language', collection: 'Collection', source: 'Source' },
    langs: { fr: 'French', ar: 'Arabic', en: 'English', und: 'undetermined' },
    fields: { date: 'Date', lang: 'Language', source: 'Source', countries: 'Countries', ministers: 'Ministers', spellings: 'written' },
    error: 'Error', didYouMean: 'Did you mean:',
    related: 'Related coverage', days: n => n === 0 ? 'same day' : `${n} day${n === 1 ? '' : 's'} apart`,
  },
  fr: {
    search: 'Chercher', placeholder: 'Bourita Niger, "Sahel", بوريطة…', coverage: 'Couverture dans le temps',
    rawCounts: 'nombres bruts', clearSpan: 'toutes les dates', chartCsv: 'CSV du graphique', hitsCsv: 'CSV des résultats',
    compare: 'Comparer avec', add: 'Ajouter', sortBy: 'Trier par', relevance: 'pertinence', newest: 'plus récents d’abord', back: 'Retour aux résultats', remove: 'retirer',
    results: n => `${n.toLocaleString('fr')} article${n > 1 ? 's' : ''}`, none: 'Aucun article ne correspond.',
    prev: 'Précédents', next: 'Suivants', share: 'part des articles', counts: 'articles', all: 'tous les articles',
    span: (a, b) => `Dates : du ${a} au ${b}`, more: n => `${n} de plus`,
    dims: { country: 'Pays', minister: 'Ministre', lang: 'Langue', collection: 'Collection', source: 'Source' },
    langs: { fr: 'français', ar: 'arabe', en: 'anglais', und: 'indéterminée' },
    fields: { date: 'Date', lang: 'Langue', source: 'Source', countries: 'Pays', ministers: 'Ministres', spellings: 'écrit' },
    error: 'Erreur', didYouMean: 'Vouliez-vous dire :',
    related: 'Couverture liée', days: n => n === 0 ? 'le même jour' : `à ${n} jour${n > 1 ? 's' : ''} d’écart`,
  },
  ar: {
    search: 'بحث', placeholder: 'بوريطة النيجر، Bourita…', coverage: 'التغطية عبر الزمن',
    rawCounts: 'الأعداد الخام', clearSpan: 'كل التواريخ', chartCsv: 'CSV الرسم', hitsCsv: 'CSV النتائج',
    compare: 'قارن مع', add: 'أضف', sortBy: 'الترتيب حسب', relevance: 'الصلة', newest: 'الأحدث أولا', back: 'العودة إلى النتائج', remove: 'احذف',
    results: n => `${n.toLocaleString('ar')} مقال`, none: 'لا يوجد مقال مطابق.',
    prev: 'السابق', next: 'التالي', share: 'حصة المقالات', counts: 'مقالات', all: 'كل المقالات',
    span: (a, b) => `التواريخ: من ${a} إلى ${b}`, more: n => `${n} أخرى`,
    dims: { country: 'البلد', minister: 'الوزير', lang: 'اللغة', collection: 'المجموعة', source: 'المصدر' },
    langs: { fr: 'الفرنسية', ar: 'العربية', en: 'الإنجليزية', und: 'غير محددة' },
    fields: { date: 'التاريخ', lang: 'اللغة', source: 'المصدر', countries: 'البلدان', ministers: 'الوزراء', spellings: 'مكتوب' },
    error: 'خطأ', didYouMean: 'هل تقصد:',
    related: 'تغطية ذات صلة', days: n => n === 0 ? 'في اليوم نفسه' : `بفارق ${n.toLocaleString('ar')} يوم`,
  },
};
const FACETS = ['country', 'minister', 'lang', 'collection', 'source'];
const COLORS = ['#1f4e79', '#c0392b', '#27ae60', '#8e44ad', '#d35400'];
const PAGE = 20;
const RELATED = 5;
const MAX_COMPARED = 4;

const $ = id => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) e.append(c);
  return e;
};
const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

// ---- state <-> URL ----

function readState() {
  const p = new URLSearchParams(location.search);
  const lang = p.get('lang');
  return {
    q: p.get('q') || '',
    filters: p.getAll('filter').filter(f => /^[a-z]+:./.test(f)),
    span: p.get('date') || '',
    compare: p.getAll('cq').slice(0, MAX_COMPARED),
    raw: p.get('raw') === '1',
    sort: p.get('sort') === 'date' ? 'date' : '',
    offset: Math.max(0, parseInt(p.get('offset') || '0', 10) || 0),
    lang: lang in WORDS ? lang : '',
    article: p.get('article') || '',
  };
}

function stateQuery(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  s.filters.forEach(f => p.append('filter', f));
  if (s.span) p.set('date', s.span);
  s.compare.forEach(c => p.append('cq', c));
  if (s.raw) p.set('raw', '1');
  if (s.sort) p.set('sort', s.sort);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.lang) p.set('lang', s.lang);
  if (s.article) p.set('article', s.article);
  return p.toString();
}

let state = readState();

function go(changes, { push = true } = {}) {
  state = { ...state, ...changes };
  const query = stateQuery(state);
  if (push) history.pushState(null, '', query ? '?' + query : location.pathname);
  render();
}

window.addEventListener('popstate', () => { state = readState(); render(); });

function uiLang() {
  if (state.lang) return state.lang;
  const nav = (navigator.language || 'en').slice(0, 2);
  return nav in WORDS ? nav : 'en';
}
const t = () => WORDS[uiLang()];

// ---- API ----

function apiParams(extra) {
  const p = new URLSearchParams();
  for (const [k, v] of extra) p.append(k, v);
  p.set('lang', uiLang());
  return p;
}

function searchParams() {
  const pairs = [['q', state.q]];
  state.filters.forEach(f => pairs.push(['filter', f]));
  if (state.span) pairs.push(['filter', 'date:' + state.span]);
  if (state.sort) pairs.push(['sort', state.sort]);
  return pairs;
}

function timelineParams() {
  const pairs = [['q', state.q]];
  state.compare.forEach(c => pairs.push(['q', c]));
  state.filters.forEach(f => pairs.push(['filter', f]));
  return pairs;
}

async function api(path, params) {
  const response = await fetch(`api/${path}?${params}`, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// ---- rendering ----

let rendering = 0;

async function render() {
  const run = ++rendering;
  const words = t();
  document.documentElement.lang = uiLang();
  document.documentElement.dir = uiLang() === 'ar' ? 'rtl' : 'ltr';
  document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = words[e.dataset.i18n]; });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = words[e.dataset.i18nPlaceholder]; });
  document.querySelectorAll('#langs a').forEach(a => {
    const p = new URLSearchParams(stateQuery(state));
    p.set('lang', a.hreflang);
    a.href = '?' + p;
    if (a.hreflang === uiLang()) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
  });
  if (document.activeElement !== $('q')) $('q').value = state.q;
  $('raw').checked = state.raw;
  $('sort').value = state.sort || 'relevance';
  $('clear-span').hidden = !state.span;
  $('span').textContent = state.span ? words.span(...spanEnds(state.span)) : '';
  $('hits-csv').href = 'api/export.csv?' + apiParams(searchParams());
  $('timeline-csv').href = 'api/timeline.csv?' + apiParams(timelineParams());
  renderCompared();

  const searching = api('search', apiParams([...searchParams(), ['limit', PAGE], ['offset', state.offset]]));
  const charting = api('timeline', apiParams(timelineParams()));
  const articlePath = state.article ? state.article.split('/').map(encodeURIComponent).join('/') : '';
  const reading = state.article ? api('article/' + articlePath, apiParams([])) : null;
  // related coverage is an aside: its failure (a busy server) leaves the article shown without it
  const relating = state.article
    ? api('related/' + articlePath, new URLSearchParams([['limit', RELATED]])).catch(() => null) : null;
  try {
    const [results, timeline, article, related] = await Promise.all([searching, charting, reading, relating]);
    if (run !== rendering) return;
    $('error').hidden = true;
    renderResults(results);
    renderFacets(results.facets);
    renderChart(timeline);
    renderArticle(article);
    renderRelated(related);
    document.body.dataset.ready = String(run);
  } catch (e) {
    if (run !== rendering) return;
    $('error').hidden = false;
    $('error').textContent = `${words.error}: ${e.message}`;
    document.body.dataset.ready = String(run);
  }
}

function spanEnds(span) {
  const [a, b] = span.split('..');
  return [a || '…', b || '…'];
}

function renderCompared() {
  const list = $('compared');
  list.replaceChildren();
  state.compare.forEach((c, i) => {
    const remove = el('button', { type: 'button', 'aria-label': `${t().remove} ${c}` }, '×');
    remove.addEventListener('click', () => go({ compare: state.compare.filter((_, j) => j !== i) }));
    list.append(el('li', {}, el('span', { class: 'swatch' }), el('bdi', {}, c), remove));
    list.lastChild.firstChild.style.background = COLORS[(i + 1) % COLORS.length];
  });
  $('cq').disabled = state.compare.length >= MAX_COMPARED;
}

/** The snippet's text with its highlighted words, built as nodes (never parsed as HTML). */
function snippetNodes(snippet) {
  const decode = document.createElement('textarea');
  const nodes = [];
  let bold = false;
  for (const part of snippet.split(/(<b>|<\/b>)/)) {
    if (part === '<b>') { bold = true; continue; }
    if (part === '</b>') { bold = false; continue; }
    decode.innerHTML = part; // a textarea's content is text: entities decoded, no element made
    const text = decode.value;
    nodes.push(bold ? el('b', {}, text) : document.createTextNode(text));
  }
  return nodes;
}

/** Names isolated each in its own bdi, with the commas between them outside. */
function commas(names) {
  return names.flatMap((n, i) => i ? [', ', n] : [n]);
}

function renderResults(results) {
  const words = t();
  $('summary').textContent = results.total ? words.results(results.total) : words.none;
  // how the query was read when not as typed (pasted text, any of its words), and the filter
  // values no article has with the closest ones, as the CLI says them
  const note = [results.queryNote, results.filterNote].filter(Boolean).join(' · ');
  $('note').textContent = note;
  $('note').hidden = !note;
  const suggested = $('suggestions');
  suggested.replaceChildren();
  (results.suggestions || []).forEach((s, i) => {
    const link = el('a', { href: '?' + stateQuery({ ...state, q: s, offset: 0, article: '' }) }, el('bdi', {}, s));
    link.addEventListener('click', e => { e.preventDefault(); go({ q: s, offset: 0, article: '' }); });
    suggested.append(i ? ', ' : words.didYouMean + ' ', link);
  });
  suggested.hidden = !suggested.childNodes.length;
  const list = $('hits');
  list.replaceChildren();
  list.start = state.offset + 1;
  for (const hit of results.hits) {
    const link = el('a', { href: '?' + stateQuery({ ...state, article: hit.id }), 'data-id': hit.id }, hit.title || hit.id);
    link.addEventListener('click', e => { e.preventDefault(); go({ article: hit.id }); });
    const meta = el('p', { class: 'meta' });
    meta.append(el('bdi', {}, hit.date || '—'), ' · ', words.langs[hit.lang] || hit.lang);
    if (hit.source) meta.append(' · ', el('bdi', {}, hit.source));
    if (hit.countries.length) meta.append(' · ', ...commas(hit.countries.map(c => el('bdi', { class: 'country' }, c))));
    if (hit.ministers.length) meta.append(' · ', ...commas(hit.ministers.map(m => el('bdi', { class: 'minister' }, m))));
    list.append(el('li', { class: 'hit', 'data-id': hit.id, lang: hit.lang },
      el('h3', { dir: 'auto' }, link), meta, el('p', { class: 'snippet', dir: 'auto' }, ...snippetNodes(hit.snippet || ''))));
  }
  const pager = $('pager');
  pager.replaceChildren();
  if (state.offset > 0) {
    const prev = el('button', { type: 'button' }, words.prev);
    prev.addEventListener('click', () => go({ offset: Math.max(0, state.offset - PAGE) }));
    pager.append(prev);
  }
  if (state.offset + PAGE < results.total && state.offset + PAGE <= 1000) {
    const next = el('button', { type: 'button' }, words.next);
    next.addEventListener('click', () => go({ offset: state.offset + PAGE }));
    pager.append(next);
  }
}

function renderFacets(facets) {
  const words = t();
  const box = $('facets');
  box.replaceChildren();
  for (const dim of FACETS) {
    const facet = facets[dim];
    if (!facet) continue;
    const chosen = state.filters.filter(f => f.startsWith(dim + ':')).map(f => f.slice(dim.length + 1));
    const values = facet.values.slice();
    chosen.filter(v => !values.some(x => x.value === v)).forEach(v => values.push({ value: v, label: v, count: null }));
    if (!values.length) continue;
    const set = el('fieldset', { 'data-dim': dim }, el('legend', {}, words.dims[dim]));
    for (const v of values) {
      const label = dim === 'lang' ? (words.langs[v.value] || v.value) : v.label;
      const box = el('input', { type: 'checkbox', value: v.value, checked: chosen.includes(v.value) });
      box.addEventListener('change', () => {
        const f = dim + ':' + v.value;
        const filters = box.checked ? [...state.filters, f] : state.filters.filter(x => x !== f);
        go({ filters, offset: 0, article: '' });
      });
      set.append(el('label', {}, box, el('bdi', {}, label), el('span', { class: 'count' }, v.count === null ? '' : v.count.toLocaleString(uiLang()))));
    }
    if (facet.otherValues > 0) set.append(el('p', { class: 'more' }, words.more(facet.otherValues)));
    box.append(set);
  }
}

// ---- the chart: bars for the query, a line per compared query; drag or click to choose dates ----

function renderChart(timeline) {
  const words = t();
  const host = $('chart');
  host.replaceChildren();
  const series = timeline.series;
  const buckets = series[0].buckets;
  if (!buckets.length) return;
  const value = b => state.raw ? b.count : (b.ratio ?? 0); // null: a bucket without any article
  const max = Math.max(...series.flatMap(s => s.buckets.map(value)), state.raw ? 1 : 0.0001);
  const W = 900, H = 200, left = 48, right = 10, top = 10, bottom = 24;
  const band = (W - left - right) / buckets.length;
  const x = i => left + i * band;
  const y = v => top + (H - top - bottom) * (1 - v / max);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', 'aria-label': words.coverage });
  chart.setAttribute('direction', 'ltr'); // time runs left to right in every language
  chart.append(svg('line', { class: 'axis', x1: left, x2: W - right, y1: H - bottom, y2: H - bottom }));
  const fmt = v => state.raw ? String(v) : (v * 100).toFixed(v * 100 >= 10 ? 0 : 1) + '%';
  const shown = new Set(); // a chart of nothing (or of very little) labels its one value once
  [0, max / 2, max].forEach(v => {
    const text = fmt(state.raw ? Math.round(v) : v);
    if (shown.has(text)) return;
    shown.add(text);
    const label = svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' });
    label.textContent = text;
    chart.append(label);
  });
  const every = Math.max(1, Math.ceil(buckets.length / 8));
  buckets.forEach((b, i) => {
    if (i % every) return;
    const middle = x(i) + band / 2;
    const anchor = middle < left + 40 ? 'start' : middle > W - right - 40 ? 'end' : 'middle';
    const label = svg('text', { x: anchor === 'start' ? x(i) : anchor === 'end' ? x(i) + band : middle, y: H - 6, 'text-anchor': anchor });
    label.textContent = b.key;
    chart.append(label);
  });
  if (state.span) {
    const [from, to] = state.span.split('..');
    const inside = buckets.map((b, i) => (!to || b.from <= to) && (!from || b.to >= from) ? i : -1).filter(i => i >= 0);
    if (inside.length) {
      chart.append(svg('rect', { class: 'span-rect', x: x(inside[0]), y: top, width: band * inside.length, height: H - top - bottom }));
    }
  }
  // a transparent area under the bars, so a click or drag above a short bar lands on its bucket
  chart.append(svg('rect', { x: left, y: top, width: W - left - right, height: H - top - bottom, fill: 'transparent', class: 'brush-area' }));
  buckets.forEach((b, i) => {
    const h = Math.max(0, H - bottom - y(value(b)));
    const bar = svg('rect', {
      class: 'bar-rect', x: x(i) + band * 0.1, y: H - bottom - h, width: band * 0.8, height: h, tabindex: 0,
      'data-index': i, 'data-from': b.from, 'data-to': b.to,
    });
    const tip = svg('title');
    tip.textContent = b.total ? `${b.key}: ${b.count} / ${b.total} (${(b.ratio * 100).toFixed(1)}%)` : `${b.key}: 0 / 0`;
    bar.append(tip);
    bar.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(b, b); } });
    chart.append(bar);
  });
  series.slice(1).forEach((s, k) => {
    const points = s.buckets.map((b, i) => `${x(i) + band / 2},${y(value(b))}`).join(' ');
    chart.append(svg('polyline', { points, fill: 'none', stroke: COLORS[(k + 1) % COLORS.length], 'stroke-width': 2.5, 'pointer-events': 'none', class: 'series-line' }));
  });
  const brush = svg('rect', { class: 'brush', y: top, height: H - top - bottom, width: 0, x: 0, 'pointer-events': 'none' });
  chart.append(brush);
  const indexAt = e => {
    const r = chart.getBoundingClientRect();
    const px = (e.clientX - r.left) * W / r.width;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor((px - left) / band)));
  };
  let start = null;
  chart.addEventListener('pointerdown', e => { start = indexAt(e); chart.setPointerCapture(e.pointerId); });
  chart.addEventListener('pointermove', e => {
    if (start === null) return;
    const a = Math.min(start, indexAt(e)), b = Math.max(start, indexAt(e));
    brush.setAttribute('x', x(a));
    brush.setAttribute('width', band * (b - a + 1));
  });
  chart.addEventListener('pointerup', e => {
    if (start === null) return;
    const end = indexAt(e);
    const a = Math.min(start, end), b = Math.max(start, end);
    start = null;
    choose(buckets[a], buckets[b]);
  });
  host.append(chart);
  const legend = el('ul', { class: 'legend' });
  series.forEach((s, k) => {
    const sw = el('span', { class: 'swatch' });
    sw.style.background = COLORS[k % COLORS.length];
    legend.append(el('li', { 'data-query': s.query }, sw, el('bdi', {}, s.query || words.all)));
  });
  legend.append(el('li', {}, state.raw ? words.counts : words.share));
  host.append(legend);
  host.setAttribute('aria-label', `${words.coverage}: ${series.length}`);
}

function choose(first, last) {
  go({ span: `${first.from}..${last.to}`, offset: 0, article: '' });
}

// ---- article view ----

function renderArticle(article) {
  const words = t();
  const view = $('article');
  if (!article) { view.hidden = true; document.querySelector('main').hidden = false; return; }
  const opening = view.hidden;
  view.hidden = false;
  document.querySelector('main').hidden = true;
  if (opening) view.scrollIntoView();
  $('article-title').textContent = article.title;
  const meta = $('article-meta');
  meta.replaceChildren(el('bdi', {}, article.date || '—'), ' · ', words.langs[article.lang] || article.lang);
  if (article.source) meta.append(' · ', el('bdi', {}, article.source));
  if (article.url) meta.append(' · ', el('a', { href: article.url, rel: 'noopener noreferrer', dir: 'ltr' }, article.url));
  const dl = $('article-entities');
  dl.replaceChildren();
  for (const [key, list] of [['countries', article.countries], ['ministers', article.ministers]]) {
    if (!list.length) continue;
    const dd = el('dd');
    list.forEach((e, i) => {
      if (i) dd.append('; ');
      dd.append(el('bdi', { class: 'entity' }, e.label));
      if (e.spellings.length) {
        dd.append(' (', words.fields.spellings, ' ');
        e.spellings.forEach((s, j) => { if (j) dd.append(', '); dd.append(el('bdi', { class: 'spelling' }, s)); });
        dd.append(')');
      }
    });
    dl.append(el('dt', {}, words.fields[key]), dd);
  }
  const body = $('article-body');
  body.replaceChildren();
  for (const part of article.bodies) {
    for (const line of part.text.split('\n')) {
      if (line.trim()) body.append(el('p', { dir: 'auto', lang: part.lang === 'xx' ? undefined : part.lang }, line));
    }
  }
}

// the articles most like the open one (revue related): their own copies are not listed
function renderRelated(related) {
  const words = t();
  const section = $('article-related');
  const list = $('related-list');
  list.replaceChildren();
  section.hidden = !related || !related.hits.length;
  if (section.hidden) return;
  for (const r of related.hits) {
    const link = el('a', { href: '?' + stateQuery({ ...state, article: r.id }), 'data-id': r.id }, r.title || r.id);
    link.addEventListener('click', e => { e.preventDefault(); go({ article: r.id }); });
    const why = [];
    if (r.why.daysApart !== null && r.why.daysApart !== undefined) why.push(words.days(r.why.daysApart));
    for (const e of r.why.sharedEntities) why.push(e.slice(e.indexOf(':') + 1));
    const meta = el('span', { class: 'meta' }, el('bdi', {}, r.date || '—'), ' · ', words.langs[r.lang] || r.lang);
    if (why.length) meta.append(' · ', el('bdi', {}, why.join(', ')));
    list.append(el('li', {}, el('bdi', { dir: 'auto' }, link), ' ', meta));
  }
}

// ---- wiring ----

$('search').addEventListener('submit', e => {
  e.preventDefault();
  go({ q: $('q').value.trim(), offset: 0, article: '' });
});
$('compare').addEventListener('submit', e => {
  e.preventDefault();
  const q = $('cq').value.trim();
  if (!q || state.compare.includes(q) || state.compare.length >= MAX_COMPARED) return;
  $('cq').value = '';
  go({ compare: [...state.compare, q] });
});
$('raw').addEventListener('change', () => go({ raw: $('raw').checked }));
$('sort').addEventListener('change', () => go({ sort: $('sort').value === 'date' ? 'date' : '', offset: 0 }));
$('clear-span').addEventListener('click', () => go({ span: '', offset: 0 }));
$('close-article').addEventListener('click', () => go({ article: '' }));
$('home').addEventListener('click', e => { e.preventDefault(); go({ q: '', filters: [], span: '', compare: [], sort: '', offset: 0, article: '' }); });
render();
