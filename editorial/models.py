"""Which language each editor group works in."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EditorTeam(models.Model):
    """Links a user group to the language it may edit; no language means every one."""

    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        related_name="editor_team",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty for coordinators, who work in every language."),
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the team's images and documents live."),
    )

    class Meta:
        # The table keeps the name it had when the model lived in home.
        db_table = "home_editorteam"
        verbose_name = _("editor team")

    def __str__(self):
        return self.group.name
