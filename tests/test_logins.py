"""Logins: lockout after repeated failures, a second factor, password rules.

The lockout (django-axes) counts failures per user name and address; the second
factor (wagtail-2fa, TOTP) is required of coordinators and superusers and open to
every editor; both speak the language of the person at the keyboard.
"""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from editorial.teams import setup_editor_teams, team_group
from tests.servers import run_python

PASSWORD = "a-long-test-password-4711"  # noqa: S105 (a test user's)
LOGIN = reverse("wagtailadmin_login")
ADMIN = reverse("wagtailadmin_home")
LANGUAGES = [code for code, _name in settings.LANGUAGES]

pytestmark = pytest.mark.django_db


def make_user(username, *, group=None, superuser=False, language="en"):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, is_superuser=superuser
    )
    if group is not None:
        user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def sign_in(client, username, password=PASSWORD, address="192.0.2.10", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": ADMIN},
        REMOTE_ADDR=address,
        **headers,
    )


# Lockout -----------------------------------------------------------------------------


def test_five_failures_lock_the_user_out_from_that_address_and_are_logged(
    client, caplog
):
    make_user("editor")
    caplog.set_level(logging.WARNING, logger="axes")
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "editor", "wrong")
        assert response.status_code == 200  # the form again, with its error
        assert response.context["form"].errors
    response = sign_in(client, "editor", "wrong")
    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    assert "15" in response.content.decode()
    assert any("Locking out" in record.getMessage() for record in caplog.records)

    # Locked: the right password does not help from this address…
    locked = Client()
    assert sign_in(locked, "editor").status_code == 429
    assert "_auth_user_id" not in locked.session
    # …but the same user signs in from another address, and another user from this one.
    assert sign_in(Client(), "editor", address="198.51.100.7").status_code == 302
    make_user("moderator")
    assert sign_in(Client(), "moderator").status_code == 302


def test_the_lockout_ends_after_the_cool_off_time(client):
    make_user("editor")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong")
    assert sign_in(Client(), "editor").status_code == 429
    # Sixteen minutes later (the attempts are dated back, as time would pass).
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= timedelta(minutes=16)
        attempt.save()
        if hasattr(attempt, "expiration"):
            attempt.expiration.expires_at -= timedelta(minutes=16)
            attempt.expiration.save()
    response = sign_in(Client(), "editor")
    assert response.status_code == 302
    assert response["Location"] == ADMIN


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_lockout_page_speaks_the_visitors_language(client, code):
    make_user("editor")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "editor", "wrong", HTTP_ACCEPT_LANGUAGE=code)
    assert response.status_code == 429
    html = response.content.decode()
    assert f'lang="{code}"' in html
    with translation.override(code):
        title = translation.gettext("Too many failed sign-ins")
    assert title in html
    if code != "en":
        assert title != "Too many failed sign-ins", f"{code}: not translated"


def test_lockout_settings_come_from_the_environment():
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.AXES_FAILURE_LIMIT, int(s.AXES_COOLOFF_TIME.total_seconds()), "
        "s.AXES_IPWARE_PROXY_COUNT, s.AXES_IPWARE_META_PRECEDENCE_ORDER[0])"
    )
    output = run_python(
        script,
        LOGIN_FAILURE_LIMIT="3",
        LOGIN_LOCKOUT_MINUTES="60",
        TRUSTED_PROXY_COUNT="1",
    ).stdout.split()
    assert output == ["3", "3600", "1", "HTTP_X_FORWARDED_FOR"]


# Second factor ------------------------------------------------------------------------


def token(device, steps_ahead=0):
    """The code an authenticator app shows for the device, now or steps later."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def add_device(client):
    """Add a device through wagtail-2fa's form, as an editor does under Account."""
    response = client.get(reverse("wagtail_2fa_device_new"))
    assert response.status_code == 200
    device = TOTPDevice.objects.get(confirmed=False)
    qr = client.get(reverse("wagtail_2fa_device_qrcode"))
    assert qr.status_code == 200
    assert qr["Content-Type"] == "image/svg+xml"
    response = client.post(
        reverse("wagtail_2fa_device_new"),
        {"name": "Phone", "otp_token": token(device), "password": PASSWORD},
    )
    assert response.status_code == 302, response.context["form"].errors
    device.refresh_from_db()
    assert device.confirmed
    return device


@pytest.fixture
def teams(locales, home_page):
    return setup_editor_teams()


@override_settings(WAGTAIL_2FA_REQUIRED=True)
@pytest.mark.parametrize("who", ["superuser", "coordinator"])
def test_coordinators_and_superusers_must_add_a_second_factor(client, teams, who):
    if who == "superuser":
        make_user("chief", superuser=True)
    else:
        make_user("chief", group=Group.objects.get(name="Coordinators"))
    assert sign_in(client, "chief").status_code == 302
    # Nothing of the admin but the device set-up until a device is added.
    for path in (ADMIN, reverse("wagtailadmin_explore_root")):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtail_2fa_device_new"))
    device = add_device(client)
    assert client.get(ADMIN).status_code == 200

    # The next sign-in asks for the code after the password.
    other = Client()
    assert sign_in(other, "chief").status_code == 302
    response = other.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtail_2fa_auth"))
    auth = reverse("wagtail_2fa_auth")
    response = other.post(auth, {"otp_token": "000000", "next": ADMIN})
    assert response.status_code == 200
    assert "Invalid code" in response.content.decode()
    assert other.get(ADMIN).status_code == 302
    # A moment later (django-otp slows down guessing after a wrong code), the code of
    # the app's next step lets them in.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
    response = other.post(auth, {"otp_token": token(device, 1), "next": ADMIN})
    assert response.status_code == 302, response.context["form"].errors
    assert response["Location"] == ADMIN
    assert other.get(ADMIN).status_code == 200


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_with_two_devices_the_code_form_asks_which_one(client, teams):
    make_user("chief", superuser=True)
    sign_in(client, "chief")
    add_device(client)
    phone = TOTPDevice.objects.get()
    client.get(reverse("wagtail_2fa_device_new"))
    laptop = TOTPDevice.objects.get(confirmed=False)
    client.post(
        reverse("wagtail_2fa_device_new"),
        {"name": "Laptop", "otp_token": token(laptop), "password": PASSWORD},
    )
    laptop.refresh_from_db()
    assert laptop.confirmed

    other = Client()
    sign_in(other, "chief")
    auth = reverse("wagtail_2fa_auth")
    form = other.get(auth).content.decode()
    assert 'name="otp_device"' in form
    assert phone.persistent_id in form and laptop.persistent_id in form
    response = other.post(
        auth,
        {
            "otp_token": token(laptop, 1),
            "otp_device": laptop.persistent_id,
            "next": ADMIN,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert other.get(ADMIN).status_code == 200
    # The phone was not tried, so not slowed down.
    phone.refresh_from_db()
    assert phone.throttling_failure_count == 0


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_editors_may_add_a_second_factor_and_then_need_it(client, teams):
    make_user("editor-lv", group=team_group("lv", "editors"), language="lv")
    sign_in(client, "editor-lv")
    # Not required of an editor…
    assert client.get(ADMIN).status_code == 200
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    devices = reverse("wagtail_2fa_device_list", args=[client.session["_auth_user_id"]])
    assert devices in account
    # …but open to them, and once added, asked for at every sign-in.
    add_device(client)
    other = Client()
    sign_in(other, "editor-lv")
    response = other.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtail_2fa_auth"))


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_a_wrong_code_or_password_adds_no_device(client, teams):
    make_user("editor", group=team_group("en", "editors"))
    sign_in(client, "editor")
    client.get(reverse("wagtail_2fa_device_new"))
    device = TOTPDevice.objects.get(confirmed=False)
    for data in (
        {"name": "Phone", "otp_token": "12", "password": PASSWORD},
        {"name": "Phone", "otp_token": token(device), "password": "wrong"},
    ):
        response = client.post(reverse("wagtail_2fa_device_new"), data)
        assert response.status_code == 200
        assert response.context["form"].errors
    assert not TOTPDevice.objects.filter(confirmed=True).exists()


@override_settings(WAGTAIL_2FA_REQUIRED=True)
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_second_factor_speaks_the_editors_language(client, teams, code):
    make_user("editor", group=team_group(code, "editors"), language=code)
    sign_in(client, "editor")
    response = client.get(reverse("wagtail_2fa_device_new"))
    html = response.content.decode()
    assert f'lang="{code}"' in html
    with translation.override(code):
        words = [
            translation.gettext("Two Factor Settings"),
            translation.gettext(
                "As an extra security measure, we need your current password."
            ),
        ]
    for text in words:
        assert text in html
    if code != "en":
        assert "Two Factor Settings" not in html
        assert "we need your current password" not in html


# Passwords ------------------------------------------------------------------------------


def test_the_admin_refuses_a_weak_password_in_the_users_language(admin_client):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = "lv"
    profile.save()
    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "password",
            "password2": "password",
        },
    )
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors.get("password2", []))
    with translation.override("lv"):
        common = translation.gettext("This password is too common.")
    assert common in errors
    assert common != "This password is too common."
    assert not get_user_model().objects.filter(username="newcomer").exists()
