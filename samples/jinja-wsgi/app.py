"""A WSGI application that renders a Jinja2 template (pure Python) with autoescaping by MarkupSafe (a C extension)."""

from urllib.parse import parse_qs

import markupsafe
from jinja2 import Environment, FileSystemLoader, select_autoescape

ENVIRONMENT = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())


def speedups_compiled():
    """True when MarkupSafe escapes with its compiled C extension rather than the pure-Python fallback."""
    try:
        from markupsafe import _speedups  # noqa: F401
    except ImportError:
        return False
    return True


def application(environ, start_response):
    name = parse_qs(environ.get("QUERY_STRING", "")).get("name", ["<world>"])[0]
    page = ENVIRONMENT.get_template("hello.html").render(
        name=name, markupsafe=markupsafe.__version__, speedups=speedups_compiled())
    body = page.encode("utf-8")
    status = "200 OK" if speedups_compiled() else "500 Internal Server Error"
    start_response(status, [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]
