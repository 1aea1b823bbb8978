// The search page of the static archive (discovery/static_export.py): Pagefind's
// index of the page's language (it reads <html lang>), searched in the browser.
const root = document.querySelector("[data-archive-search]");
if (root) {
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const list = root.querySelector("[data-results]");
  const status = root.querySelector("[data-status]");
  let pagefind = null;

  const run = async (query) => {
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    try {
      pagefind = pagefind || (await import(`${root.dataset.bundle}pagefind.js`));
      const search = await pagefind.search(query);
      const found = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      const count = search.results.length;
      status.textContent =
        count === 0 ? root.dataset.none : count === 1 ? root.dataset.one : root.dataset.many.replace("{n}", count);
      for (const result of found) {
        const item = document.createElement("li");
        item.className = "search-result";
        const heading = document.createElement("h2");
        heading.className = "search-result__title";
        const link = document.createElement("a");
        link.href = result.url;
        link.textContent = result.meta.title || result.url;
        heading.append(link);
        const excerpt = document.createElement("p");
        // Pagefind's excerpt is escaped text with <mark> around the words found.
        excerpt.innerHTML = result.excerpt;
        item.append(heading, excerpt);
        list.append(item);
      }
    } catch (error) {
      status.textContent = root.dataset.failed;
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value;
    history.replaceState(null, "", `?q=${encodeURIComponent(query)}`);
    run(query);
  });
  const query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  if (query) run(query);
}
