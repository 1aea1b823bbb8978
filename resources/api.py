"""How an output's files are described to machines: the API, JSON-LD and the export."""

from rest_framework.fields import Field


def file_records(page, request=None):
    """Each language version of an output: language, format, size, download URL.

    The URL is the output's stable download address, which counts the download. A
    private file (its collection has a view restriction) is left out: the API, the
    JSON-LD and the export are public.
    """
    files = [file for file in page.language_files if not file.is_private]
    return [
        {
            "title": file.document.title,
            "language": file.language,
            "language_name": file.language_name,
            "edition": file.edition,
            "edition_date": (
                file.edition_date.isoformat() if file.edition_date else None
            ),
            "format": file.file_format,
            "content_type": file.content_type,
            "size": file.file_size,
            "url": file.full_download_url(request),
        }
        for file in files
    ]


class OutputFilesField(Field):
    """The API field listing an output's language versions with download URLs."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return file_records(page, self.context.get("request"))
