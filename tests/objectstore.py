"""A real S3-compatible server for the tests: moto's standalone server, started on a free
loopback port as its own process (installed with the project's dev dependencies), and the
settings that point the portal's storage at a fresh bucket in it."""

import contextlib
import socket
import subprocess
import sys
import time
import uuid

import boto3

KEYS = {"aws_access_key_id": "jos-test", "aws_secret_access_key": "jos-test-secret"}
REGION = "us-east-1"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def s3_server(timeout=30):
    """Start ``python -m moto.server`` on 127.0.0.1 and yield its endpoint URL."""
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("De S3-testserver (moto) startte niet.")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def client(endpoint):
    return boto3.client("s3", endpoint_url=endpoint, region_name=REGION, **KEYS)


def new_bucket(endpoint):
    name = f"jos-{uuid.uuid4().hex[:12]}"
    client(endpoint).create_bucket(Bucket=name)
    return name


def storage_settings(endpoint, bucket):
    """The environment a production site would set, as Django settings."""
    return {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_ACCESS_KEY_ID": KEYS["aws_access_key_id"],
        "AWS_SECRET_ACCESS_KEY": KEYS["aws_secret_access_key"],
        "AWS_LOCATION": "media",
        "AWS_QUERYSTRING_EXPIRE": 3600,
    }


def keys(endpoint, bucket):
    listing = client(endpoint).list_objects_v2(Bucket=bucket)
    return sorted(item["Key"] for item in listing.get("Contents", []))
