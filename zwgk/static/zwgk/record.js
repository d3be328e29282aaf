// 打印 and 关闭 on a record page, as Chinese government portals offer them. 关闭 closes a tab the
// portal opened; a tab the visitor opened cannot be closed by script, so it goes back instead.
for (const tools of document.querySelectorAll(".record-tools[hidden]")) tools.hidden = false;
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-action]");
  const action = button?.dataset.action;
  if (action === "print") window.print();
  if (action === "close") {
    window.close();
    // Not "../../": an 索引号 holds a "/", so relative paths land on a page that does not exist.
    setTimeout(() => { if (!window.closed) history.length > 1 ? history.back() : (location.href = button.dataset.return || "/"); }, 150);
  }
});
