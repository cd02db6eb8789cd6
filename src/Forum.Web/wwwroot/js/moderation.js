// Keyboard shortcuts for the moderation queue (progressive enhancement: every button works without this).
// j/k move between cards, x ticks a card for the bulk form, and a/i/h/d/r/l/s press the focused card's buttons.
(function () {
    "use strict";
    var queue = document.querySelector("[data-moderation-queue]");
    if (!queue) return;
    var cards = Array.prototype.slice.call(queue.querySelectorAll("[data-card]"));
    if (cards.length === 0) return;
    var storageKey = "forum.moderation.position";
    var current = 0;

    function focusCard(index) {
        current = Math.max(0, Math.min(cards.length - 1, index));
        cards.forEach(function (card, i) { card.classList.toggle("is-current", i === current); });
        cards[current].focus({ preventScroll: true });
        cards[current].scrollIntoView({ block: "nearest" });
    }

    function isTyping(target) {
        return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) && target.type !== "checkbox";
    }

    // After an action the page reloads without the handled card: stay at the same position in the queue.
    var saved = parseInt(window.sessionStorage.getItem(storageKey) || "0", 10);
    window.sessionStorage.removeItem(storageKey);
    focusCard(isNaN(saved) ? 0 : saved);

    cards.forEach(function (card, i) {
        card.addEventListener("focusin", function () {
            current = i;
            cards.forEach(function (c, j) { c.classList.toggle("is-current", j === i); });
        });
        var form = card.querySelector("form.card-actions");
        if (form) form.addEventListener("submit", function () { window.sessionStorage.setItem(storageKey, String(i)); });
    });

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
        var key = event.key;
        if (key === "j") { focusCard(current + 1); event.preventDefault(); return; }
        if (key === "k") { focusCard(current - 1); event.preventDefault(); return; }
        var card = cards[current];
        if (key === "x") {
            var box = card.querySelector("[data-select]");
            if (box) box.checked = !box.checked;
            event.preventDefault();
            return;
        }
        var button = card.querySelector('button[data-key="' + key + '"]');
        if (!button) return;
        event.preventDefault();
        var reason = card.querySelector("[data-reason]");
        if ((key === "h" || key === "s") && reason && reason.value.trim() === "") {
            reason.focus(); // hiding and suspending need a reason: type it, then press the button (or Enter)
            return;
        }
        button.click();
    });
})();
