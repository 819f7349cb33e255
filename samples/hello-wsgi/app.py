"""The smallest WSGI application: answers every request with a greeting."""


def application(environ, start_response):
    body = b"Hello from PyImages\n"
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]
