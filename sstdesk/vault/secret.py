"""Key material in buffers we can wipe: never a Python `str`, never immutable `bytes`.

Layer: vault. A `bytes` or `str` cannot be overwritten: when it is freed its
content stays in the process's memory until the allocator happens to reuse it
(issue 14 found the data key's hex there ten seconds after lock). So the data
key, the key-encryption key and the UTF-8 of the passphrase live only in
`bytearray`s that the caller wipes, and libsodium (the one PyNaCl loads) reads
and writes those buffers directly: PyNaCl's own wrappers return `bytes`.
"""

from __future__ import annotations

from nacl._sodium import ffi, lib

KEY_BYTES = 32
ABYTES = lib.crypto_aead_xchacha20poly1305_ietf_abytes()
NONCE_BYTES = lib.crypto_aead_xchacha20poly1305_ietf_npubbytes()
SALT_BYTES = lib.crypto_pwhash_saltbytes()
_HEX_DIGITS = b"0123456789abcdef"
_LEAD = {2: 0xC0, 3: 0xE0, 4: 0xF0}  # UTF-8's first byte of a 2-, 3- and 4-byte sequence


def wipe(buffer: bytearray) -> None:
    """Overwrite in place (the length stays; every byte becomes 0)."""
    if buffer:
        lib.sodium_memzero(ffi.from_buffer(buffer), len(buffer))


def random_key(size: int = KEY_BYTES) -> bytearray:
    """`size` random bytes straight into a new buffer (os.urandom would make a `bytes`)."""
    key = bytearray(size)
    lib.randombytes(ffi.from_buffer("unsigned char[]", key), size)
    return key


def utf8(text: str) -> bytearray:
    """`text` as UTF-8 in a buffer, written one code point at a time: `str.encode` would
    leave a `bytes` copy behind. The buffer is sized first, since a growing bytearray
    leaves its old, unwiped block behind. The `str` itself is the caller's: no one can
    wipe it."""
    size = 0
    for char in text:
        point = ord(char)
        if 0xD800 <= point < 0xE000:
            raise ValueError("a lone surrogate cannot be encoded")
        size += 1 if point < 0x80 else 2 if point < 0x800 else 3 if point < 0x10000 else 4
    out = bytearray(size)
    at = 0
    for char in text:
        point = ord(char)
        if point < 0x80:
            out[at] = point
            at += 1
            continue
        length = 2 if point < 0x800 else 3 if point < 0x10000 else 4
        out[at] = _LEAD[length] | point >> 6 * (length - 1)
        for i in range(1, length):
            out[at + i] = 0x80 | point >> 6 * (length - 1 - i) & 0x3F
        at += length
    return out


def argon2id(secret: bytearray, salt: bytes, opslimit: int, memlimit: int) -> bytearray:
    """The key-encryption key: Argon2id over `secret`, into a buffer the caller wipes."""
    _require(len(salt) == SALT_BYTES, "salt")
    out = bytearray(KEY_BYTES)
    rc = lib.crypto_pwhash(
        ffi.from_buffer("unsigned char[]", out),
        KEY_BYTES,
        ffi.from_buffer("char[]", secret),
        len(secret),
        salt,
        opslimit,
        memlimit,
        lib.crypto_pwhash_alg_argon2id13(),
    )
    if rc != 0:
        wipe(out)
        raise MemoryError("argon2id failed (out of memory)")
    return out


def seal(message: bytearray, ad: bytes, nonce: bytes, key: bytearray) -> bytes:
    """XChaCha20-Poly1305 of `message` under `key`; the sealed text is no secret."""
    _require(len(nonce) == NONCE_BYTES and len(key) == KEY_BYTES, "nonce or key")
    out = ffi.new("unsigned char[]", len(message) + ABYTES)
    out_len = ffi.new("unsigned long long *")
    rc = lib.crypto_aead_xchacha20poly1305_ietf_encrypt(
        out,
        out_len,
        ffi.from_buffer("unsigned char[]", message),
        len(message),
        ad,
        len(ad),
        ffi.NULL,
        nonce,
        ffi.from_buffer("unsigned char[]", key),
    )
    if rc != 0:
        raise ValueError("sealing failed")
    return bytes(ffi.buffer(out, out_len[0]))


def unseal(sealed: bytes, ad: bytes, nonce: bytes, key: bytearray) -> bytearray | None:
    """The message, decrypted straight into a buffer; None when it does not authenticate."""
    _require(len(nonce) == NONCE_BYTES and len(key) == KEY_BYTES, "nonce or key")
    if len(sealed) < ABYTES:
        return None
    out = bytearray(len(sealed) - ABYTES)
    out_len = ffi.new("unsigned long long *")
    rc = lib.crypto_aead_xchacha20poly1305_ietf_decrypt(
        ffi.from_buffer("unsigned char[]", out) if out else ffi.NULL,
        out_len,
        ffi.NULL,
        sealed,
        len(sealed),
        ad,
        len(ad),
        nonce,
        ffi.from_buffer("unsigned char[]", key),
    )
    if rc != 0:
        wipe(out)
        return None
    return out


def sqlcipher_key_spec(key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw-key form, b"x'<hex>'", built digit by digit into a buffer."""
    spec = bytearray(2 * len(key) + 3)
    spec[0], spec[1], spec[-1] = ord("x"), ord("'"), ord("'")
    for i, byte in enumerate(key):
        spec[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
        spec[3 + 2 * i] = _HEX_DIGITS[byte & 0x0F]
    return spec


def _require(ok: bool, what: str) -> None:
    # libsodium reads these buffers at their fixed sizes: a short one would be read past.
    if not ok:
        raise ValueError(f"{what} of the wrong length")
