"""Logging helpers of multiprocessing (a logger named 'multiprocessing', off by default)."""

import sys

_logger = None
SUBDEBUG, DEBUG, INFO, SUBWARNING = 5, 10, 20, 25
LOGGER_NAME = 'multiprocessing'


def get_logger():
    global _logger
    if _logger is None:
        import logging
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = False
    return _logger


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


def debug(msg, *args):
    pass


def info(msg, *args):
    pass


def sub_debug(msg, *args):
    pass
