import hashlib, base64, binascii, zlib
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
print(hashlib.sha256(b"").hexdigest(), hashlib.sha256("é".encode()).hexdigest()[:16])
h = hashlib.sha256()
h.update(b"hel"); h.update(b"lo")
print(h.hexdigest() == hashlib.sha256(b"hello").hexdigest(), h.digest_size, h.name, len(h.digest()))
print(hashlib.sha512(b"abc").hexdigest()[:32], hashlib.new("md5", b"x").hexdigest())
print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16encode(b"\x01\xab"))
print(base64.b64encode(b""), base64.b64encode(b"a"), base64.b64encode(b"ab"), base64.standard_b64decode("YWJj"))
print(binascii.hexlify(b"\x01\x02"), binascii.unhexlify("0a0b"), binascii.crc32(b"hello"), zlib.crc32(b"hello"), zlib.adler32(b"hello"))
data = b"repeat " * 50
print(len(zlib.compress(data)) < len(data), zlib.decompress(zlib.compress(data)) == data)
