"""Qt views and thin adapters over the shared Article."""
