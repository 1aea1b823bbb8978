"""manage.py load_demo: build the SEMPRE demo site (demo/loader.py does the work)."""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from demo.loader import DemoLoader
from uploads.renditions import make_all


class Command(BaseCommand):
    help = "Build the SEMPRE demo site (offline; running it again changes nothing)."

    def handle(self, *args, **options):
        with transaction.atomic():
            created = DemoLoader(self.stdout).run()
        # Every rendition the pages show, so that no visitor waits for one.
        images, made = make_all()
        self.stdout.write(f"Renditions: {made} made for {images} images.")
        total = Page.objects.filter(depth__gte=2).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {created} pages created, {total} in the site."
            )
        )
