// Shows the details of the highlight under the pointer, in focus or tapped, marks its mention
// and its cue in the text, and lets the legend choose a speaker. The page is complete without
// it: each highlight has its details in its title and in the list of quotations.
//
// The address may name a highlight (page.html#h3: its details are shown) or a speaker
// (page.html#speaker-2: its statements are marked, and the first is shown).
(function () {
  "use strict";
  var doc = document;
  var panel = doc.getElementById("panel");
  var text = doc.querySelector(".text");
  var shown = null;
  var lit = [];
  var chosen = null;
  doc.documentElement.classList.add("js");

  // The panel replaces the browser's own tooltip.
  doc.querySelectorAll(".hl[title]").forEach(function (h) {
    h.setAttribute("data-title", h.getAttribute("title"));
    h.removeAttribute("title");
  });

  function highlight(el) {
    return el && el.closest ? el.closest(".hl[data-h]") : null;
  }

  function light(id) {
    var el = id ? doc.getElementById(id) : null;
    if (el) {
      el.classList.add("on");
      lit.push(el);
    }
  }

  function hide() {
    if (shown) shown.classList.remove("current");
    shown = null;
    lit.forEach(function (el) { el.classList.remove("on"); });
    lit = [];
    panel.hidden = true;
  }

  function show(h) {
    if (shown === h) return;
    hide();
    shown = h;
    h.classList.add("current");
    light(h.getAttribute("data-mention"));
    light(h.getAttribute("data-cue"));
    var details = doc.getElementById("d" + h.getAttribute("data-h"));
    panel.textContent = "";
    if (details) {
      var copy = details.cloneNode(true);
      copy.removeAttribute("id");
      panel.appendChild(copy);
    }
    var speaker = h.getAttribute("data-speaker");
    panel.className = speaker === null ? "panel" : "panel s" + speaker;
    panel.hidden = false;
    place(h);
  }

  // In the margin beside the highlight's first line, over the legend, so as not to cover the
  // mention and the cue around it; below or above the highlight where the margin is too narrow;
  // at the foot of the screen on a phone (by the style sheet).
  function place(h) {
    panel.style.left = "";
    panel.style.top = "";
    if (window.matchMedia("(max-width: 50rem)").matches) return;
    var r = h.getClientRects()[0] || h.getBoundingClientRect();
    var width = panel.offsetWidth;
    var height = panel.offsetHeight;
    var room = doc.documentElement.clientWidth - 8;
    var margin = text.getBoundingClientRect().right + 16;
    var left;
    var top;
    if (margin + width <= room) {
      left = margin;
      top = Math.max(8, Math.min(r.top, window.innerHeight - height - 8));
    } else {
      var all = h.getBoundingClientRect();
      left = Math.max(8, Math.min(r.left, room - width));
      top = all.bottom + 8;
      if (top + height > window.innerHeight && r.top - height - 8 > 0) top = r.top - height - 8;
    }
    panel.style.left = left + window.scrollX + "px";
    panel.style.top = top + window.scrollY + "px";
  }

  function go(h, keepAddress) {
    var r = h.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) h.scrollIntoView({ block: "center" });
    h.focus({ preventScroll: true });
    show(h);
    if (!keepAddress && history.replaceState) history.replaceState(null, "", "#" + h.id);
  }

  // Marks the statements of speaker `s` (null: of none); returns the first.
  function choose(s) {
    doc.querySelectorAll(".chosen").forEach(function (el) { el.classList.remove("chosen"); });
    doc.querySelectorAll(".who[aria-current]").forEach(function (el) {
      el.removeAttribute("aria-current");
    });
    chosen = s;
    doc.body.classList.toggle("choosing", s !== null);
    if (s === null) return null;
    var first = null;
    doc.querySelectorAll('.hl[data-speaker="' + s + '"]').forEach(function (h) {
      h.classList.add("chosen");
      if (!first && h.id) first = h;
    });
    doc.querySelectorAll('.who[data-speaker="' + s + '"]').forEach(function (el) {
      el.setAttribute("aria-current", "true");
    });
    return first;
  }

  doc.querySelectorAll("a.who[data-speaker]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      var s = a.getAttribute("data-speaker");
      var first = choose(chosen === s ? null : s);
      if (first) go(first);
      else hide();
    });
  });

  doc.addEventListener("focusin", function (e) {
    var h = highlight(e.target);
    if (h) show(h);
  });
  doc.addEventListener("focusout", function (e) {
    if (highlight(e.target) && !highlight(e.relatedTarget)) hide();
  });
  doc.addEventListener("mouseover", function (e) {
    var h = highlight(e.target);
    if (h) show(h);
  });
  doc.addEventListener("mouseout", function (e) {
    if (!highlight(e.target) || highlight(e.relatedTarget)) return;
    var focused = highlight(doc.activeElement);
    if (focused) show(focused);
    else hide();
  });
  doc.addEventListener("click", function (e) {
    var h = highlight(e.target);
    if (h) show(h);
  });
  doc.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      choose(null);
      hide();
    }
  });

  function fromAddress() {
    var id = decodeURIComponent(location.hash.slice(1));
    var speaker = /^speaker-(\d+)$/.exec(id);
    if (speaker) {
      var first = choose(speaker[1]);
      if (first) go(first, true);
      return;
    }
    var h = highlight(doc.getElementById(id));
    if (h) go(h, true);
  }
  window.addEventListener("hashchange", fromAddress);
  fromAddress();
})();
