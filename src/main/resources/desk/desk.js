// The desk's page: a client of the desk's JSON surface (form.md §5). It shows what the server answers and computes nothing of its own.
"use strict";

(function () {
  const $ = id => document.getElementById(id);
  const STATUS = { ok: "通过", invalid: "有误", unreadable: "无法读取", duplicate: "重复报送", skipped: "已跳过" };
  let returns = { files: [], summary: {}, roster: null };

  // ---- talking to the desk ----

  async function api(path, options) {
    let response;
    try {
      response = await fetch(path, Object.assign({ credentials: "same-origin" }, options || {}));
    } catch (e) {
      throw new Error("无法连接工作台：请确认启动工作台的窗口仍然开着");
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.error || ("工作台答复出错（HTTP " + response.status + "）"));
    }
    return body;
  }

  async function apiText(path) {
    const response = await fetch(path, { credentials: "same-origin" });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.error || ("工作台答复出错（HTTP " + response.status + "）"));
    }
    return response.text();
  }

  function postFile(path, file, name) {
    const form = new FormData();
    form.append("file", file, name || file.name);
    return api(path, { method: "POST", body: form });
  }

  function alertUser(message) {
    const box = $("alert");
    box.textContent = message;
    box.hidden = !message;
  }

  function guarded(work) {
    return async (...args) => {
      try {
        await work(...args);
      } catch (e) {
        alertUser(e.message);
      }
    };
  }

  // ---- small builders (text only: nothing received is ever parsed as HTML) ----

  function node(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "class") {
        e.className = v;
      } else {
        e.setAttribute(k, v);
      }
    });
    children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return e;
  }

  function badge(status, words) {
    return node("span", { class: "badge " + status }, words || STATUS[status] || status);
  }

  function errorsOf(f) {
    return f.findings.filter(x => x.severity === "error").length;
  }

  function notesOf(f) {
    return f.findings.length - errorsOf(f);
  }

  function problemWords(f) {
    if (f.status === "unreadable" || f.status === "skipped") {
      return f.reason || "";
    }
    const errors = errorsOf(f), notes = notesOf(f);
    if (errors === 0 && notes === 0) {
      return "无";
    }
    return [errors ? errors + " 个错误" : "", notes ? notes + " 条提示" : ""].filter(Boolean).join("，");
  }

  function download(path) {
    const a = node("a", { href: path, download: "" });
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // ---- navigation ----

  function show(part) {
    document.querySelectorAll(".step").forEach(b => {
      if (b.dataset.part === part) {
        b.setAttribute("aria-current", "page");
      } else {
        b.removeAttribute("aria-current");
      }
    });
    document.querySelectorAll(".part").forEach(s => { s.hidden = s.id !== "part-" + part; });
    if (part === "summary") {
      guarded(loadSummary)();
    }
    if (part === "problems") {
      guarded(loadReminders)();
    }
  }

  // ---- 本期 ----

  async function loadSeason() {
    const season = await api("/api/season");
    $("season-body").value = season.body || "";
    $("season-year").value = season.year || "";
    $("template-year").value = season.year || "";
    $("workspace-path").textContent = "工作台文件夹：" + season.workspace;
    return season;
  }

  async function saveSeason(event) {
    event.preventDefault();
    const year = $("season-year").value.trim();
    await api("/api/season", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ body: $("season-body").value, year: year ? Number(year) : null })
    });
    $("season-saved").textContent = "已保存";
    $("template-year").value = year;
    alertUser("");
    await refresh();
  }

  async function sendRoster(file) {
    await postFile("/api/roster", file);
    alertUser("");
    await refresh();
  }

  function showProgress(progress) {
    $("season-line").textContent = progress.line;
    $("roster-state").textContent = progress.roster ? "名册：" + progress.roster + "，共 " + progress.members.length + " 个单位" : "还没有名册";
    const table = $("roster-table");
    table.hidden = progress.members.length === 0;
    table.tBodies[0].replaceChildren(...progress.members.map(m => node("tr", {},
      node("td", {}, m.name), node("td", {}, m.group), node("td", {}, badge(m.status, m.words)))));
    $("templates-note").textContent = progress.members.length ? "（名册中的 " + progress.members.length + " 个单位）" : "（请先在「本期」中上传名册）";
  }

  // ---- 收报表 ----

  function returnRow(f, received) {
    return node("tr", {},
      node("td", {}, f.agency || "—"),
      node("td", {}, f.file),
      node("td", {}, badge(f.status)),
      node("td", {}, problemWords(f)),
      node("td", {}, received || ""));
  }

  function showReturns(versions) {
    const when = new Map(versions.filter(v => v.current).map(v => [v.label, v.lastReceived]));
    const rows = ordered(returns.files).map(f => returnRow(f, shortTime(when.get(f.file))));
    $("returns-table").tBodies[0].replaceChildren(...(rows.length ? rows : [node("tr", {}, node("td", { colspan: 5, class: "empty" }, "还没有收到报表"))]));
    const s = returns.summary || {};
    $("intake-summary").textContent = returns.files.length ? "计入的报表 " + returns.files.length + " 份：通过 " + (s.ok || 0)
      + "，有误 " + (s.invalid || 0) + "，无法读取 " + (s.unreadable || 0) : "";
    $("versions-table").tBodies[0].replaceChildren(...versions.map(v => node("tr", { class: v.current ? "" : "superseded" },
      node("td", {}, v.label), node("td", {}, v.agency || "—"), node("td", {}, shortTime(v.lastReceived)),
      node("td", {}, v.current ? "是" : (v.kind === "RETURN" ? "否（已有更新的一份）" : "—")))));
  }

  // Those to fix first (unreadable, invalid), then the rest; each by agency (or file) in Chinese order.
  function ordered(files) {
    const rank = { unreadable: 0, invalid: 1, duplicate: 2, ok: 3, skipped: 4 };
    return files.slice().sort((a, b) => (rank[a.status] - rank[b.status])
      || (a.agency || a.file).localeCompare(b.agency || b.file, "zh-CN"));
  }

  function shortTime(iso) {
    if (!iso) {
      return "";
    }
    const d = new Date(iso);
    const two = n => String(n).padStart(2, "0");
    return (d.getMonth() + 1) + "月" + d.getDate() + "日 " + two(d.getHours()) + ":" + two(d.getMinutes());
  }

  async function sendReturns(files) {
    if (!files.length) {
      return;
    }
    alertUser("");
    const total = files.length;
    let done = 0;
    const tbody = $("returns-table").tBodies[0];
    if (!returns.files.length) {
      tbody.replaceChildren();
    }
    $("intake-progress").hidden = false;
    const progress = () => {
      $("intake-fill").style.width = Math.round(100 * done / total) + "%";
      $("intake-count").textContent = "已读 " + done + " / " + total + " 个文件";
    };
    progress();
    const failures = [];
    await Upload.send("/api/returns", files, (batch, answer, error) => {
      done += batch.length;
      if (answer) {
        answer.files.forEach(f => tbody.prepend(returnRow(f, "刚刚")));
      } else {
        failures.push(error);
        batch.forEach(f => tbody.prepend(node("tr", {}, node("td", {}, "—"), node("td", {}, f.name),
          node("td", {}, badge("unreadable", "未接收")), node("td", {}, error), node("td", {}, ""))));
      }
      progress();
    });
    $("intake-count").textContent = "已读完 " + total + " 个文件" + (failures.length ? "（有 " + failures.length + " 批未接收，见表中说明）" : "");
    await refresh();
  }

  // ---- 问题 ----

  function showProblems() {
    const filter = $("problem-filter").value;
    const wanted = f => filter === "all" ? true
      : filter === "fix" ? f.status === "invalid" || f.status === "unreadable"
      : filter === "notes" ? f.status === "ok" && f.findings.length > 0
      : f.status === filter;
    const list = ordered(returns.files).filter(wanted);
    $("problem-list").replaceChildren(...(list.length ? list.map(problemCard) : [node("p", { class: "empty" }, "没有这样的报表")]));
  }

  function problemCard(f) {
    const header = node("header", {}, node("h3", {}, f.agency || f.file), node("span", { class: "file" }, f.file), badge(f.status),
      node("span", {}, problemWords(f)));
    if (f.findings.length && (f.status === "invalid" || f.status === "ok")) {
      header.append(node("a", { class: "button", href: "/api/annotated.xlsx?file=" + encodeURIComponent(f.file), download: "" }, "下载标注副本"));
    }
    const items = f.findings.map(x => node("li", {},
      node("span", { class: "sev-" + x.severity }, x.severity === "error" ? "错误" : "提示"),
      node("span", { class: "cell" }, x.cell || "（整份报表）"),
      node("span", {}, x.message)));
    if (f.status === "unreadable") {
      items.push(node("li", {}, node("span", { class: "sev-error" }, "错误"), node("span", { class: "cell" }, "（整个文件）"), node("span", {}, f.reason || "")));
    }
    return node("article", { class: "problem" + (f.status === "ok" ? " ok" : "") }, header, node("ul", { class: "findings" }, items));
  }

  async function loadReminders() {
    const answer = await api("/api/reminders");
    $("reminders").value = answer.text;
  }

  async function copyReminders() {
    const text = $("reminders");
    text.select();
    try {
      await navigator.clipboard.writeText(text.value);
    } catch (e) {
      document.execCommand("copy");
    }
    $("copied").textContent = "已复制";
  }

  // ---- 汇总 ----

  async function loadSummary() {
    const summary = await api("/api/summary");
    const balance = $("balance");
    balance.textContent = summary.line;
    balance.className = "state-line " + (summary.balanced ? "ok-text" : "bad-text");
    const box = $("summary-tables");
    const doc = new DOMParser().parseFromString(summary.html, "text/html");
    box.replaceChildren(...Array.from(doc.body.children).map(n => document.importNode(n, true)));
    Charts.bars(document.querySelector("#chart-ranking .plot"), summary.ranking);
    Charts.pie(document.querySelector("#chart-results .plot"), summary.results);
  }

  // ---- 查公开年报 ----

  async function sendReports(files) {
    alertUser("");
    for (const f of files) {
      const card = node("section", { class: "report" }, node("header", {}, node("h2", {}, f.name), node("span", { class: "note" }, "正在读取…")));
      $("report-list").prepend(card);
      try {
        const answer = await postFile("/api/extract", f.file, f.name);
        await showReport(card, answer.files[0]);
      } catch (e) {
        card.replaceChildren(node("header", {}, node("h2", {}, f.name), badge("unreadable", "未读取")), node("p", {}, e.message));
      }
    }
  }

  async function showReport(card, r) {
    const header = node("header", {}, node("h2", {}, (r.agency || "（未读出单位）") + (r.year ? " " + r.year + " 年度" : "")),
      node("span", { class: "file" }, r.file), badge(r.status), node("span", {}, problemWords(r)));
    const parts = [header];
    if (r.status !== "unreadable") {
      header.append(node("a", { class: "button", href: "/api/extracted.xlsx?file=" + encodeURIComponent(r.file), download: "" }, "下载为填好的模板"));
      if (r.findings.length) {
        parts.push(node("ul", { class: "findings" }, r.findings.map(x => node("li", {},
          node("span", { class: "sev-" + x.severity }, x.severity === "error" ? "错误" : "提示"),
          node("span", { class: "cell" }, x.cell || "—"), node("span", {}, x.message)))));
      }
      const html = await apiText("/api/extracted.html?file=" + encodeURIComponent(r.file));
      const doc = new DOMParser().parseFromString(html, "text/html");
      parts.push(node("div", { class: "official" }, Array.from(doc.body.children).map(n => document.importNode(n, true))));
    } else {
      parts.push(node("p", {}, r.reason || ""));
    }
    card.replaceChildren(...parts);
  }

  // ---- the whole page ----

  async function refresh() {
    const [answer, progress, versions] = await Promise.all([api("/api/returns"), api("/api/progress"), api("/api/versions")]);
    returns = answer;
    showProgress(progress);
    showReturns(versions.versions);
    showProblems();
    if (!$("part-summary").hidden) {
      await loadSummary();
    }
    if (!$("part-problems").hidden) {
      await loadReminders();
    }
  }

  function dropZone(zone, input, take) {
    zone.addEventListener("dragover", e => { e.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", guarded(async e => {
      e.preventDefault();
      zone.classList.remove("over");
      await take(await Upload.dropped(e.dataTransfer));
    }));
    zone.addEventListener("keydown", e => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        input.click();
      }
    });
  }

  function wire() {
    document.querySelectorAll(".step").forEach(b => b.addEventListener("click", () => show(b.dataset.part)));
    $("season-form").addEventListener("submit", guarded(saveSeason));
    $("roster-file").addEventListener("change", guarded(async e => { await sendRoster(e.target.files[0]); e.target.value = ""; }));
    dropZone($("roster-drop"), $("roster-file"), async files => { if (files.length) { await sendRoster(files[0].file); } });
    const takeReturns = async e => { await sendReturns(Upload.picked(e.target)); e.target.value = ""; };
    $("returns-files").addEventListener("change", guarded(takeReturns));
    $("returns-folder").addEventListener("change", guarded(takeReturns));
    dropZone($("returns-drop"), $("returns-files"), sendReturns);
    $("problem-filter").addEventListener("change", showProblems);
    $("copy-reminders").addEventListener("click", guarded(copyReminders));
    $("template-form").addEventListener("submit", e => {
      e.preventDefault();
      const agency = $("template-agency").value.trim();
      const year = $("template-year").value.trim();
      download("/api/template.xlsx?agency=" + encodeURIComponent(agency) + "&year=" + encodeURIComponent(year));
    });
    $("reports-files").addEventListener("change", guarded(async e => { await sendReports(Upload.picked(e.target)); e.target.value = ""; }));
    dropZone($("reports-drop"), $("reports-files"), sendReports);
  }

  document.addEventListener("DOMContentLoaded", guarded(async () => {
    wire();
    await loadSeason();
    await refresh();
  }));
})();
