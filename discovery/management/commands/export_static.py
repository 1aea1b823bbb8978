"""manage.py export_static OUTDIR [--base-url URL]: the site as static files."""

from django.core.management.base import BaseCommand, CommandError

from discovery.static_export import ExportError, StaticExport


class Command(BaseCommand):
    help = (
        "Write every live page in every language, the feeds, sitemaps, documents and "
        "the files they use to OUTDIR, under the site's own addresses, with a Pagefind "
        "search index: an archive any static host can serve."
    )

    def add_arguments(self, parser):
        parser.add_argument("outdir")
        parser.add_argument(
            "--base-url",
            help="Where the archive will be served (scheme and host, e.g. "
            "https://archive.example.org): absolute addresses name it. "
            "Default: the site's own root URL.",
        )

    def handle(self, outdir, base_url=None, **options):
        try:
            report = StaticExport(outdir, base_url, log=self.stdout.write).run()
        except ExportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Exported {report['pages']} HTML pages, {report['files']} files, "
            f"{report['bytes']:,} bytes in {report['seconds']:.1f} s to {outdir}"
        )
        for path, (status, referrer) in sorted(report["broken"].items()):
            self.stderr.write(f"broken link: {path} ({status}), linked from {referrer}")
        if report["broken"]:
            raise CommandError(f"{len(report['broken'])} broken links")
