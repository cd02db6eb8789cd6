// Forum: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // The words scripts show, from the page (the layout writes them from the resources in the reader's language):
  // forumText("Script.Draft.Restore"), with {0}, {1}… filled from the arguments after the key.
  var scriptTexts = {};
  try {
    scriptTexts = JSON.parse((document.getElementById("forum-script-texts") || {}).textContent || "{}");
  } catch (e) { /* no texts: the keys show, the page still works */ }
  window.forumText = function (key) {
    var values = Array.prototype.slice.call(arguments, 1);
    var text = Object.prototype.hasOwnProperty.call(scriptTexts, key) ? scriptTexts[key] : key;
    return text.replace(/\{(\d+)\}/g, function (match, index) {
      return index < values.length ? String(values[index]) : match;
    });
  };

  // Posts JSON to the forum's API and resolves with its JSON answer; rejects on an error status or when aborted.
  // A signed-in member's call carries the antiforgery token of the page's forms, which the API asks of cookie sign-ins.
  window.forumPostJson = function (url, payload, signal) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    var token = document.querySelector("input[name='__RequestVerificationToken']");
    if (token) headers.RequestVerificationToken = token.value;
    return fetch(url, {
      method: "POST",
      headers: headers,
      body: JSON.stringify(payload),
      credentials: "same-origin",
      signal: signal
    }).then(function (response) {
      if (!response.ok) throw new Error(url + " answered " + response.status);
      return response.json();
    });
  };

  // Relative times ("3 hours ago") stay current while the page is open, in the page's language (the browser's own
  // words for it); the exact UTC time is in the title. Within the first minute the server's "just now" stays.
  var relativeFormat = new Intl.RelativeTimeFormat(document.documentElement.lang || "en", { numeric: "auto" });
  function relative(date) {
    var seconds = (Date.now() - date.getTime()) / 1000;
    if (seconds < 60) return null;
    if (seconds < 3600) return relativeFormat.format(-Math.floor(seconds / 60), "minute");
    if (seconds < 86400) return relativeFormat.format(-Math.floor(seconds / 3600), "hour");
    if (seconds < 172800) return relativeFormat.format(-1, "day");
    if (seconds < 2592000) return relativeFormat.format(-Math.floor(seconds / 86400), "day");
    if (seconds < 31536000) return relativeFormat.format(-Math.floor(seconds / 2592000), "month");
    return relativeFormat.format(-Math.floor(seconds / 31536000), "year");
  }

  function refreshTimes() {
    document.querySelectorAll("time[data-relative][datetime]").forEach(function (el) {
      var date = new Date(el.getAttribute("datetime"));
      var words = isNaN(date.getTime()) ? null : relative(date);
      if (words) el.textContent = words;
    });
  }
  setInterval(refreshTimes, 60000);

  // Exact times are written in UTC by the server; the reader sees them in their own time zone (locale's format).
  var formats = {
    datetime: { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" },
    time: { hour: "numeric", minute: "2-digit", timeZoneName: "short" },
    date: { year: "numeric", month: "short", day: "numeric" }
  };
  function localize(root) {
    if (!window.Intl || !root.querySelectorAll) return;
    root.querySelectorAll("time[datetime][data-local], time[datetime][data-local-title]").forEach(function (el) {
      var date = new Date(el.getAttribute("datetime"));
      if (isNaN(date.getTime())) return;
      var shows = el.getAttribute("data-local");
      if (shows && formats[shows]) {
        el.textContent = new Intl.DateTimeFormat(document.documentElement.lang || undefined, formats[shows]).format(date);
        el.removeAttribute("data-local");
      }
      if (el.hasAttribute("data-local-title")) {
        // The attribute may hold the title's sentence, in the page's language, with {0} where the time goes.
        var sentence = el.getAttribute("data-local-title") || "{0}";
        el.title = sentence.replace("{0}", new Intl.DateTimeFormat(document.documentElement.lang || undefined, formats.datetime).format(date));
        el.removeAttribute("data-local-title");
      }
    });
  }
  localize(document);
  // Parts of the page fetched again (live updates) come with UTC times too.
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(function (node) {
        if (node.nodeType !== 1) return;
        if (node.matches("time")) localize(node.parentNode || node); else localize(node);
      });
    });
  }).observe(document.body, { childList: true, subtree: true });

  // The theme picked in the footer applies at once and is remembered in the cookie the server reads for the next
  // pages (the form's Apply button does the same without JavaScript).
  var themeChoice = document.querySelector("[data-theme-choice]");
  if (themeChoice) {
    var apply = document.querySelector("[data-theme-apply]");
    if (apply) apply.hidden = true;
    themeChoice.addEventListener("change", function () {
      var theme = themeChoice.value;
      var dark = document.getElementById("dark-theme");
      if (dark) dark.media = theme === "dark" ? "all" : theme === "light" ? "not all" : "(prefers-color-scheme: dark)";
      var scheme = document.querySelector("meta[name='color-scheme']");
      if (scheme) scheme.content = theme === "system" ? "light dark" : theme;
      var secure = location.protocol === "https:" ? "; secure" : "";
      document.cookie = theme === "system"
        ? "forum-theme=; path=/; max-age=0; samesite=lax" + secure
        : "forum-theme=" + theme + "; path=/; max-age=31536000; samesite=lax" + secure;
    });
  }

  // Forms marked data-confirm (deleting a post) ask first.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form instanceof HTMLFormElement ? form.getAttribute("data-confirm") : null;
    if (message && !window.confirm(message)) event.preventDefault();
  });

  // The header's menus (<details>: the account menu, the site menu on narrow screens) close on Escape and on a
  // click elsewhere.
  var menus = "details.account-menu[open], details.site-menu[open]";
  document.addEventListener("click", function (event) {
    document.querySelectorAll(menus).forEach(function (menu) {
      if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(menus).forEach(function (menu) {
      menu.removeAttribute("open");
      var summary = menu.querySelector("summary");
      if (summary) summary.focus();
    });
  });
})();
