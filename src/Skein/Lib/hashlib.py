"""hashlib: secure hashes and message digests (md5, sha1, sha224, sha256, sha384, sha512, sha3_*, shake_*)."""

import _hashlib

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256', 'blake2b', 'blake2s')

algorithms_guaranteed = frozenset(n for n in __always_supported if hasattr(_hashlib, 'openssl_' + n))
algorithms_available = frozenset(_hashlib.openssl_md_meth_names)

__all__ = __always_supported + ('new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')
__all__ = tuple(n for n in __all__ if n not in __always_supported or n in algorithms_guaranteed)


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    return _hashlib.new(name, data, **kwargs)


for __name in __always_supported:
    if hasattr(_hashlib, 'openssl_' + __name):
        globals()[__name] = getattr(_hashlib, 'openssl_' + __name)
del __name

pbkdf2_hmac = _hashlib.pbkdf2_hmac


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj

    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")

    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if not size:
            break
        digestobj.update(view[:size])
    return digestobj
