"""manage.py load_demo: build the SEMPRE demo site (demo/loader.py does the work)."""

import time

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from demo.loader import DemoLoader
from uploads.renditions import make_all


class Command(BaseCommand):
    BAR = 30

    help = "Build the SEMPRE demo site (offline; running it again changes nothing)."

    def handle(self, *args, **options):
        self.stdout.write(
            "Building the SEMPRE demo site (about a minute the first time):"
        )
        with transaction.atomic():
            created = DemoLoader(self.stdout).run()
        # Every rendition the pages show, so that no visitor waits for one.
        started = time.monotonic()
        images, made = make_all(progress=self.bar)
        self.stdout.write(
            f"Renditions: {made} made for {images} images "
            f"({time.monotonic() - started:.1f} s)"
        )
        total = Page.objects.filter(depth__gte=2).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {created} pages created, {total} in the site."
            )
        )

    def bar(self, done, total):
        """A bar for a long step: redrawn in place on a terminal, else a line at
        each quarter."""
        if total <= 0:
            return
        if self.stdout.isatty():
            filled = self.BAR * done // total
            self.stdout.write(
                f"\rRenditions [{'#' * filled}{'.' * (self.BAR - filled)}] "
                f"{done}/{total} images",
                ending="\n" if done == total else "",
            )
            self.stdout.flush()
        elif done == total or (done * 4 // total) != ((done - 1) * 4 // total):
            self.stdout.write(f"Renditions: {done}/{total} images")
