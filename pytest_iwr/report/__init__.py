"""Turning step records into a run's results: leaderboard, results.json, terminal summary."""
