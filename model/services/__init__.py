"""Every change to an exercise goes through one of these calls.

Each call validates its keyword arguments, runs one transaction (committed
before it returns), appends a log entry and returns a ChangeReport.
"""
