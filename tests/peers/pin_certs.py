#!/usr/bin/env python3
"""Certificates for the pinning tests (python3-cryptography), in OUTDIR:

other.crt/key    self-signed, CA:TRUE (as `prosodyctl cert generate` makes
                 them), valid, for other.example only
expired.crt/key  self-signed, CA:TRUE, for localhost, expired in 2020
leaf.crt/key     self-signed leaf (CA:FALSE) for pinned.example
evil.crt/key     for localhost, signed by leaf.key: trusted only if the
                 pinned leaf were a CA

usage: pin_certs.py OUTDIR
"""
import datetime
import os
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def write(out, name, cert, k):
    with open(os.path.join(out, name + ".crt"), "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(os.path.join(out, name + ".key"), "wb") as f:
        f.write(k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption()))


def cert(subject_cn, dns, k, issuer_cn, issuer_key, ca, start, end):
    b = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject_cn)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer_cn)]))
        .public_key(k.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(dns)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=not ca)
    )
    return b.sign(issuer_key, hashes.SHA256())


def main():
    out = sys.argv[1]
    now = datetime.datetime.now(datetime.timezone.utc)
    later = now + datetime.timedelta(days=30)
    earlier = now - datetime.timedelta(days=1)
    k = key()
    write(out, "other", cert("other.example", "other.example", k, "other.example", k, True, earlier, later), k)
    k = key()
    write(out, "expired", cert("localhost", "localhost", k, "localhost", k, True,
                               datetime.datetime(2020, 1, 1), datetime.datetime(2020, 1, 2)), k)
    leaf_key = key()
    write(out, "leaf", cert("pinned.example", "pinned.example", leaf_key, "pinned.example", leaf_key, False,
                            earlier, later), leaf_key)
    k = key()
    write(out, "evil", cert("localhost", "localhost", k, "pinned.example", leaf_key, False, earlier, later), k)


if __name__ == "__main__":
    main()
