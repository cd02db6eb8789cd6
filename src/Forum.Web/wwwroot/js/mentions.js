// @mentions in the post editors: typing "@" and the start of a name offers the thread's participants first, then other
// members (GET /api/v1/members/mention-suggestions), as a listbox driven from the textarea: arrows move, Enter or Tab
// picks, Escape closes. The mention itself is plain text, so without JavaScript "@Name" works the same.
(function () {
  "use strict";

  var nextId = 0;

  function attach(textarea) {
    var question = textarea.getAttribute("data-mention-question") || "";
    var list = document.createElement("ul");
    list.className = "mention-list list-unstyled";
    list.id = textarea.id + "-mentions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", window.forumText("Script.Mention.List"));
    list.hidden = true;
    textarea.insertAdjacentElement("afterend", list);
    textarea.setAttribute("aria-autocomplete", "list");
    textarea.setAttribute("aria-controls", list.id);

    var items = [];
    var active = -1;
    var query = null; // { start, text } of the "@name" being typed
    var controller = null;
    var timer = null;

    function currentQuery() {
      var caret = textarea.selectionStart;
      if (caret !== textarea.selectionEnd) return null;
      var before = textarea.value.slice(Math.max(0, caret - 40), caret);
      var match = /(?:^|[\s(>])@([\p{L}\p{N}_.\-]*(?: [\p{L}\p{N}_.\-]*)?)$/u.exec(before);
      if (!match || match[1].indexOf(" ") >= 0 && items.length === 0) return null;
      return { start: caret - match[1].length - 1, text: match[1] };
    }

    function close() {
      list.hidden = true;
      list.textContent = "";
      items = [];
      active = -1;
      textarea.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      items.forEach(function (li, i) { li.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0) {
        textarea.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      } else {
        textarea.removeAttribute("aria-activedescendant");
      }
    }

    function show(suggestions) {
      close();
      if (suggestions.length === 0 || !query) return;
      suggestions.forEach(function (s, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + (nextId++);
        li.setAttribute("role", "option");
        li.className = "mention-option";
        li.textContent = s.displayName;
        if (s.inThread) {
          var tag = document.createElement("span");
          tag.className = "mention-in-thread";
          tag.textContent = " · " + window.forumText("Script.Mention.InThread");
          li.appendChild(tag);
        }
        li.dataset.name = s.displayName;
        li.addEventListener("mousedown", function (event) { event.preventDefault(); });
        li.addEventListener("click", function () { pick(i); });
        list.appendChild(li);
        items.push(li);
      });
      list.hidden = false;
      highlight(0);
    }

    function pick(index) {
      if (!query || !items[index]) return;
      var name = items[index].dataset.name;
      var end = textarea.selectionStart;
      var text = "@" + name + " ";
      textarea.focus();
      textarea.setSelectionRange(query.start, end);
      if (!document.execCommand || !document.execCommand("insertText", false, text)) {
        textarea.setRangeText(text, query.start, end, "end");
        textarea.dispatchEvent(new Event("input", { bubbles: true }));
      }
      query = null;
      close();
    }

    function lookup() {
      query = currentQuery();
      if (!query) { close(); return; }
      if (controller) controller.abort();
      controller = new AbortController();
      var url = "/api/v1/members/mention-suggestions?q=" + encodeURIComponent(query.text) + (question ? "&question=" + encodeURIComponent(question) : "");
      fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin", signal: controller.signal })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(show)
        .catch(function () { /* aborted or offline: no suggestions */ });
    }

    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 150);
    });
    textarea.addEventListener("keydown", function (event) {
      if (list.hidden || items.length === 0) return;
      switch (event.key) {
        case "ArrowDown": highlight((active + 1) % items.length); break;
        case "ArrowUp": highlight((active - 1 + items.length) % items.length); break;
        case "Enter": case "Tab": pick(active); break;
        case "Escape": close(); break;
        default: return;
      }
      event.preventDefault();
      event.stopPropagation();
    });
    textarea.addEventListener("blur", close);
  }

  document.querySelectorAll("textarea.markdown-input").forEach(function (textarea) {
    if (textarea.id && !textarea.readOnly) attach(textarea);
  });
})();
