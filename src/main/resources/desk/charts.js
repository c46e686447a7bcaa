// The summary's two charts, drawn as SVG in the page: a bar per agency, and the results as a pie with its legend.
"use strict";

window.Charts = (function () {
  const NS = "http://www.w3.org/2000/svg";
  const COLOURS = ["#1f4e79", "#2e7d6b", "#c77c02", "#8e3b46", "#5b6f95", "#7a8a99"];

  function el(name, attrs, text) {
    const e = document.createElementNS(NS, name);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function empty(box, words) {
    box.replaceChildren();
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = words;
    box.appendChild(p);
  }

  // Horizontal bars, the largest first: each agency's name on the left, its value at the bar's end.
  function bars(box, rows) {
    if (!rows.length) {
      empty(box, "还没有计入汇总的报表");
      return;
    }
    const rowHeight = 30;
    const labelWidth = 260;
    const width = 680;
    const height = rows.length * rowHeight + 10;
    const max = Math.max(1, ...rows.map(r => r.value));
    const svg = el("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": "各单位本年新收申请数量条形图" });
    rows.forEach((r, i) => {
      const y = i * rowHeight + 5;
      const length = Math.round((width - labelWidth - 70) * r.value / max);
      svg.appendChild(el("text", { x: labelWidth - 8, y: y + 20, "text-anchor": "end", "font-size": 16 }, shorten(r.label, 15)));
      svg.appendChild(el("rect", { x: labelWidth, y: y + 4, width: Math.max(length, 1), height: rowHeight - 9, fill: COLOURS[0], rx: 2 }));
      svg.appendChild(el("text", { x: labelWidth + length + 6, y: y + 20, "font-size": 16 }, String(r.value)));
    });
    box.replaceChildren(svg);
  }

  // A ring of the parts with a legend beside it: label, count and share.
  function pie(box, parts) {
    const total = parts.reduce((s, p) => s + p.value, 0);
    if (total <= 0) {
      empty(box, "办理结果都为 0");
      return;
    }
    const svg = el("svg", { viewBox: "0 0 440 " + (230 + parts.length * 30), role: "img", "aria-label": "办理结果构成饼图" });
    const cx = 220, cy = 110, r = 100, inner = 52;
    let angle = -Math.PI / 2;
    parts.forEach((p, i) => {
      if (p.value <= 0) {
        return;
      }
      const sweep = 2 * Math.PI * p.value / total;
      svg.appendChild(el("path", { d: arc(cx, cy, r, inner, angle, angle + sweep), fill: COLOURS[i % COLOURS.length] }));
      angle += sweep;
    });
    svg.appendChild(el("text", { x: cx, y: cy + 6, "text-anchor": "middle", "font-size": 18, "font-weight": 700 }, String(total)));
    parts.forEach((p, i) => {
      const y = 245 + i * 30;
      svg.appendChild(el("rect", { x: 10, y: y - 14, width: 16, height: 16, fill: COLOURS[i % COLOURS.length], rx: 3 }));
      const share = (100 * p.value / total).toFixed(1);
      svg.appendChild(el("text", { x: 34, y: y, "font-size": 16 }, shorten(p.label, 15)));
      svg.appendChild(el("text", { x: 430, y: y, "font-size": 16, "text-anchor": "end" }, p.value + " 件（" + share + "%）"));
    });
    box.replaceChildren(svg);
  }

  function arc(cx, cy, r, inner, a0, a1) {
    if (a1 - a0 >= 2 * Math.PI - 1e-9) {
      a1 = a0 + 2 * Math.PI - 1e-4;
    }
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const p = (radius, a) => (cx + radius * Math.cos(a)).toFixed(2) + " " + (cy + radius * Math.sin(a)).toFixed(2);
    return "M " + p(r, a0) + " A " + r + " " + r + " 0 " + large + " 1 " + p(r, a1)
      + " L " + p(inner, a1) + " A " + inner + " " + inner + " 0 " + large + " 0 " + p(inner, a0) + " Z";
  }

  function shorten(text, n) {
    return text.length > n ? text.slice(0, n - 1) + "…" : text;
  }

  return { bars, pie };
})();
