// Respect: a live, gentle hint under editors marked data-respect-check when the draft has words that read as rude
// (POST /api/v1/respect/check). The server decides on posting: without JavaScript the warning comes after submitting.
(function () {
  "use strict";

  var delay = 800;

  function attach(textarea) {
    var form = textarea.form;
    var title = form ? form.querySelector('input[name$=".Title"]') : null;
    var hint = document.createElement("p");
    hint.className = "form-text respect-hint";
    hint.id = textarea.id + "-respect-hint";
    hint.setAttribute("aria-live", "polite");
    textarea.insertAdjacentElement("afterend", hint);
    var timer = null;
    var lastSent = null;
    var controller = null;

    function check() {
      var text = (title ? title.value + "\n" : "") + textarea.value;
      if (text === lastSent) return;
      lastSent = text;
      if (controller) controller.abort();
      controller = new AbortController();
      window.forumPostJson("/api/v1/respect/check", { text: text }, controller.signal)
        .then(function (result) {
          hint.textContent = result.rudeWords.length === 0 ? ""
            : result.warning + " (" + result.rudeWords.join(", ") + ")";
        })
        .catch(function (error) {
          if (error.name !== "AbortError") lastSent = null;
        });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(check, delay);
    }

    textarea.addEventListener("input", later);
    if (title) title.addEventListener("input", later);
  }

  document.querySelectorAll("textarea[data-respect-check]").forEach(attach);
})();
