"""The instructor's preview of a course package, as learners see it."""
