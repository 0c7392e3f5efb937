"""A cookie-keeping HTTP client on loopback for the bench scripts: what a browser does with the
app's forms (session cookie, CSRF token), and signing up an account."""
import http.client
import re
import urllib.parse
import uuid


class Browser:

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port)
        self.cookies = {}
        self.headers = {}

    def request(self, method, path, form=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        text = response.read().decode()
        self.headers = {header.lower(): value for header, value in response.getheaders()}
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, rest = value.split("=", 1)
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, response.getheader("Location"), text

    def csrf(self, path):
        _, _, text = self.request("GET", path)
        return re.search(r'name="_csrf" value="([^"]+)"', text).group(1)

    def sign_up(self, role):
        """Signs up a PARENT or CONSULTANT with a new email; returns the email."""
        email = f"bench-{role.lower()}-{uuid.uuid4()}@example.com"
        status, location, _ = self.request("POST", "/signup", {
            "_csrf": self.csrf("/signup"), "email": email, "password": "a bench password",
            "displayName": "Bench " + role.lower(), "timeZone": "UTC", "unit": "ML", "role": role,
            "credential": "IBCLC" if role == "CONSULTANT" else ""})
        assert status == 302, (status, location)
        return email

    def session_cookie(self):
        return f"SESSION={self.cookies['SESSION']}"
