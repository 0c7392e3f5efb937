#!/usr/bin/env python3
"""Signs up one account through the app's own form (a consultant by default) and prints its
session cookie and email, for wrk. Loopback only: the app under test is local.
    python3 bench/signup.py PORT [PARENT|CONSULTANT]"""
import sys

from browser import Browser

browser = Browser(int(sys.argv[1]))
email = browser.sign_up(sys.argv[2] if len(sys.argv) > 2 else "CONSULTANT")
print(f"{browser.session_cookie()} {email}")
