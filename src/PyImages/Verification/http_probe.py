"""Waits until the application in the container whose namespaces this one shares answers HTTP on loopback, sends one
GET and prints the outcome as one JSON line: status, reason, seconds from the application's start to the answer.

Usage: python -c <this> PORT PATH TIMEOUT_SECONDS. Exits 0 when an answer came (any status), 1 when none did.
"""

import http.client
import json
import os
import sys
import time

HOSTS = ("127.0.0.1", "::1")


def seconds_since_app_start():
    """The age of PID 1 of the shared process namespace, the application's own process (None when it is gone)."""
    try:
        with open("/proc/1/stat") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as uptime:
            now = float(uptime.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return now - start_ticks / os.sysconf("SC_CLK_TCK")


def ask(host, port, path):
    connection = http.client.HTTPConnection(host, port, timeout=5)
    try:
        connection.request("GET", path, headers={"User-Agent": "pyimages-verify"})
        response = connection.getresponse()
        body = response.read(200).decode("utf-8", "replace")
        return {"status": response.status, "reason": response.reason, "body": body}
    finally:
        connection.close()


def main(port, path, timeout):
    deadline = time.monotonic() + timeout
    last_error = "no attempt"
    while time.monotonic() < deadline:
        errors = []
        for host in HOSTS:
            try:
                answer = ask(host, port, path)
            except OSError as error:
                errors.append(f"{host} port {port}: {error}")
                continue
            answer.update(answered=True, host=host, seconds=seconds_since_app_start())
            print(json.dumps(answer))
            return 0
        last_error = "; ".join(errors)
        if seconds_since_app_start() is None:
            last_error = "the application's process is gone"
            break
        time.sleep(0.05)
    print(json.dumps({"answered": False, "error": last_error, "seconds": seconds_since_app_start()}))
    return 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), sys.argv[2], float(sys.argv[3])))
