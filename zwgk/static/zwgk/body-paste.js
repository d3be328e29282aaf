// Pasting from Word or WPS into the 正文 box: the clipboard's HTML is cleaned by the server (the
// cleaning a save does, zwgk.records.body) and inserted as tidy HTML. Text already typed in the box
// is turned into paragraphs first, so it keeps its structure beside the pasted HTML. Without HTML
// on the clipboard, or when the server cannot be reached, the browser's plain-text paste stays.
(function () {
  "use strict";
  const hasTag = /<\s*\/?\s*[a-zA-Z][a-zA-Z0-9:-]*(\s[^<>]*)?\/?\s*>/;

  async function clean(box, content) {
    const token = box.form ? box.form.querySelector("[name=csrfmiddlewaretoken]") : null;
    const response = await fetch(box.dataset.cleanUrl, {
      method: "POST", credentials: "same-origin", body: content,
      headers: { "X-CSRFToken": token ? token.value : "", "Content-Type": "text/html; charset=utf-8" },
    });
    const data = await response.json();
    if (!response.ok || typeof data.html !== "string") throw new Error(data.error || "清理失败");
    return data.html;
  }

  function say(box, message) {
    const status = document.getElementById(box.id + "_paste_status");
    if (status) status.textContent = message;
  }

  document.addEventListener("paste", async function (event) {
    const box = event.target.closest ? event.target.closest("textarea[data-clean-url]") : null;
    const html = box && event.clipboardData ? event.clipboardData.getData("text/html") : "";
    if (!html) return;
    event.preventDefault();
    const text = event.clipboardData.getData("text/plain");
    const start = box.selectionStart, end = box.selectionEnd, value = box.value;
    let before = value.slice(0, start), after = value.slice(end), pasted = text;
    try {
      pasted = await clean(box, html);
      if (value.trim() && !hasTag.test(value)) {
        before = before.trim() ? (await clean(box, before)) + "\n" : "";
        after = after.trim() ? "\n" + (await clean(box, after)) : "";
      }
      say(box, "已粘贴并清理格式（保留段落、标题、列表和表格）。");
    } catch (error) {
      before = value.slice(0, start); after = value.slice(end); pasted = text;
      say(box, "未能清理粘贴的格式，已按纯文本粘贴：" + error.message);
    }
    box.value = before + pasted + after;
    const caret = before.length + pasted.length;
    box.setSelectionRange(caret, caret);
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
})();
