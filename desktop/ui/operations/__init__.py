"""Learner actions as tasks off the GUI thread, and what they changed."""
