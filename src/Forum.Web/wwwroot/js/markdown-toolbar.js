// The Markdown toolbar of every post editor (textarea.markdown-input): buttons and keyboard shortcuts that wrap or
// prefix the selection, and images by the Image button, by pasting or by dropping a file, uploaded to
// POST /api/v1/images and inserted as Markdown. Built here, so without JavaScript the textarea is all there is.
(function () {
  "use strict";

  var mac = /Mac|iPhone|iPad/.test(navigator.platform);
  var mod = mac ? "⌘" : "Ctrl+";
  var imageTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"];
  var word = window.forumText;

  // Each action: what the button says, its shortcut (a key with Ctrl or ⌘, Shift where said) and what it does.
  var actions = [
    { name: "bold", label: word("Script.Toolbar.Bold"), key: "b", icon: "B", run: function (t) { wrap(t, "**", "**", word("Script.Toolbar.BoldText")); } },
    { name: "italic", label: word("Script.Toolbar.Italic"), key: "i", icon: "I", run: function (t) { wrap(t, "*", "*", word("Script.Toolbar.ItalicText")); } },
    { name: "heading", label: word("Script.Toolbar.Heading"), key: "h", shift: true, icon: "H", run: function (t) { prefixLines(t, "## "); } },
    { name: "link", label: word("Script.Toolbar.Link"), key: "k", svg: "M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7", run: link },
    { name: "code", label: word("Script.Toolbar.Code"), key: "e", icon: "</>", run: code },
    { name: "quote", label: word("Script.Toolbar.Quote"), key: ".", shift: true, icon: "❝", run: function (t) { prefixLines(t, "> "); } },
    { name: "bulleted-list", label: word("Script.Toolbar.BulletedList"), key: "8", shift: true, icon: "•", run: function (t) { prefixLines(t, "- "); } },
    { name: "numbered-list", label: word("Script.Toolbar.NumberedList"), key: "7", shift: true, svg: "M10 6h11M10 12h11M10 18h11M4 4v4M3 14h3l-3 4h3", run: function (t) { prefixLines(t, null); } },
    { name: "image", label: word("Script.Toolbar.Image"), key: "g", shift: true, svg: "M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM21 15l-5-5L5 21M8.5 7a1.5 1.5 0 1 0 0 3 1.5 1.5 0 1 0 0-3z", run: null }
  ];

  function shortcutText(action) { return mod + (action.shift ? "Shift+" : "") + action.key.toUpperCase(); }
  function ariaShortcut(action) { return (mac ? "Meta+" : "Control+") + (action.shift ? "Shift+" : "") + action.key.toUpperCase(); }

  // Replaces the selection so that the browser's undo takes it back, then selects [selectFrom, selectTo) of the new text.
  function replace(textarea, start, end, text, selectFrom, selectTo) {
    textarea.focus();
    textarea.setSelectionRange(start, end);
    if (!document.execCommand || !document.execCommand("insertText", false, text)) {
      textarea.setRangeText(text, start, end, "end");
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }
    textarea.setSelectionRange(start + selectFrom, start + selectTo);
  }

  function wrap(textarea, before, after, placeholder) {
    var start = textarea.selectionStart, end = textarea.selectionEnd;
    var selected = textarea.value.slice(start, end);
    if (selected && textarea.value.slice(start - before.length, start) === before && textarea.value.slice(end, end + after.length) === after) {
      // Already wrapped: unwrap.
      replace(textarea, start - before.length, end + after.length, selected, 0, selected.length);
      return;
    }
    var inner = selected || placeholder;
    replace(textarea, start, end, before + inner + after, before.length, before.length + inner.length);
  }

  function link(textarea) {
    var start = textarea.selectionStart, end = textarea.selectionEnd;
    var selected = textarea.value.slice(start, end);
    if (/^https?:\/\/\S+$/.test(selected)) {
      var label = word("Script.Toolbar.LinkText");
      replace(textarea, start, end, "[" + label + "](" + selected + ")", 1, 1 + label.length);
    } else {
      var words = selected || word("Script.Toolbar.LinkText");
      replace(textarea, start, end, "[" + words + "](https://)", words.length + 3, words.length + 11);
    }
  }

  function code(textarea) {
    var start = textarea.selectionStart, end = textarea.selectionEnd;
    var selected = textarea.value.slice(start, end);
    if (selected.indexOf("\n") >= 0) {
      var block = "```\n" + selected.replace(/\n$/, "") + "\n```\n";
      replace(textarea, start, end, (atLineStart(textarea, start) ? "" : "\n") + block, 0, block.length);
    } else {
      wrap(textarea, "`", "`", word("Script.Toolbar.CodeText"));
    }
  }

  function atLineStart(textarea, index) { return index === 0 || textarea.value.charAt(index - 1) === "\n"; }

  // Prefixes every line the selection touches ("> ", "- ", "## "; null numbers them), or takes the prefix away again.
  function prefixLines(textarea, prefix) {
    var value = textarea.value;
    var start = value.lastIndexOf("\n", textarea.selectionStart - 1) + 1;
    var endBreak = value.indexOf("\n", textarea.selectionEnd > textarea.selectionStart ? textarea.selectionEnd - 1 : textarea.selectionEnd);
    var end = endBreak < 0 ? value.length : endBreak;
    var lines = value.slice(start, end).split("\n");
    var pattern = prefix === null ? /^\d+\. / : new RegExp("^" + prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    var allPrefixed = lines.every(function (line) { return pattern.test(line); });
    var changed = lines.map(function (line, i) {
      if (allPrefixed) return line.replace(pattern, "");
      return (prefix === null ? (i + 1) + ". " : prefix) + line;
    }).join("\n");
    replace(textarea, start, end, changed, changed.length, changed.length);
  }

  function insertBlock(textarea, text) {
    var start = textarea.selectionStart, end = textarea.selectionEnd;
    var before = textarea.value.slice(0, start);
    var glue = before.length === 0 || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    var full = glue + text + "\n";
    replace(textarea, start, end, full, full.length, full.length);
  }

  function upload(textarea, status, file) {
    if (imageTypes.indexOf(file.type) < 0) {
      say(status, word("Script.Image.NotAnImage", file.name), true);
      return;
    }
    var name = (file.name || word("Script.Image.DefaultName")).replace(/[\[\]\n]/g, "");
    var placeholder = "![" + word("Script.Image.Uploading", name) + "]()";
    insertBlock(textarea, placeholder);
    say(status, word("Script.Image.Uploading", name), false);
    var form = new FormData();
    form.append("file", file, file.name || "image");
    var headers = { "Accept": "application/json" };
    var token = document.querySelector("input[name='__RequestVerificationToken']");
    if (token) headers.RequestVerificationToken = token.value;
    fetch("/api/v1/images", { method: "POST", body: form, headers: headers, credentials: "same-origin" })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) throw new Error(problemText(body, response.status));
          return body;
        });
      })
      .then(function (image) {
        var alt = name.replace(/\.[a-z0-9]+$/i, "") || word("Script.Image.DefaultName");
        swapPlaceholder(textarea, placeholder, "![" + alt + "](" + image.url + ")");
        say(status, word("Script.Image.Added"), false);
      })
      .catch(function (error) {
        swapPlaceholder(textarea, placeholder, "");
        say(status, error.message, true);
      });
  }

  function problemText(problem, status) {
    if (problem && problem.errors) {
      var first = Object.keys(problem.errors)[0];
      if (first) return problem.errors[first][0];
    }
    if (problem && problem.detail) return problem.detail;
    if (status === 401) return word("Script.Image.LogIn");
    return word("Script.Image.Failed", status);
  }

  function swapPlaceholder(textarea, placeholder, text) {
    var at = textarea.value.indexOf(placeholder);
    if (at < 0) return;
    var caretStart = textarea.selectionStart, caretEnd = textarea.selectionEnd;
    var focused = document.activeElement === textarea;
    replace(textarea, at, at + placeholder.length, text, text.length, text.length);
    var shift = text.length - placeholder.length;
    if (caretStart > at) { caretStart += shift; caretEnd += shift; }
    textarea.setSelectionRange(caretStart, caretEnd);
    if (!focused) textarea.blur();
  }

  function say(status, message, isError) {
    status.textContent = message;
    status.classList.toggle("text-danger", isError);
  }

  function attach(textarea) {
    var toolbar = document.createElement("div");
    toolbar.className = "md-toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", word("Script.Toolbar"));
    toolbar.setAttribute("aria-controls", textarea.id);

    var status = document.createElement("p");
    status.className = "md-status form-text";
    status.setAttribute("role", "status");

    var picker = document.createElement("input");
    picker.type = "file";
    picker.accept = imageTypes.join(",");
    picker.multiple = true;
    picker.hidden = true;
    picker.setAttribute("aria-hidden", "true");
    picker.tabIndex = -1;
    picker.addEventListener("change", function () {
      Array.prototype.forEach.call(picker.files, function (file) { upload(textarea, status, file); });
      picker.value = "";
    });

    var buttons = actions.map(function (action, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button md-" + action.name;
      button.setAttribute("aria-label", action.label);
      button.title = word("Script.Toolbar.WithShortcut", action.label, shortcutText(action));
      button.setAttribute("aria-keyshortcuts", ariaShortcut(action));
      button.tabIndex = index === 0 ? 0 : -1;
      button.appendChild(icon(action));
      button.addEventListener("click", function () { perform(action); });
      toolbar.appendChild(button);
      return button;
    });

    function perform(action) {
      if (action.run) action.run(textarea);
      else picker.click();
    }

    // One tab stop for the toolbar; arrows, Home and End move between its buttons.
    toolbar.addEventListener("keydown", function (event) {
      var index = buttons.indexOf(document.activeElement);
      if (index < 0) return;
      var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[index].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });

    textarea.addEventListener("keydown", function (event) {
      if (!(mac ? event.metaKey : event.ctrlKey) || event.altKey) return;
      var key = event.key.toLowerCase();
      var action = actions.filter(function (a) {
        return !!a.shift === event.shiftKey && (a.key === key || (a.shift && shiftedKey(a.key) === key));
      })[0];
      if (!action) return;
      event.preventDefault();
      perform(action);
    });

    textarea.addEventListener("paste", function (event) {
      var files = Array.prototype.filter.call((event.clipboardData && event.clipboardData.files) || [], function (f) { return f.type.indexOf("image/") === 0; });
      if (files.length === 0) return;
      event.preventDefault();
      files.forEach(function (file) { upload(textarea, status, file); });
    });
    textarea.addEventListener("dragover", function (event) {
      if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") >= 0) {
        event.preventDefault();
        textarea.classList.add("md-drop");
      }
    });
    textarea.addEventListener("dragleave", function () { textarea.classList.remove("md-drop"); });
    textarea.addEventListener("drop", function (event) {
      textarea.classList.remove("md-drop");
      var files = event.dataTransfer ? Array.prototype.slice.call(event.dataTransfer.files) : [];
      if (files.length === 0) return;
      event.preventDefault();
      files.forEach(function (file) { upload(textarea, status, file); });
    });

    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(picker, textarea);
    textarea.insertAdjacentElement("afterend", status);
    textarea.classList.add("md-with-toolbar");
  }

  // A text glyph, or a line drawing (SVG made here: no file to fetch, no font needed).
  function icon(action) {
    if (!action.svg) {
      var span = document.createElement("span");
      span.setAttribute("aria-hidden", "true");
      span.textContent = action.icon;
      return span;
    }
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("class", "md-icon");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", action.svg);
    svg.appendChild(path);
    return svg;
  }

  // The character a shortcut's key gives with Shift on a US keyboard ("8" with Shift is "*").
  function shiftedKey(key) { return { "7": "&", "8": "*", ".": ">", "h": "h", "g": "g" }[key]; }

  document.querySelectorAll("textarea.markdown-input").forEach(function (textarea) {
    if (textarea.id && !textarea.readOnly) attach(textarea);
  });
})();
