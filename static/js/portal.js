/* The little the site does with JavaScript; everything works without it.

   1. The phone-sized header's menu button (templates/base.html, static/css/portal.css).
      Without JavaScript the button is a link to #site-header that unfolds the menu by
      CSS (:target); here it becomes a real button that says whether the menu is open.
   2. "Copy link" among the share links (templates/includes/share.html): a plain link
      to the page without JavaScript; here it copies the address and says so. */
(function () {
  "use strict";
  var header = document.getElementById("site-header");
  var link = header && header.querySelector("[data-menu-toggle]");
  if (!link) return;

  var button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.innerHTML = link.innerHTML;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", link.getAttribute("data-controls"));
  link.parentNode.replaceChild(button, link);
  var close = header.querySelector(".menu-toggle--close");
  if (close) close.parentNode.removeChild(close);
  header.classList.add("site-header--enhanced");

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    header.classList.toggle("site-header--open", open);
  }

  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  header.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
})();

(function () {
  "use strict";
  var links = document.querySelectorAll("[data-copy-link]");
  if (!links.length || !navigator.clipboard) return;
  Array.prototype.forEach.call(links, function (link) {
    var status = document.getElementById(link.getAttribute("data-status"));
    link.setAttribute("role", "button");
    link.addEventListener("click", function (event) {
      event.preventDefault();
      navigator.clipboard.writeText(link.href).then(
        function () { if (status) status.textContent = link.getAttribute("data-copied"); },
        function () { if (status) status.textContent = link.getAttribute("data-failed"); }
      );
    });
  });
})();
