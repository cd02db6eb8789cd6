// Common responses in the answer editor: helpers search the staff's canned snippets for the question's category
// (GET /api/v1/common-responses) and insert one at the cursor, then personalise it. Progressive enhancement only.
(function () {
  "use strict";

  function attach(picker) {
    var textarea = document.getElementById(picker.getAttribute("data-target"));
    var search = picker.querySelector("input[type=search]");
    var list = picker.querySelector(".common-responses-list");
    if (!textarea || !search || !list) return;
    picker.hidden = false;
    var timer = null;
    var controller = null;

    function insert(text) {
      var start = textarea.selectionStart || 0;
      var end = textarea.selectionEnd || 0;
      var before = textarea.value.slice(0, start);
      var after = textarea.value.slice(end);
      var glue = before.length > 0 && !before.endsWith("\n\n") ? (before.endsWith("\n") ? "\n" : "\n\n") : "";
      textarea.value = before + glue + text + after;
      var caret = (before + glue + text).length;
      textarea.focus();
      textarea.setSelectionRange(caret, caret);
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }

    function show(items) {
      list.textContent = "";
      if (items.length === 0) {
        var empty = document.createElement("li");
        empty.className = "text-muted small";
        empty.textContent = window.forumText("Script.CommonResponses.NoneMatch");
        list.appendChild(empty);
        return;
      }
      items.forEach(function (item) {
        var li = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "btn btn-sm btn-outline-secondary common-response";
        button.textContent = item.title + (item.categoryName ? " · " + item.categoryName : "");
        button.title = item.body;
        button.addEventListener("click", function () { insert(item.body); });
        li.appendChild(button);
        list.appendChild(li);
      });
    }

    function load() {
      if (controller) controller.abort();
      controller = new AbortController();
      var url = "/api/v1/common-responses?category=" + encodeURIComponent(picker.getAttribute("data-category") || "") +
        "&q=" + encodeURIComponent(search.value);
      fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin", signal: controller.signal })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(show)
        .catch(function () { /* aborted or offline: keep the list as it is */ });
    }

    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(load, 250);
    });
    picker.addEventListener("toggle", function () { if (picker.open) load(); });
  }

  document.querySelectorAll("[data-common-responses]").forEach(attach);
})();
