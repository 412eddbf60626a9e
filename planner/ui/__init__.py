"""The Qt shell: layout and interaction only. Talks to planner.services, never to storage."""
