"""http_probe.py, run as Python on this machine's python3 (the xunit test EmbeddedScriptTests runs this file).

`http_probe` is the embedded script as the assembly ships it, put on the path by the xunit test. The servers here
listen on 127.0.0.1 only and stop at the end of each test.
"""
import contextlib
import http.server
import io
import json
import socket
import threading
import time
import unittest

import http_probe


class Handler(http.server.BaseHTTPRequestHandler):
    status = 200

    def do_GET(self):
        self.send_response(self.status)
        self.end_headers()
        self.wfile.write(self.path.encode())

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Probe(unittest.TestCase):
    def serve(self, status, delay=0.0):
        port = free_port()
        handler = type("H", (Handler,), {"status": status})

        def run():
            time.sleep(delay)
            server = http.server.HTTPServer(("127.0.0.1", port), handler)
            self.addCleanup(server.server_close)
            self.addCleanup(server.shutdown)
            server.serve_forever()

        threading.Thread(target=run, daemon=True).start()
        return port

    def probe(self, port, path="/", timeout=5.0):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = http_probe.main(port, path, timeout)
        return code, json.loads(out.getvalue().strip().splitlines()[-1])

    def test_waits_for_a_server_that_starts_late_and_reports_its_answer(self):
        port = self.serve(200, delay=0.5)

        code, answer = self.probe(port, "/health?x=1")

        self.assertEqual(0, code)
        self.assertTrue(answer["answered"])
        self.assertEqual(200, answer["status"])
        self.assertEqual("/health?x=1", answer["body"])

    def test_an_error_status_is_an_answer_for_the_caller_to_judge(self):
        code, answer = self.probe(self.serve(503))

        self.assertEqual(0, code)
        self.assertEqual(503, answer["status"])

    def test_no_server_is_no_answer_within_the_timeout(self):
        start = time.monotonic()

        code, answer = self.probe(free_port(), timeout=1.0)

        self.assertEqual(1, code)
        self.assertFalse(answer["answered"])
        self.assertIn("127.0.0.1", answer["error"])
        self.assertLess(time.monotonic() - start, 5)


if __name__ == "__main__":
    unittest.main()
