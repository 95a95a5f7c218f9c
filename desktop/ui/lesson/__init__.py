"""The lesson page: rendered Markdown, sections read, study time."""
