"""Access to the underlying platform's identifying data."""

import collections
import os
import sys

__version__ = '1.0.8'

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor',
           'python_branch', 'python_build', 'python_compiler',
           'python_implementation', 'python_revision', 'python_version',
           'python_version_tuple', 'release', 'system', 'system_alias',
           'uname', 'uname_result', 'version', 'libc_ver',
           'freedesktop_os_release', 'win32_ver', 'mac_ver', 'java_ver']


# ---------------------------------------------------------------- uname

class uname_result(collections.namedtuple(
        'uname_result_base', 'system node release version machine processor')):
    """A uname() result; 'processor' is the sixth field, left out of repr."""

    __slots__ = ()

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, '
                'machine=%r)' % tuple(self[:5]))

    def __reduce__(self):
        return uname, ()


_uname_cache = None


def uname():
    """Return (system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        system, node, release, version, machine = tuple(os.uname())
    except (AttributeError, OSError, TypeError, ValueError):
        system = {'linux': 'Linux', 'darwin': 'Darwin',
                  'win32': 'Windows'}.get(sys.platform, sys.platform.capitalize())
        node = release = version = machine = ''
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    _uname_cache = uname_result(system, node, release, version, machine,
                                _processor(machine))
    return _uname_cache


def _processor(machine):
    # CPython asks `uname -p`, which is empty or "unknown" on most Linuxes.
    return ''


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    return system, release, version


# ---------------------------------------------------------------- python

def python_implementation():
    """Return 'Skein'."""
    return 'Skein'


def python_version():
    """Return the Python version as 'major.minor.patchlevel'."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def _sys_version_parts():
    # sys.version looks like "3.12.0 (main, Jan  1 2025, 00:00:00) [.NET 10.0]".
    v = getattr(sys, 'version', '')
    build = ('', '')
    compiler = ''
    lp = v.find('(')
    rp = v.find(')', lp + 1)
    if lp >= 0 and rp > lp:
        parts = [p.strip() for p in v[lp + 1:rp].split(',')]
        if len(parts) >= 3:
            build = (parts[0], ', '.join(parts[1:]).replace(', ', ' ', 1))
        elif parts:
            build = (parts[0], '')
    lb = v.find('[', rp if rp >= 0 else 0)
    rb = v.rfind(']')
    if lb >= 0 and rb > lb:
        compiler = v[lb + 1:rb]
    return build, compiler


def python_build():
    return _sys_version_parts()[0]


def python_compiler():
    return _sys_version_parts()[1]


def python_branch():
    return getattr(sys, '_git', ('Skein', '', ''))[1]


def python_revision():
    return getattr(sys, '_git', ('Skein', '', ''))[2]


# ---------------------------------------------------------------- binaries

def architecture(executable=sys.executable, bits='', linkage=''):
    """Return (bits, linkage) for the given executable."""
    if not bits:
        try:
            import struct
            bits = str(struct.calcsize('P') * 8) + 'bit'
        except Exception:
            bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if executable and not linkage:
        try:
            with open(executable, 'rb') as f:
                magic = f.read(4)
        except (OSError, TypeError):
            magic = b''
        if magic == b'\x7fELF':
            linkage = 'ELF'
        elif magic[:2] == b'MZ':
            linkage = 'WindowsPE'
    return bits, linkage


def _ver_key(v):
    out = []
    for p in v.split('.'):
        digits = ''
        for ch in p:
            if not ch.isdigit():
                break
            digits += ch
        out.append(int(digits) if digits else 0)
    return out


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Return (lib, version) of the C library the executable links against."""
    confstr = getattr(os, 'confstr', None)
    if executable is None and confstr is not None:
        try:
            ver = confstr('CS_GNU_LIBC_VERSION')
            parts = ver.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, OSError, ValueError):
            pass
    if executable is None:
        executable = sys.executable
        if not executable:
            return lib, version
    # Look for the highest GLIBC_x.y symbol version in the binary.
    try:
        f = open(executable, 'rb')
    except OSError:
        return lib, version
    with f:
        data = b''
        while True:
            chunk = f.read(chunksize)
            if not chunk:
                break
            data = data[-16:] + chunk
            pos = 0
            while True:
                pos = data.find(b'GLIBC_', pos)
                if pos < 0:
                    break
                end = pos + 6
                while end < len(data) and (48 <= data[end] <= 57 or data[end] == 46):
                    end += 1
                ver = data[pos + 6:end].decode('latin-1').strip('.')
                if ver and (lib != 'glibc' or _ver_key(ver) > _ver_key(version)):
                    lib, version = 'glibc', ver
                pos = end
    return lib, version


# ---------------------------------------------------------------- platform()

def _platform(*args):
    text = '-'.join(x.strip() for x in filter(len, args))
    for ch in ' /\\:;"()':
        text = text.replace(ch, '_')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    while text[-1:] == '-':
        text = text[:-1]
    return text


_platform_cache = {}


def platform(aliased=False, terse=False):
    """Return a single string identifying the underlying platform."""
    key = (bool(aliased), bool(terse))
    result = _platform_cache.get(key)
    if result is not None:
        return result
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Darwin':
        system = 'macOS'
    if terse:
        result = _platform(system, release)
    elif system == 'Linux':
        libcname, libcversion = libc_ver()
        result = _platform(system, release, machine, processor, 'with',
                           libcname + libcversion)
    else:
        result = _platform(system, release, machine, processor)
    _platform_cache[key] = result
    return result


# ---------------------------------------------------------------- misc

def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


_os_release_cache = None


def freedesktop_os_release():
    """Return the os-release fields as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    lines = f.read().splitlines()
            except OSError:
                continue
            info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
            for line in lines:
                line = line.strip()
                if not line or line.startswith('#') or '=' not in line:
                    continue
                k, v = line.split('=', 1)
                if not k.replace('_', '').isalnum():
                    continue
                v = v.strip()
                if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                    v = v[1:-1]
                    out = ''
                    i = 0
                    while i < len(v):
                        if v[i] == '\\' and i + 1 < len(v):
                            i += 1
                        out += v[i]
                        i += 1
                    v = out
                info[k] = v
            _os_release_cache = info
            break
        else:
            raise OSError(2, 'No such file or directory',
                          '/etc/os-release')
    return _os_release_cache.copy()


if __name__ == '__main__':
    terse = 'terse' in sys.argv or '--terse' in sys.argv
    aliased = 'nonaliased' not in sys.argv and '--nonaliased' not in sys.argv
    print(platform(aliased, terse))
