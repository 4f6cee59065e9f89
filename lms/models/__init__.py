"""Delivery-tracking records (jails, instructors, session logs) live in this package."""
