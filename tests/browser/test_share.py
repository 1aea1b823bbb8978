""" "Copy link" copies the page's address and says so (a plain link without JavaScript)."""


def test_copy_link_copies_the_address_and_says_so(visit, pages):
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"])
    story = pages.stories[0]
    visit.go(story.url)
    link = visit.page.get_by_role("button", name="Copy link", exact=True)
    link.click()
    status = visit.page.locator(".share__status")
    status.filter(has_text="Link copied").wait_for()
    copied = visit.page.evaluate("() => navigator.clipboard.readText()")
    assert copied == link.get_attribute("href")
    assert copied.endswith(story.url)
    # The page did not go anywhere: the link was not followed.
    assert visit.page.url == visit.base_url + story.url


def test_without_javascript_copy_link_is_a_link_to_the_page(visit_without_js, pages):
    story = pages.stories[0]
    visit_without_js.go(story.url)
    link = visit_without_js.page.get_by_role("link", name="Copy link", exact=True)
    assert link.get_attribute("href").endswith(story.url)
