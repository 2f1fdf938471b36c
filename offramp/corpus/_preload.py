"""Imported by the fork server of the worker pool: warm everything up once, so that each
worker forked from it starts coding at once and shares the model's memory."""
try:
    from ._work import warm_up

    warm_up()
except Exception:  # a worker then warms up by itself; the pool must still start
    pass
