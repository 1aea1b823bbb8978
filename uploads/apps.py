from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_save, pre_save


class UploadsConfig(AppConfig):
    """Images and documents as they arrive: the upload rules, the image form with the
    alt-text rule, and what is read from a PDF when it is stored (its text, a cover).
    The image and document models are the base's (home/models.py)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "uploads"

    def ready(self):
        # Here, not at the top: the document model and the admin forms that
        # documents.py imports exist only once the apps are loaded.
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.signals import page_published

        from . import avif, renditions
        from .documents import read_new_file

        avif.set_speed(settings.IMAGE_AVIF_SPEED)

        pre_save.connect(
            read_new_file, sender=get_document_model(), dispatch_uid="read_new_file"
        )
        # Renditions ahead of visits (renditions.py).
        page_published.connect(
            renditions.page_published, dispatch_uid="uploads.renditions_on_publish"
        )
        post_save.connect(
            renditions.image_saved,
            sender=get_image_model(),
            dispatch_uid="uploads.renditions_on_image_save",
        )
        post_save.connect(
            renditions.document_saved,
            sender=get_document_model(),
            dispatch_uid="uploads.renditions_on_document_save",
        )
