// Focus and touch, measured in the browser on every route in both languages at phone and
// desktop widths: every focusable element shows a focus indicator of at least 3 : 1 against
// what surrounds it (WCAG 2.4.13's contrast, and 1.4.11), and every target is at least
// 24 × 24 px or has room around it (WCAG 2.5.8; a link inside a sentence is exempt, a
// footnote mark is not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, EVERY_ROUTE } from './harness.mjs';


/** Runs in the page: the problems of every visible focusable element. */
function audit() {
  const parse = (color) => {
    const m = color.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/);
    return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
  };
  const luminance = ({ r, g, b }) => {
    const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  // The colour behind an element: the first ancestor (the element itself excluded) with a
  // solid background; a gradient counts by its lightest stop's neighbourhood (the page's are pale).
  const backdrop = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg && bg.a > 0.5) return bg;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const visible = (el) => {
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && !el.closest('[hidden], [aria-hidden="true"]')
      && !(el.closest('details:not([open])') && !el.matches('summary'));
  };
  const name = (el) => `${el.tagName.toLowerCase()}${el.getAttribute('class') ? '.' + el.getAttribute('class').split(' ')[0] : ''} “${(el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 24)}”`;
  const focusable = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
    .filter((el) => !el.disabled && visible(el));
  const problems = [];
  const rects = focusable.map((el) => el.getBoundingClientRect());
  focusable.forEach((el, i) => {
    // Focus: the outline (or, where a component draws its own, a box shadow) against the backdrop.
    el.focus({ focusVisible: true, preventScroll: true });
    if (document.activeElement === el) {
      const style = getComputedStyle(el);
      // A chart's data point shows focus by its stroke; everything else by its outline.
      const svg = el instanceof SVGElement;
      const [width, color] = svg ? [parseFloat(style.strokeWidth), style.stroke] : [parseFloat(style.outlineWidth), style.outlineColor];
      const ring = (svg || style.outlineStyle !== 'none') && width >= 2 ? parse(color) : null;
      if (!ring) problems.push(`${name(el)}: no focus indicator of 2 px or more`);
      else {
        const ratio = contrast(ring, backdrop(el));
        if (ratio < 3) problems.push(`${name(el)}: focus indicator ${color} at ${ratio.toFixed(2)} : 1 against its backdrop`);
      }
    }
    // Target size.
    const rect = rects[i];
    if (rect.width >= 23.5 && rect.height >= 23.5) return;
    const inSentence = el.matches('a') && getComputedStyle(el).display === 'inline' && !el.closest('.cite, sup')
      && (el.parentElement.textContent.trim().length > el.textContent.trim().length + 1);
    if (inSentence) return;
    // A chart's data points are exempt as WCAG's "equivalent": the year-by-year table on the same page gives every value.
    if (el.closest('.cost-chart') && document.querySelector('details.year-table table')) return;
    // Spacing exception: a 24 px circle on the target's centre meets no other target.
    const cx = rect.left + rect.width / 2; const cy = rect.top + rect.height / 2;
    const undersized = (r) => r.width < 23.5 || r.height < 23.5;
    const clashes = rects.some((other, j) => {
      if (j === i || focusable[j].contains(el) || el.contains(focusable[j])) return false;
      const dx = Math.max(other.left - cx, 0, cx - other.right); const dy = Math.max(other.top - cy, 0, cy - other.bottom);
      if (dx * dx + dy * dy < 144) return true;
      const ox = other.left + other.width / 2; const oy = other.top + other.height / 2;
      return undersized(other) && (ox - cx) ** 2 + (oy - cy) ** 2 < 576;
    });
    if (clashes) problems.push(`${name(el)}: ${rect.width.toFixed(0)} × ${rect.height.toFixed(0)} px, closer than 24 px to another target`);
  });
  if (document.activeElement) document.activeElement.blur();
  return problems;
}

for (const width of [390, 1280]) {
  test(`focus is visible at 3 : 1 and targets are 24 px on every page at ${width}px`, async () => {
    const report = [];
    for (const route of EVERY_ROUTE) {
      const page = await open(route, { width });
      await page.waitForLoadState('networkidle');
      // A key press first, so that the browser treats focus as keyboard focus.
      await page.keyboard.press('Shift');
      if (width < 600) {
        // The phone menu's links are targets too: open it.
        const menu = page.getByRole('button', { name: /菜单|Menu/ });
        if (await menu.isVisible()) await menu.click();
      }
      report.push(...(await page.evaluate(audit)).map((p) => `${route}: ${p}`));
      await page.close();
    }
    assert.equal(report.length, 0, `\n${report.join('\n')}`);
  });
}
