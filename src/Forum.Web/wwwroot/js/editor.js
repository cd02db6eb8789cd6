// Live Markdown preview for textareas marked data-markdown-preview: the server renders the draft exactly as it
// will be stored (POST /api/v1/markdown/preview, sanitized HTML). Without JavaScript the form works the same,
// only without the preview.
(function () {
  "use strict";

  var delay = 600;

  function attach(textarea) {
    var panel = document.querySelector('[data-preview-of="' + textarea.id + '"]');
    if (!panel) return;
    var body = panel.querySelector(".markdown-preview-body");
    var timer = null;
    var lastSent = null;
    var controller = null;

    function render() {
      var text = textarea.value;
      if (text === lastSent) return;
      lastSent = text;
      if (text.trim() === "") {
        body.innerHTML = "";
        return;
      }
      if (controller) controller.abort();
      controller = new AbortController();
      window.forumPostJson("/api/v1/markdown/preview", { markdown: text }, controller.signal)
        .then(function (result) {
          // The HTML comes from the server's sanitizer, the same HTML the post will show.
          body.innerHTML = result.html;
        })
        .catch(function (error) {
          if (error.name === "AbortError") return;
          lastSent = null;
          body.textContent = window.forumText("Script.Preview.Unavailable");
        });
    }

    panel.hidden = false;
    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(render, delay);
    });
    render();
  }

  document.querySelectorAll("textarea[data-markdown-preview]").forEach(attach);
})();
