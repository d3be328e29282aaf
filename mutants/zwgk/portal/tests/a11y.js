// In-page accessibility checker for the browser tests (WCAG 2.1 AA subset that can be checked mechanically).
// Returns {problems: [...], checked: n}. Written for zwgk; no third-party code.
(() => {
  const problems = [];
  const html = document.documentElement;
  if (html.getAttribute('lang') !== 'zh-CN') problems.push(`html lang="${html.getAttribute('lang')}"`);
  if (!document.title.trim()) problems.push('empty <title>');

  const h1s = document.querySelectorAll('h1');
  if (h1s.length !== 1) problems.push(`${h1s.length} <h1> elements`);
  let previous = 0;
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(h.tagName[1]);
    if (previous && level > previous + 1) problems.push(`heading jumps h${previous} → h${level}: ${h.textContent.trim()}`);
    previous = level;
  }

  const landmark = (sel) => document.querySelector(sel);
  if (!landmark('header[role=banner], body > header, [role=banner]')) problems.push('no banner landmark');
  if (!landmark('main, [role=main]')) problems.push('no main landmark');
  if (!landmark('footer[role=contentinfo], body > footer, [role=contentinfo]')) problems.push('no contentinfo landmark');
  if (document.querySelectorAll('main, [role=main]').length > 1) problems.push('several main landmarks');
  for (const nav of document.querySelectorAll('nav')) {
    if (document.querySelectorAll('nav').length > 1 && !nav.getAttribute('aria-label') && !nav.getAttribute('aria-labelledby'))
      problems.push('several <nav> without distinguishing aria-label');
  }

  for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push(`img without alt: ${img.src}`);

  const controls = document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]), select, textarea');
  for (const c of controls) {
    const named = (c.labels && c.labels.length) || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby') || c.title;
    if (!named) problems.push(`form control without label: ${c.outerHTML.slice(0, 80)}`);
  }
  for (const b of document.querySelectorAll('button, a[href]')) {
    if (!b.textContent.trim() && !b.getAttribute('aria-label') && !b.querySelector('img[alt]:not([alt=""])'))
      problems.push(`control without accessible name: ${b.outerHTML.slice(0, 80)}`);
  }

  const focusable = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')];
  const first = focusable[0];
  if (!first || first.getAttribute('href') !== '#main' || !document.getElementById('main'))
    problems.push(`first focusable element is not the skip link: ${first ? first.outerHTML.slice(0, 80) : 'none'}`);

  // Contrast of text, from computed styles: text colour against the first opaque background behind it.
  const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = ({r, g, b}) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (el) => {
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg && bg.a > 0.5) return bg;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  };
  let checked = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!rect.width || !rect.height || rect.right <= 0 || style.visibility === 'hidden' || style.display === 'none') continue;
    if (style.clip === 'rect(0px, 0px, 0px, 0px)' || rect.width <= 1) continue;
    const fg = parse(style.color); const bg = background(el);
    if (!fg) continue;
    const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize); const bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    checked += 1;
    if (ratio < needed) problems.push(`contrast ${ratio.toFixed(2)} < ${needed}: "${el.textContent.trim().slice(0, 30)}" (${style.color} on rgb(${bg.r}, ${bg.g}, ${bg.b}))`);
  }
  return {problems, checked};
})()
