// Sends dropped or picked files to the desk in parallel batches, reporting each batch's answer as it comes.
"use strict";

window.Upload = (function () {
  const BATCH_FILES = 8;
  const BATCH_BYTES = 16 * 1024 * 1024;
  const PARALLEL = 3;

  // Every file of a drop: files as they are, folders walked through (their files named by their path).
  async function dropped(dataTransfer) {
    const entries = [];
    for (const item of Array.from(dataTransfer.items || [])) {
      const entry = item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
      if (entry) {
        entries.push(entry);
      }
    }
    if (entries.length === 0) {
      return Array.from(dataTransfer.files || []).map(f => ({ file: f, name: f.name }));
    }
    const files = [];
    for (const entry of entries) {
      await walk(entry, files);
    }
    return files;
  }

  function walk(entry, files) {
    if (entry.isFile) {
      return new Promise(resolve => entry.file(
        f => { files.push({ file: f, name: entry.fullPath.replace(/^\//, "") }); resolve(); },
        () => resolve()));
    }
    return new Promise(resolve => {
      const reader = entry.createReader();
      const all = [];
      const next = () => reader.readEntries(async batch => {
        if (batch.length === 0) {
          for (const e of all) {
            await walk(e, files);
          }
          resolve();
        } else {
          all.push(...batch);
          next();
        }
      }, () => resolve());
      next();
    });
  }

  // The files an <input type=file> holds, a folder's named by their path inside it.
  function picked(input) {
    return Array.from(input.files || []).map(f => ({ file: f, name: f.webkitRelativePath || f.name }));
  }

  function batches(files) {
    const out = [];
    let current = [];
    let bytes = 0;
    for (const f of files) {
      if (current.length > 0 && (current.length >= BATCH_FILES || bytes + f.file.size > BATCH_BYTES)) {
        out.push(current);
        current = [];
        bytes = 0;
      }
      current.push(f);
      bytes += f.file.size;
    }
    if (current.length > 0) {
      out.push(current);
    }
    return out;
  }

  // Uploads files to url, PARALLEL batches at a time; onAnswer(batch, json | null, errorText) after each.
  async function send(url, files, onAnswer) {
    const queue = batches(files);
    async function worker() {
      while (queue.length > 0) {
        const batch = queue.shift();
        const form = new FormData();
        batch.forEach(f => form.append("file", f.file, f.name));
        try {
          const response = await fetch(url, { method: "POST", body: form, credentials: "same-origin" });
          const body = await response.json().catch(() => ({ error: "工作台的回答无法识别（HTTP " + response.status + "）" }));
          onAnswer(batch, response.ok ? body : null, response.ok ? "" : (body.error || "上传失败"));
        } catch (e) {
          onAnswer(batch, null, "无法连接工作台：请确认启动工作台的窗口仍然开着");
        }
      }
    }
    const workers = [];
    for (let i = 0; i < PARALLEL; i++) {
      workers.push(worker());
    }
    await Promise.all(workers);
  }

  return { dropped, picked, send };
})();
