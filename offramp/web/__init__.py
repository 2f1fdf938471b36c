"""web: the dashboard's static files (HTML, CSS, JS), served by offramp.api; no outside assets."""
