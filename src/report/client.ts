/**
 * The report's behaviour in the browser, as script text: the CLI inlines it in every page and the
 * demo adds it once. It listens on the document (event delegation), so it also works for documents
 * rendered after it ran, and it needs nothing else: no network, no library.
 *
 * - hovering, focusing (Tab) or tapping a quotation or a reported speech shows its speaker, cue,
 *   rule and confidence in a tooltip (the text of its `aria-describedby` element, which screen
 *   readers read too); Escape hides it. Inside a mixed reported speech, its quoted fragments show
 *   their own;
 * - a speaker's button in the side panel toggles a view that dims every other speaker's quotations
 *   and reported speech.
 */
export const CLIENT_SCRIPT = `(() => {
  if (window.__qaReport) return;
  window.__qaReport = true;
  let tip = null, current = null;
  const SELECTOR = '.qa-q,.qa-r';
  const pieces = (m) => {
    const doc = m.closest('.qa-doc');
    if (!doc) return [m];
    return m.classList.contains('qa-r') ? doc.querySelectorAll('.qa-r[data-a="' + m.dataset.a + '"]') : doc.querySelectorAll('.qa-q[data-q="' + m.dataset.q + '"]');
  };
  const hide = () => {
    if (!current) return;
    pieces(current).forEach((p) => p.classList.remove('qa-active'));
    current = null;
    if (tip) tip.hidden = true;
  };
  const show = (m, x) => {
    if (current === m && tip && !tip.hidden) return;
    hide();
    const d = document.getElementById(m.getAttribute('aria-describedby') || '');
    if (!d) return;
    if (!tip) {
      tip = document.createElement('div');
      tip.className = 'qa-tip';
      tip.id = 'qa-tip';
      tip.setAttribute('role', 'tooltip');
      document.body.appendChild(tip);
    }
    tip.innerHTML = d.innerHTML;
    tip.hidden = false;
    current = m;
    pieces(m).forEach((p) => p.classList.add('qa-active'));
    const rects = Array.from(m.getClientRects());
    let r = rects[rects.length - 1] || m.getBoundingClientRect();
    if (x !== undefined) for (const c of rects) if (x >= c.left && x <= c.right) { r = c; break; }
    const w = tip.offsetWidth, h = tip.offsetHeight, vw = document.documentElement.clientWidth;
    let left = Math.min(Math.max(4, r.left), Math.max(4, vw - w - 4));
    let top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (top + window.scrollY) + 'px';
  };
  const markOf = (t) => (t instanceof Element ? t.closest(SELECTOR) : null);
  document.addEventListener('mouseover', (e) => { const m = markOf(e.target); if (m) show(m, e.clientX); });
  document.addEventListener('mouseout', (e) => {
    const m = markOf(e.target);
    if (m && m === current && !(e.relatedTarget instanceof Element && markOf(e.relatedTarget) === m) && document.activeElement !== m) hide();
  });
  document.addEventListener('focusin', (e) => { const m = markOf(e.target); if (m) show(m); });
  document.addEventListener('focusout', (e) => { if (markOf(e.target) === current) hide(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  window.addEventListener('scroll', hide, { passive: true });
  document.addEventListener('click', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    if (!t) return;
    const m = t.closest(SELECTOR);
    if (m) { show(m, e.clientX); return; }
    const b = t.closest('.qa-speaker');
    if (!b) { hide(); return; }
    const doc = b.closest('.qa-doc');
    if (!doc) return;
    const on = b.getAttribute('aria-pressed') !== 'true';
    doc.querySelectorAll('.qa-speaker').forEach((x) => x.setAttribute('aria-pressed', 'false'));
    doc.querySelectorAll('.qa-focus').forEach((x) => x.classList.remove('qa-focus'));
    if (on) {
      b.setAttribute('aria-pressed', 'true');
      doc.dataset.focus = b.dataset.entity;
      doc.querySelectorAll(['.qa-q', '.qa-r', '.qa-who'].map((c) => c + '[data-entity="' + b.dataset.entity + '"]').join(',')).forEach((x) => x.classList.add('qa-focus'));
    } else {
      delete doc.dataset.focus;
    }
  });
})();`;
