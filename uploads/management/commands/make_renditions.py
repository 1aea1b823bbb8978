from django.core.management.base import BaseCommand

from uploads.renditions import make_all


class Command(BaseCommand):
    help = (
        "Make every image rendition the site's templates use, for the images in use, "
        "so that no visitor's request has to (safe to run again)."
    )

    def handle(self, **options):
        images, made = make_all()
        self.stdout.write(f"Checked {images} images: made {made} renditions.")
