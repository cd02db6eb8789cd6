// Keyboard shortcuts for the moderation queue (progressive enhancement: every button works without this).
// j/k move between cards, x ticks a card, b goes to the bulk bar, and a/i/h/d/r/l/s/c press the current card's buttons.
// A decision is sent in the background: the card leaves the page, the count goes down and the next card has the focus.
(function () {
    "use strict";
    var queue = document.querySelector("[data-moderation-queue]");
    if (!queue) return;
    var status = document.querySelector("[data-queue-status]");
    var empty = document.querySelector("[data-queue-empty]");
    var bulk = document.getElementById("bulk-form");
    var storageKey = "forum.moderation.position", saidKey = "forum.moderation.said";
    var current = 0;
    var pending = null; // the button to press when Enter is pressed in the reason or original field

    function cards() { return Array.prototype.slice.call(queue.querySelectorAll("[data-card]")); }

    function markCurrent(index) {
        cards().forEach(function (card, i) { card.classList.toggle("is-current", i === index); });
        current = index;
    }

    function focusCard(index) {
        var all = cards();
        if (all.length === 0) return;
        markCurrent(Math.max(0, Math.min(all.length - 1, index)));
        all[current].focus({ preventScroll: true });
        all[current].scrollIntoView({ block: "nearest" });
    }

    function say(text) { if (status) status.textContent = text; }

    function isTyping(target) {
        return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) && target.type !== "checkbox";
    }

    // The heading counts this view of the queue (its filters); the navigation bar counts the whole queue.
    function showCount(remaining) {
        var total = document.querySelector("[data-queue-total]");
        var left = total ? Math.max(0, parseInt(total.getAttribute("data-queue-total"), 10) - 1) : 0;
        if (total) {
            total.setAttribute("data-queue-total", String(left));
            total.textContent = window.forumText(left === 1 ? "Queue.Waiting.One" : "Queue.Waiting.Other", left.toLocaleString(document.documentElement.lang || undefined));
        }
        var nav = document.querySelector(".nav-count");
        if (nav && nav.firstChild) nav.firstChild.nodeValue = String(remaining);
        return left;
    }

    function cardGone(card, result) {
        var index = cards().indexOf(card);
        card.remove();
        var left = showCount(result.remaining);
        say(result.message);
        if (cards().length > 0) {
            focusCard(index);
        } else if (left > 0) {
            window.sessionStorage.setItem(storageKey, "0");
            window.sessionStorage.setItem(saidKey, result.message);
            window.location.reload(); // the next page of the queue
        } else {
            if (bulk) bulk.hidden = true;
            if (empty) { empty.hidden = false; empty.focus(); }
        }
    }

    function refused(card, message) {
        var error = card.querySelector("[data-card-error]");
        if (error) { error.textContent = message; error.hidden = false; }
        say(message);
        card.removeAttribute("aria-busy");
        card.focus();
    }

    function send(form, button) {
        var card = form.closest("[data-card]");
        var data = new FormData(form);
        data.set(button.name, button.value);
        card.setAttribute("aria-busy", "true");
        fetch(form.getAttribute("action"), { // not form.action: the buttons are named "action"
             method: "POST", body: data, headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (response) {
                return response.json().then(function (result) { return { ok: response.ok, result: result }; });
            })
            .then(function (answer) {
                if (answer.ok) cardGone(card, answer.result);
                else refused(card, answer.result.message);
            })
            .catch(function () { refused(card, window.forumText("Script.Moderation.Unreachable")); });
    }

    queue.addEventListener("submit", function (event) {
        var form = event.target;
        var button = event.submitter;
        if (!form.matches("form.card-actions") || !button || !button.name || !window.fetch) return;
        event.preventDefault();
        pending = null;
        send(form, button);
    });

    queue.addEventListener("focusin", function (event) {
        var card = event.target.closest("[data-card]");
        if (card) markCurrent(cards().indexOf(card));
    });

    // Enter in a card's field presses the button that asked for it (never the first button of the form: approve).
    queue.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && isTyping(event.target)) {
            pending = null;
            focusCard(current);
            event.preventDefault();
            return;
        }
        if (event.key !== "Enter" || event.target.tagName !== "INPUT" || !event.target.closest(".card-fields")) return;
        event.preventDefault();
        var card = event.target.closest("[data-card]");
        var button = pending && card.contains(pending) ? pending
            : event.target.matches("[data-duplicate]") ? card.querySelector('button[data-key="c"]') : null;
        if (button) button.click();
        else say(window.forumText("Script.Moderation.PressToDecide"));
    });

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
        var key = event.key;
        if (key === "j") { focusCard(current + 1); event.preventDefault(); return; }
        if (key === "k") { focusCard(current - 1); event.preventDefault(); return; }
        if (key === "b" && bulk) { bulk.querySelector("select").focus(); event.preventDefault(); return; }
        var card = cards()[current];
        if (!card || card.getAttribute("aria-busy") === "true") return;
        if (key === "x") {
            var box = card.querySelector("[data-select]");
            if (box) box.checked = !box.checked;
            event.preventDefault();
            return;
        }
        var button = card.querySelector('button[data-key="' + key + '"]');
        if (!button) return;
        event.preventDefault();
        var field = key === "c" ? card.querySelector("[data-duplicate]") : (key === "h" || key === "s") ? card.querySelector("[data-reason]") : null;
        if (field && field.value.trim() === "") {
            pending = button; // type it, then Enter presses this button
            field.focus();
            say(window.forumText(key === "c" ? "Script.Moderation.TypeOriginal" : "Script.Moderation.TypeReason"));
            return;
        }
        button.click();
    });

    var saved = parseInt(window.sessionStorage.getItem(storageKey) || "0", 10);
    window.sessionStorage.removeItem(storageKey);
    say(window.sessionStorage.getItem(saidKey) || "");
    window.sessionStorage.removeItem(saidKey);
    focusCard(isNaN(saved) ? 0 : saved);
})();
