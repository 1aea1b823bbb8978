"""The second factor (wagtail-2fa on django-otp): its code form, and its words in every
admin language.

Since django-otp 1.7.2 a code is checked against one chosen device only (trying each
would throttle the devices it did not match); wagtail-2fa 1.8's code form names none,
so every code was refused. SecondFactorLoginView's form picks the user's device, or
lets them pick when they have several, and is served at wagtail-2fa's own address.

wagtail-2fa ships catalogues for few of the nine languages. Its messages that editors
read are marked below so that makemessages keeps them in the project's catalogues
(locale/, which Django reads before the packages' own); the device form's explanation
is in editorial/templates/wagtail_2fa/device_form.html.
"""

from django import forms
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_noop as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa import forms as wagtail_2fa_forms
from wagtail_2fa import views as wagtail_2fa_views


class TokenForm(wagtail_2fa_forms.TokenForm):
    """wagtail-2fa's code form, checked against the device the code comes from."""

    otp_device = forms.ChoiceField(label=gettext_lazy("Device"), required=False)

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.devices = list(TOTPDevice.objects.devices_for_user(user, confirmed=True))
        self.fields["otp_device"].choices = [
            (device.persistent_id, device.name) for device in self.devices
        ]

    @property
    def extra_fields(self):
        """The device choice, under the code, for users with several devices (the
        template of wagtail-2fa's view shows a form's extra fields)."""
        if len(self.devices) > 1:
            yield "otp_device", self["otp_device"]

    def _chosen_device(self, user):
        if len(self.devices) == 1:
            return self.devices[0]
        return super()._chosen_device(user)


class SecondFactorLoginView(wagtail_2fa_views.LoginView):
    form_class = TokenForm


MESSAGES = (
    # wagtail_2fa/forms.py
    _("OTP token"),
    _("Enter the numeric code displayed on your device after scanning the QR code"),
    _("Name"),
    _("The human-readable name of this device."),
    _("Current password"),
    _("As an extra security measure, we need your current password."),
    _("Invalid token. Please make sure you have entered it correctly."),
    _("Invalid password"),
    # wagtail_2fa/templates/wagtail_2fa/*.html
    _("Delete 2FA device"),
    _("Two Factor Settings"),
    _("Do you want to delete the device?"),
    _("Cancel"),
    _("Remove device"),
    _("Registered 2FA devices"),
    _("Update device"),
    _("There are no devices for this user."),
    _("New device"),
    _("Sign in"),
    _("Enter your two-factor authentication code"),
    _("Invalid code"),
    _("Signing in…"),
    _("Sign out"),
    # wagtail_2fa/utils.py and wagtail_hooks.py
    _("Device #%s"),
    _("Manage your 2FA devices"),
    _("Add or remove devices for 2 factor authentication."),
    _("Manage 2FA"),
    _("Edit this user"),
    # django-otp's refusal when a user with several devices names none
    _("Please select a device."),
)
