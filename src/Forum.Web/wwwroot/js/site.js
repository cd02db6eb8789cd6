// Forum: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

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

  // Relative times ("3 hours ago") stay current while the page is open; the exact UTC time is in the title.
  function relative(date) {
    var seconds = (Date.now() - date.getTime()) / 1000;
    function plural(n, one, many) { return n + " " + (n === 1 ? one : many) + " ago"; }
    if (seconds < 60) return "just now";
    if (seconds < 3600) return plural(Math.floor(seconds / 60), "minute", "minutes");
    if (seconds < 86400) return plural(Math.floor(seconds / 3600), "hour", "hours");
    if (seconds < 172800) return "yesterday";
    if (seconds < 2592000) return plural(Math.floor(seconds / 86400), "day", "days");
    if (seconds < 31536000) return plural(Math.floor(seconds / 2592000), "month", "months");
    return plural(Math.floor(seconds / 31536000), "year", "years");
  }

  function refreshTimes() {
    document.querySelectorAll("time[data-relative][datetime]").forEach(function (el) {
      var date = new Date(el.getAttribute("datetime"));
      if (!isNaN(date.getTime())) el.textContent = relative(date);
    });
  }
  setInterval(refreshTimes, 60000);

  // Forms marked data-confirm (deleting a post) ask first.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form instanceof HTMLFormElement ? form.getAttribute("data-confirm") : null;
    if (message && !window.confirm(message)) event.preventDefault();
  });

  // The account menu (<details>) closes on Escape and on a click elsewhere.
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.account-menu[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details.account-menu[open]").forEach(function (menu) {
      menu.removeAttribute("open");
      var summary = menu.querySelector("summary");
      if (summary) summary.focus();
    });
  });
})();
