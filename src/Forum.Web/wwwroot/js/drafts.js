// Drafts of questions and answers, kept in this browser (localStorage) as the member types: a form marked
// data-draft-key="ask" or "answer:12" saves its fields marked data-draft-field, and offers the draft back when the page
// opens again with the fields empty. Posting clears the draft. Leaving any post editor with text not yet posted asks first.
(function () {
  "use strict";

  var prefix = "forum.draft.";
  var submitting = false;

  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function fieldsOf(form) { return Array.prototype.slice.call(form.querySelectorAll("[data-draft-field]")); }

  function read(key) {
    var s = store();
    if (!s) return null;
    try { return JSON.parse(s.getItem(prefix + key) || "null"); } catch (e) { return null; }
  }

  function attachDraft(form) {
    var key = form.getAttribute("data-draft-key");
    var fields = fieldsOf(form);
    var s = store();
    if (!s || fields.length === 0) return;
    var timer = null;

    function save() {
      var values = {};
      var any = false;
      fields.forEach(function (field) {
        values[field.name] = field.value;
        if (field.value.trim() !== "") any = true;
      });
      try {
        if (any) s.setItem(prefix + key, JSON.stringify({ savedAt: new Date().toISOString(), values: values }));
        else s.removeItem(prefix + key);
      } catch (e) { /* storage full or refused: the text is still in the form */ }
    }

    var draft = read(key);
    var empty = fields.every(function (field) { return field.value.trim() === ""; });
    if (draft && draft.values && empty) offer(form, key, fields, draft);

    form.addEventListener("input", function (event) {
      if (fields.indexOf(event.target) < 0) return;
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    });
    form.addEventListener("submit", function () {
      clearTimeout(timer);
      s.removeItem(prefix + key);
    });
  }

  function offer(form, key, fields, draft) {
    var notice = document.createElement("div");
    notice.className = "alert alert-info draft-notice";
    notice.setAttribute("role", "status");
    var text = document.createElement("span");
    var saved = new Date(draft.savedAt);
    text.textContent = (isNaN(saved.getTime())
      ? window.forumText("Script.Draft.Offer")
      : window.forumText("Script.Draft.OfferSaved", saved.toLocaleString(document.documentElement.lang || undefined))) + " ";
    var restore = document.createElement("button");
    restore.type = "button";
    restore.className = "btn btn-sm btn-primary";
    restore.textContent = window.forumText("Script.Draft.Restore");
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "btn btn-sm btn-outline-secondary";
    discard.textContent = window.forumText("Script.Draft.Discard");
    notice.appendChild(text);
    notice.appendChild(restore);
    notice.appendChild(document.createTextNode(" "));
    notice.appendChild(discard);
    form.insertBefore(notice, form.firstChild);

    restore.addEventListener("click", function () {
      fields.forEach(function (field) {
        if (typeof draft.values[field.name] === "string") {
          field.value = draft.values[field.name];
          field.dispatchEvent(new Event("input", { bubbles: true }));
        }
      });
      notice.remove();
      var body = fields.filter(function (f) { return f.tagName === "TEXTAREA"; })[0] || fields[0];
      body.focus();
    });
    discard.addEventListener("click", function () {
      store().removeItem(prefix + key);
      notice.remove();
    });
  }

  // Unsaved text in any post editor: the field differs from what the page was opened with.
  function hasUnpostedText() {
    return Array.prototype.some.call(document.querySelectorAll("form textarea.markdown-input"), function (textarea) {
      return textarea.value.trim() !== textarea.defaultValue.trim();
    });
  }

  document.addEventListener("submit", function (event) {
    if (!event.defaultPrevented) submitting = true;
  });
  window.addEventListener("beforeunload", function (event) {
    if (submitting || !hasUnpostedText()) return;
    event.preventDefault();
    event.returnValue = "";
  });
  window.addEventListener("pageshow", function () { submitting = false; });

  document.querySelectorAll("form[data-draft-key]").forEach(attachDraft);
})();
