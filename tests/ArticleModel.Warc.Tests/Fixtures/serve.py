#!/usr/bin/env python3
"""Serves the invented fixture sites under site/<host>/ to wget on 127.0.0.1, as a forward proxy would:
wget sends absolute URLs (http://news.example/...), so each host's pages come from its own folder.

www.daily.example is served with its charset in the HTTP header only (the page is Latin-1 without a meta
charset); blog.sub.example over HTTP/1.1 with a chunked body; /old-harbour redirects; unknown paths are 404."""
import http.server
import os
import sys
import urllib.parse

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        host = (url.hostname or self.headers.get("Host", "")).lower()
        path = url.path if url.scheme else self.path
        if path == "/old-harbour":
            self.protocol_version = "HTTP/1.0"
            self.send_response(301)
            self.send_header("Location", "http://news.example/2026/03/harbour-lights.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path.endswith("/"):
            path += "index.html"
        file = os.path.normpath(os.path.join(ROOT, host, path.lstrip("/")))
        if not file.startswith(ROOT + os.sep) or not os.path.isfile(file):
            body = b"<html><body><h1>Not found</h1></body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        body = open(file, "rb").read()
        if file.endswith(".txt"):
            content_type = "text/plain; charset=utf-8"
        elif host == "www.daily.example":
            content_type = "text/html; charset=iso-8859-1"
        else:
            content_type = "text/html"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if host == "blog.sub.example":
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
            self.end_headers()
            for i in range(0, len(body), 300):
                chunk = body[i:i + 300]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


class ChunkedAwareHandler(Handler):
    protocol_version = "HTTP/1.1"


if __name__ == "__main__":
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), ChunkedAwareHandler)
    print(server.server_address[1], flush=True)
    server.serve_forever()
