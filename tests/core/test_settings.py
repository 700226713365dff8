"""Production settings: refuse to start without secrets, pass Django's deploy checks."""

import os
import subprocess
import sys

from django.conf import settings

STRONG_KEY = "k7#Qz9!mP2vX@rL5wT8&nB3yF6^hJ1cD4-sG0eA_uK9iO2pW5qE8tR1yU4oI7aS0dF3gH"


def run_manage(*args, env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(env_overrides)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_without_secret_key_refuses_to_start():
    result = run_manage(
        "check", env_overrides={"DJANGO_SETTINGS_MODULE": "jos_portal.settings.production"}
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_with_a_weak_secret_key_refuses_to_start():
    result = run_manage(
        "check",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "jos_portal.settings.production",
            "SECRET_KEY": "short",
        },
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "jos_portal.settings.production",
            "SECRET_KEY": STRONG_KEY,
            "ALLOWED_HOSTS": "jos.example.nl",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_base_settings_are_safe_on_their_own():
    from jos_portal.settings import base

    assert base.DEBUG is False
    assert base.X_FRAME_OPTIONS == "DENY"
    assert base.SECURE_CONTENT_TYPE_NOSNIFF is True
    assert base.TAGGIT_CASE_INSENSITIVE is True
    assert "pdf" in base.WAGTAILDOCS_EXTENSIONS and "exe" not in base.WAGTAILDOCS_EXTENSIONS
