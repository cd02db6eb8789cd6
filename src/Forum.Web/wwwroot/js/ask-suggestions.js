// Ask page: while a member types a title, FAQ articles and solved questions that may already answer it appear
// below the field (debounced). The suggestions shown, and those opened, travel with the question in hidden fields
// so staff can see which articles fail to deflect questions. Without JavaScript the form works as before.
(function () {
  "use strict";

  var box = document.getElementById("ask-suggestions");
  var title = document.getElementById("Input_Title");
  if (!box || !title || !window.fetch) return;

  var list = box.querySelector("ul");
  var seenField = document.getElementById("Input_SuggestionsSeen");
  var openedField = document.getElementById("Input_SuggestionsOpened");
  var url = box.getAttribute("data-suggest-url");
  var maxKeys = 25;
  var seen = [];
  var opened = [];
  var timer = null;
  var lastQuery = "";
  var request = 0;

  function remember(keys, key, field) {
    if (keys.indexOf(key) < 0 && keys.length < maxKeys) keys.push(key);
    field.value = keys.join(",");
  }

  function show(suggestions) {
    list.textContent = "";
    suggestions.forEach(function (s) {
      var key = (s.kind === "faq" ? "faq:" : "question:") + s.id;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = s.url;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = s.title;
      if (s.language) link.lang = s.language;
      link.addEventListener("click", function () { remember(opened, key, openedField); });
      var kind = document.createElement("span");
      kind.className = "suggestion-kind";
      kind.textContent = window.forumText(s.kind === "faq" ? "Script.Suggestion.Faq" : "Script.Suggestion.SolvedQuestion", s.categoryName);
      item.appendChild(link);
      item.appendChild(kind);
      list.appendChild(item);
      remember(seen, key, seenField);
    });
    box.hidden = suggestions.length === 0;
  }

  function lookUp() {
    var query = title.value.trim();
    if (query === lastQuery) return;
    lastQuery = query;
    if (query.length < 8) { show([]); return; }
    var mine = ++request;
    fetch(url + "?q=" + encodeURIComponent(query.slice(0, 200)), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) { if (mine === request) show(suggestions.slice(0, 5)); })
      .catch(function () { /* suggestions are a convenience; asking still works */ });
  }

  title.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 350);
  });
  if (title.value.trim().length >= 8) lookUp();
})();
