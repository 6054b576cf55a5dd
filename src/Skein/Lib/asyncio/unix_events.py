"""The default event loop policy: a selector event loop per thread."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import events
from . import selector_events

SelectorEventLoop = selector_events.SelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = SelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
