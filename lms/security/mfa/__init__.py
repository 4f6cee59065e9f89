"""Two-factor authentication (TOTP plus single-use backup codes) on top of django-otp.

Required of everyone who can reach the Wagtail admin, optional for instructors. The pieces:
devices.py (what an enrolled user holds), forms.py, views.py and urls.py (enrolment,
verification, the account page), middleware.py (no admin without a verified device).
"""
