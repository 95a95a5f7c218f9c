"""The dashboard: progress, points, streaks, badges, leaderboard."""
