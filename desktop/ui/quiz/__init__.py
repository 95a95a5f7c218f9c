"""The quiz page: questions, grading offline, past attempts."""
