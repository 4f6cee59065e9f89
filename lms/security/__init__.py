"""Security layers of the site: CSP, session limits, no-store, login lockout, two-factor.

Each module holds one layer; lms/settings/base.py wires them into MIDDLEWARE in the order
docs/security.md explains.
"""
