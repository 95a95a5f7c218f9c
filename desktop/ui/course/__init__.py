"""A course's page: progress, enrolment, download, lessons, rating."""
