// Live updates (progressive enhancement: every page works without this, and without WebSockets SignalR falls back).
// A page follows what it shows: a thread ([data-live-thread]), the Needs attention or moderation queue
// ([data-live-queue]); a signed-in member's bell follows their notifications. Events carry ids only: the page fetches
// the part that changed over HTTP, so what it shows went through the forum's authorization and sanitizer like any page.
(function () {
    "use strict";
    var thread = document.querySelector("[data-live-thread]");
    var queue = document.querySelector("[data-live-queue]");
    var bell = document.querySelector(".notification-bell");
    if (!window.signalR || (!thread && !queue && !bell)) return;

    var announcer = document.createElement("div");
    announcer.className = "visually-hidden";
    announcer.setAttribute("role", "status");
    document.body.appendChild(announcer);
    function say(text) { announcer.textContent = text; }

    function fetchPage() {
        return fetch(location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) { return html && new DOMParser().parseFromString(html, "text/html"); });
    }

    // Replaces a part of the page with its fresh copy, unless the reader is working in it (focus, an open form).
    function swap(current, fresh) {
        if (!current || !fresh) return;
        if (current.contains(document.activeElement) && document.activeElement !== document.body) return;
        if (current.querySelector("details[open]")) return;
        current.replaceWith(document.importNode(fresh, true));
    }

    // ---- A thread: new answers wait behind a notice; other changes replace the posts they concern. ----
    var newAnswers = 0, notice = null;
    function showNewAnswersNotice() {
        var answers = document.getElementById("answers");
        if (!answers) return;
        if (!notice) {
            notice = document.createElement("button");
            notice.type = "button";
            notice.className = "btn btn-primary btn-sm new-answers-notice";
            notice.addEventListener("click", function () {
                fetchPage().then(function (page) {
                    if (!page) return;
                    swap(document.getElementById("answers"), page.getElementById("answers"));
                    swap(document.getElementById("question"), page.getElementById("question"));
                    notice.remove();
                    notice = null;
                    newAnswers = 0;
                    var heading = document.getElementById("answers-title");
                    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
                });
            });
            answers.parentNode.insertBefore(notice, answers);
        }
        notice.textContent = newAnswers === 1 ? window.forumText("Script.Live.NewAnswer") : window.forumText("Script.Live.NewAnswers", newAnswers);
        say(notice.textContent);
    }

    function refreshPosts() {
        fetchPage().then(function (page) {
            if (!page) return;
            swap(document.getElementById("question"), page.getElementById("question"));
            document.querySelectorAll("#answers article.answer").forEach(function (article) {
                var fresh = page.getElementById(article.id);
                if (fresh) swap(article, fresh); else if (!article.contains(document.activeElement)) article.remove();
            });
        });
    }

    function onThread(message) {
        if (message.change === "answer-posted") {
            if (message.postId && document.getElementById("answer-" + message.postId)) return; // the reader's own, already shown
            newAnswers++;
            showNewAnswersNotice();
        } else {
            refreshPosts();
        }
    }

    // ---- Needs attention: the list is fetched again; waiting times tick from the server's clock. ----
    var clockOffset = 0;
    var serverNow = document.querySelector("[data-server-now]");
    if (serverNow) clockOffset = Date.parse(serverNow.getAttribute("data-server-now")) - Date.now();

    function brief(ms) {
        var minutes = Math.max(0, Math.floor(ms / 60000));
        var word = window.forumText;
        if (minutes < 60) return word("Time.BriefMinutes", minutes);
        var hours = Math.floor(minutes / 60);
        if (hours < 24) return minutes % 60 === 0 ? word("Time.BriefHours", hours) : word("Time.BriefHoursMinutes", hours, minutes % 60);
        var days = Math.floor(hours / 24);
        return hours % 24 === 0 ? word("Time.BriefDays", days) : word("Time.BriefDaysHours", days, hours % 24);
    }

    function tick() {
        var now = Date.now() + clockOffset;
        document.querySelectorAll("time[data-waiting-since]").forEach(function (el) {
            el.textContent = brief(now - Date.parse(el.getAttribute("datetime")));
        });
        document.querySelectorAll("[data-target-at]").forEach(function (el) {
            var left = Date.parse(el.getAttribute("data-target-at")) - now;
            el.textContent = left >= 0 ? window.forumText("NeedsAttention.TargetIn", brief(left)) : window.forumText("NeedsAttention.OverdueBy", brief(-left));
            el.classList.toggle("text-bg-danger", left < 0);
            el.classList.toggle("text-bg-light", left >= 0);
            el.closest(".queue-item") && el.closest(".queue-item").classList.toggle("is-overdue", left < 0);
        });
    }
    if (queue && queue.getAttribute("data-live-queue") === "needs-attention") setInterval(tick, 30000);

    function refreshQueue() {
        fetchPage().then(function (page) {
            if (!page) return;
            var fresh = page.querySelector("[data-live-queue]");
            var current = document.querySelector("[data-live-queue]");
            if (!fresh || !current) return;
            var hadFocus = current.contains(document.activeElement);
            current.replaceWith(document.importNode(fresh, true));
            queue = document.querySelector("[data-live-queue]");
            if (hadFocus) { queue.setAttribute("tabindex", "-1"); queue.focus(); }
            tick();
            say(window.forumText("Script.Live.QueueChanged"));
        });
    }

    // ---- The moderation queue: an item another moderator handled leaves; new items are counted. ----
    var newItems = 0, itemsNotice = null;
    function onModeration(message) {
        if (message.change === "item-handled") {
            var card = document.getElementById("card-" + message.topic);
            if (!card) return;
            var note = document.createElement("p");
            note.className = "queue-card-handled";
            note.textContent = message.by ? window.forumText("Script.Live.HandledBy", message.by) : window.forumText("Script.Live.HandledByAnother");
            card.replaceChildren(note);
            card.classList.add("is-handled");
            card.removeAttribute("data-card");
            say(note.textContent);
            return;
        }
        newItems++;
        if (!itemsNotice) {
            itemsNotice = document.createElement("a");
            itemsNotice.className = "btn btn-outline-primary btn-sm new-items-notice";
            itemsNotice.href = location.href;
            queue.parentNode.insertBefore(itemsNotice, queue);
        }
        itemsNotice.textContent = newItems === 1 ? window.forumText("Script.Live.NewItem") : window.forumText("Script.Live.NewItems", newItems);
        say(itemsNotice.textContent);
    }

    // ---- The bell: its count, and the tab title, follow the member's unread notifications. ----
    var baseTitle = document.title.replace(/^\(\d+\+?\) /, "");
    function showUnread(count) {
        if (!bell) return;
        var badge = bell.querySelector(".notification-count");
        if (count > 0 && !badge) {
            badge = document.createElement("span");
            badge.className = "notification-count";
            badge.setAttribute("aria-hidden", "true");
            bell.appendChild(badge);
        }
        if (badge) {
            if (count > 0) badge.textContent = count > 99 ? "99+" : String(count); else badge.remove();
        }
        bell.setAttribute("aria-label", count > 0 ? window.forumText("Layout.NotificationsUnread", count.toLocaleString(document.documentElement.lang || undefined)) : window.forumText("Layout.Notifications"));
        document.title = count > 0 ? "(" + (count > 99 ? "99+" : count) + ") " + baseTitle : baseTitle;
    }
    function refreshUnread() {
        fetch("/api/v1/notifications/unread-count", { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (result) { if (result) showUnread(result.unread); });
    }

    var connection = new signalR.HubConnectionBuilder().withUrl("/live").withAutomaticReconnect().build();
    connection.on("changed", function (message) {
        if (message.stream === "thread") onThread(message);
        else if (message.stream === "needsattention") refreshQueue();
        else if (message.stream === "moderation") onModeration(message);
        else if (message.stream === "member") refreshUnread();
    });

    function follow() {
        var calls = [];
        if (thread) calls.push(connection.invoke("FollowThread", parseInt(thread.getAttribute("data-live-thread"), 10)));
        var kind = queue && queue.getAttribute("data-live-queue");
        if (kind === "needs-attention") calls.push(connection.invoke("FollowNeedsAttention"));
        if (kind === "moderation") calls.push(connection.invoke("FollowModeration"));
        return Promise.all(calls);
    }

    // After a lost connection, what was missed is fetched as it is now.
    connection.onreconnected(function () {
        follow();
        if (thread) refreshPosts();
        if (queue && queue.getAttribute("data-live-queue") === "needs-attention") refreshQueue();
        if (bell) refreshUnread();
    });
    connection.start().then(function () {
        document.documentElement.setAttribute("data-live", "connected");
        return follow();
    }).catch(function () { /* the page keeps working as it is */ });
    if (bell) showUnread(parseInt((bell.querySelector(".notification-count") || { textContent: "0" }).textContent, 10) || 0);
})();
